package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaskTest {

    private static final Task D = Task.mountainCarL2L();

    @Test
    void theMountainCarPresetIsL2Ls() {
        assertThat(D.hiddenNeurons()).isEqualTo(5);
        assertThat(D.genes()).isEqualTo(315);
        assertThat(D.inputs()).isEqualTo(60);
        assertThat(D.outputs()).isEqualTo(3);
        assertThat(D.resolutionMs()).isEqualTo(0.2);
        assertThat(D.episodeSteps()).isEqualTo(110);
        assertThat(D.stepMs()).isEqualTo(20.0);
        assertThat(D.inputCurrentPa()).isEqualTo(40000.0);
        assertThat(D.weightScalePa()).isEqualTo(100.0);
        assertThat(D.weightBound()).isEqualTo(20.0);
        assertThat(D.defaultAction()).isEqualTo(L2L.NONE);
        assertThat(D.inputOrder()).containsExactly(1, 0); // velocity first
        assertThat(D.input()).isEqualTo(Task.Input.STATE);
        assertThat(D.layout()).isEqualTo(Task.Layout.PER_DIMENSION);
        assertThat(D.score()).isEqualTo(Task.Score.MAX_POSITION);
        assertThat(D.seeding()).isEqualTo(EpisodeSeeding.perGeneration());
        assertThat(D.low()).containsExactly(-1.2, -0.07);
        assertThat(D.high()).containsExactly(0.6, 0.07);
    }

    @Test
    void theGenomeLengthFollowsTheShape() {
        assertThat(D.toBuilder().hiddenNeurons(7).build().genes()).isEqualTo(63 * 7);
        assertThat(D.toBuilder().hiddenNeurons(0).build().genes()).isEqualTo(3 * 60);
        Task cp = Task.defaults("CartPole-v1");
        assertThat(cp.genes()).isEqualTo(5 * 40 + 2 * 5);
        assertThat(cp.toBuilder().layout(Task.Layout.PER_DIMENSION).build().genes()).isEqualTo(cp.genes());
    }

    @Test
    void seedingModes() {
        assertThat(EpisodeSeeding.perGeneration().seeds(7)).containsExactly(7);
        assertThat(new EpisodeSeeding.Fixed(3).seeds(7)).containsExactly(3);
        assertThat(new EpisodeSeeding.Mean(3, 100).seeds(7)).containsExactly(100, 101, 102);
        assertThatThrownBy(() -> new EpisodeSeeding.Fixed(-1)).hasMessage("seed: -1 is not allowed; must be >= 0");
        assertThatThrownBy(() -> new EpisodeSeeding.Mean(0, 1)).hasMessage("episodes: 0 is not allowed; must be >= 1");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> D.toBuilder().hiddenNeurons(-1).build())
                .hasMessage("hidden_neurons: -1 is not allowed; must be >= 0");
        assertThatThrownBy(() -> D.toBuilder().resolutionMs(0).build()).hasMessageStartingWith("resolution: 0.0 is not allowed");
        assertThatThrownBy(() -> D.toBuilder().resolutionMs(0.3).build()).hasMessageStartingWith("resolution: 0.3 is not allowed; 1 ms");
        assertThatThrownBy(() -> D.toBuilder().maxSteps(-1).build()).hasMessageStartingWith("steps: -1 is not allowed");
        assertThatThrownBy(() -> D.toBuilder().stepMs(20.1).build()).hasMessageStartingWith("step_ms: 20.1 is not allowed");
        assertThatThrownBy(() -> D.toBuilder().inputCurrentPa(Double.NaN).build()).isNotNull();
        assertThatThrownBy(() -> D.toBuilder().weightScalePa(Double.POSITIVE_INFINITY).build())
                .hasMessageStartingWith("weight_scale: Infinity is not allowed");
        assertThatThrownBy(() -> D.toBuilder().seeding(null).build()).hasMessageStartingWith("seeding: null is not allowed");
        assertThatThrownBy(() -> D.toBuilder().inputOrder(0, 0).build())
                .hasMessage("input_order: [0, 0] is not allowed; must be a permutation of the 2 observation dimensions 0..1");
        assertThatThrownBy(() -> Task.builder("CartPole-v1").score(Task.Score.MAX_POSITION).build())
                .hasMessageStartingWith("score: max_position is not allowed for CartPole-v1");
        assertThat(D.toBuilder().resolutionMs(0.1).build().resolutionMs()).isEqualTo(0.1);
    }

    @Test
    void aTaskSurvivesSerialization() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(D);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            Task back = (Task) in.readObject();
            assertThat(back).isEqualTo(D);
            assertThat(back.discrete()).isTrue();
        }
    }
}
