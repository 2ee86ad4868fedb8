package org.hebb.learn.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpikingControllerTest {

    @Test
    void genomeLengthFollowsTheLayers() {
        ControllerConfig cp = ControllerConfig.defaults("CartPole-v1");
        assertThat(cp.inputs()).isEqualTo(40);
        assertThat(cp.genes()).isEqualTo(5 * 40 + 2 * 5);
        assertThat(cp.withNetwork(0, 3).genes()).isEqualTo(40 * 6);
        ControllerConfig pend = ControllerConfig.defaults("Pendulum-v1");
        assertThat(pend.outputGroups()).isEqualTo(2);         // plus and minus of the one torque dimension
        assertThat(pend.gain()).isEqualTo(0.02);              // 2 N·m at 100 Hz
        assertThat(ControllerConfig.defaults("Acrobot-v1").genes()).isEqualTo(5 * 60 + 3 * 5);
    }

    @Test
    void cartPoleDefaultRangesClipTheUnboundedVelocities() {
        double[][] r = ControllerConfig.defaultRanges("CartPole-v1");
        assertThat(r[0]).containsExactly(-2.4, -2.0, -12 * 2 * Math.PI / 360, -2.0);
        assertThat(ControllerConfig.defaultRanges("MountainCar-v0")[1][0]).isEqualTo((double) 0.6f);
    }

    @Test
    void badSettingsAreRefusedInOneLine() {
        assertThatThrownBy(() -> ControllerConfig.defaults("Pong-v5")).hasMessageContaining("Pong-v5");
        ControllerConfig cp = ControllerConfig.defaults("CartPole-v1");
        assertThatThrownBy(() -> cp.withDecoding(2, 1.0))
                .hasMessage("default_action: 2 is not allowed; must be in 0..1 for CartPole-v1");
        assertThatThrownBy(() -> cp.withTiming(0.3, 20))
                .hasMessageStartingWith("resolution: 0.3 is not allowed");
        assertThatThrownBy(() -> cp.withRanges(new double[] {0, 0}, new double[] {1, 1}))
                .hasMessage("ranges: 2 is not allowed; CartPole-v1 has 4 observation dimensions");
        assertThatThrownBy(() -> new SpikingController(new double[3], cp))
                .hasMessage("genome: 3 genes is not allowed; must be 210 for this controller");
    }

    /** Every input excites the "plus" output and nothing drives "minus": the torque saturates at +2. */
    @Test
    void continuousControllerPushesWithThePlusPopulation() {
        ControllerConfig c = ControllerConfig.defaults("Pendulum-v1").withNetwork(0, 1);
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
        ControlEpisode.Result r = ControlEpisode.run(new double[c.genes()], c, 3, 5); // silent: zero torque
        assertThat(r.steps()).isEqualTo(5);
    }

    @Test
    void sameGenomeSameEpisodeOnAnyThread() throws Exception {
        ControllerConfig c = ControllerConfig.defaults("Acrobot-v1").withTiming(0.5, 20).withEpisodes(60,
                c0().seeding());
        SplittableRandom rng = new SplittableRandom(7);
        double[] g = rng.doubles(c.genes(), -20, 20).toArray();
        ControlEpisode.Result here = ControlEpisode.fitnessEpisode(g, c, 5);
        ControlEpisode.Result[] there = new ControlEpisode.Result[1];
        Thread t = new Thread(() -> there[0] = ControlEpisode.fitnessEpisode(g, c, 5));
        t.start();
        t.join();
        assertThat(there[0]).isEqualTo(here);
        assertThat(here.steps()).isEqualTo(60);
    }

    private static ControllerConfig c0() {
        return ControllerConfig.defaults("Acrobot-v1");
    }
}
