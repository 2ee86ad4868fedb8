package org.hebb.learn.mountaincar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MountainCarConfigTest {

    private static final MountainCarConfig D = MountainCarConfig.DEFAULT;

    @Test
    void defaultsAreL2Ls() {
        assertThat(D.hiddenNeurons()).isEqualTo(5);
        assertThat(D.genes()).isEqualTo(315);
        assertThat(D.resolutionMs()).isEqualTo(0.2);
        assertThat(D.steps()).isEqualTo(110);
        assertThat(D.stepMs()).isEqualTo(20.0);
        assertThat(D.inputCurrentPa()).isEqualTo(40000.0);
        assertThat(D.weightScalePa()).isEqualTo(100.0);
        assertThat(D.seeding()).isEqualTo(EpisodeSeeding.perGeneration());
    }

    @Test
    void genomeLayoutIsL2Ls() {
        assertThat(MountainCarGenome.velocityToHidden(0, 0)).isZero();
        assertThat(MountainCarGenome.velocityToHidden(4, 29)).isEqualTo(149);
        assertThat(MountainCarGenome.positionToHidden(5, 0, 0)).isEqualTo(150);
        assertThat(MountainCarGenome.positionToHidden(5, 4, 29)).isEqualTo(299);
        assertThat(MountainCarGenome.hiddenToOutput(5, 0, 0)).isEqualTo(300);
        assertThat(MountainCarGenome.hiddenToOutput(5, 2, 4)).isEqualTo(314);
        assertThat(MountainCarGenome.hiddenFor(315)).isEqualTo(5);
        assertThat(MountainCarGenome.hiddenFor(314)).isEqualTo(-1);
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
        assertThatThrownBy(() -> D.withHiddenNeurons(0)).hasMessage("hidden_neurons: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> D.withResolution(0)).hasMessage("resolution: 0.0 is not allowed; must be > 0 ms");
        assertThatThrownBy(() -> D.withResolution(0.3)).hasMessageStartingWith("resolution: 0.3 is not allowed; 1 ms");
        assertThatThrownBy(() -> D.withSteps(0)).hasMessage("steps: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> new MountainCarConfig(5, 0.2, 110, 20.1, 4e4, 100, EpisodeSeeding.perGeneration()))
                .hasMessageStartingWith("step_ms: 20.1 is not allowed");
        assertThatThrownBy(() -> new MountainCarConfig(5, 0.2, 110, 20, Double.NaN, 100, EpisodeSeeding.perGeneration()))
                .hasMessageStartingWith("input_current: NaN is not allowed");
        assertThatThrownBy(() -> new MountainCarConfig(5, 0.2, 110, 20, 4e4, Double.POSITIVE_INFINITY, EpisodeSeeding.perGeneration()))
                .hasMessageStartingWith("weight_scale: Infinity is not allowed");
        assertThatThrownBy(() -> D.withSeeding(null)).hasMessageStartingWith("seeding: null is not allowed");
        assertThat(D.withResolution(0.1).resolutionMs()).isEqualTo(0.1);
    }
}
