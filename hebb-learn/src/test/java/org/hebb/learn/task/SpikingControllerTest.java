package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpikingControllerTest {

    @Test
    void genomeLengthFollowsTheLayers() {
        Task cp = Task.defaults("CartPole-v1");
        assertThat(cp.inputs()).isEqualTo(40);
        assertThat(cp.genes()).isEqualTo(5 * 40 + 2 * 5);
        assertThat(cp.toBuilder().hiddenNeurons(0).groupSize(3).build().genes()).isEqualTo(40 * 6);
        Task pend = Task.defaults("Pendulum-v1");
        assertThat(pend.outputGroups()).isEqualTo(2);         // plus and minus of the one torque dimension
        assertThat(pend.gain()).isEqualTo(0.02);              // 2 N·m at 100 Hz
        assertThat(Task.defaults("Acrobot-v1").genes()).isEqualTo(5 * 60 + 3 * 5);
    }

    @Test
    void cartPoleDefaultRangesClipTheUnboundedVelocities() {
        double[][] r = Task.defaultRanges("CartPole-v1");
        assertThat(r[0]).containsExactly(-2.4, -2.0, -12 * 2 * Math.PI / 360, -2.0);
        assertThat(Task.defaultRanges("MountainCar-v0")[1][0]).isEqualTo((double) 0.6f);
    }

    @Test
    void badSettingsAreRefusedInOneLine() {
        assertThatThrownBy(() -> Task.defaults("Pong-v5")).hasMessageContaining("Pong-v5");
        Task cp = Task.defaults("CartPole-v1");
        assertThatThrownBy(() -> cp.toBuilder().defaultAction(2).build())
                .hasMessage("default_action: 2 is not allowed; must be in 0..1 for CartPole-v1");
        assertThatThrownBy(() -> cp.toBuilder().resolutionMs(0.3).build())
                .hasMessageStartingWith("resolution: 0.3 is not allowed");
        assertThatThrownBy(() -> cp.toBuilder().ranges(new double[] {0, 0}, new double[] {1, 1}).build())
                .hasMessage("ranges: 2 is not allowed; CartPole-v1 has 4 observation dimensions");
        assertThatThrownBy(() -> new SpikingController(new double[3], cp))
                .hasMessage("genome: 3 genes is not allowed; must be 210 for CartPole-v1's 40-5-2 network");
    }

    /** Every input excites the "plus" output and nothing drives "minus": the torque saturates at +2. */
    @Test
    void continuousControllerPushesWithThePlusPopulation() {
        Task c = Task.defaults("Pendulum-v1").toBuilder().hiddenNeurons(0).groupSize(1).build();
        double[] g = new double[c.genes()];
        for (int i = 0; i < c.inputs(); i++) {
            g[i] = 20;                                        // row 0: plus ← every input
        }
        SpikingController s = new SpikingController(g, c);
        float[] a = null;
        for (int t = 0; t < 3; t++) {
            a = s.stepContinuous(new double[] {1, 0, 0});
        }
        assertThat(s.groupCount(0)).isGreaterThan(4);
        assertThat(s.groupCount(1)).isZero();
        assertThat(a).containsExactly(2f);
        EpisodeResult r = Episode.run(c, new double[c.genes()], 3, 5, null); // silent: zero torque
        assertThat(r.steps()).isEqualTo(5);
    }

    @Test
    void sameGenomeSameEpisodeOnAnyThread() throws Exception {
        Task c = Task.defaults("Acrobot-v1").toBuilder().resolutionMs(0.5).stepMs(20).maxSteps(60).build();
        SplittableRandom rng = new SplittableRandom(7);
        double[] g = rng.doubles(c.genes(), -20, 20).toArray();
        EpisodeResult here = Episode.fitness(c, g, 5, null);
        EpisodeResult[] there = new EpisodeResult[1];
        Thread t = new Thread(() -> there[0] = Episode.fitness(c, g, 5, null));
        t.start();
        t.join();
        assertThat(there[0]).isEqualTo(here);
        assertThat(here.steps()).isEqualTo(60);
    }

}
