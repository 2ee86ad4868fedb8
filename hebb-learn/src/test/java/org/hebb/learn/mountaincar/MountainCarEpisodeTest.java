package org.hebb.learn.mountaincar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hebb.gym.Env;
import org.hebb.gym.MountainCarV0;
import org.junit.jupiter.api.Test;

class MountainCarEpisodeTest {

    private static final MountainCarConfig C = MountainCarConfig.DEFAULT;

    @Test
    void theHardWiredVelocityPolicyReachesTheGoalActingLikeSignOfVelocity() {
        double[] g = Genomes.velocityFollowing(5);
        for (long seed = 0; seed < 6; seed++) {
            int policySteps = Genomes.signPolicySteps(seed);
            assertThat(policySteps).as("sign policy, seed %d", seed).isBetween(113, 125);
            EpisodeTrace trace = new EpisodeTrace();
            EpisodeResult r = MountainCarEpisode.fullEpisode(g, C, seed, trace);
            assertThat(r.reachedGoal()).isTrue();
            assertThat(r.steps()).isLessThanOrEqualTo(200).isBetween(policySteps - 3, policySteps + 3);
            assertThat(r.totalReward()).isEqualTo(-r.steps());
            int agree = 0;
            for (int i = 0; i < trace.size(); i++) {
                agree += trace.action(i) == Genomes.signPolicy(trace.velocity(i)) ? 1 : 0;
            }
            // the network lags the sign change of velocity by at most a step at each turn
            assertThat(agree).as("seed %d", seed).isGreaterThanOrEqualTo(trace.size() - 4);
        }
    }

    @Test
    void theTraceReplaysOnAPlainEnvironment() {
        EpisodeTrace trace = new EpisodeTrace();
        EpisodeResult r = MountainCarEpisode.fitnessEpisode(Genomes.velocityFollowing(5), C, 11, trace);
        Env env = new MountainCarV0();
        env.reset(11);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < trace.size(); i++) {
            assertThat(env.state()).containsExactly(trace.position(i), trace.velocity(i));
            env.step(trace.action(i));
            max = Math.max(max, env.state()[0]);
        }
        assertThat(r.maxPosition()).isEqualTo(max);
        assertThat(trace.size()).isEqualTo(r.steps());
    }

    @Test
    void anEpisodeStopsAtTheGoal() {
        EpisodeTrace trace = new EpisodeTrace();
        EpisodeResult r = MountainCarEpisode.fitnessEpisode(Genomes.velocityFollowing(5), C.withSteps(200), 3, trace);
        assertThat(r.reachedGoal()).isTrue();
        assertThat(r.steps()).isLessThan(200).isEqualTo(trace.size());
        assertThat(r.maxPosition()).isGreaterThanOrEqualTo(MountainCarEpisode.GOAL_POSITION);
        for (int i = 0; i < trace.size(); i++) {
            assertThat(trace.position(i)).isLessThan(MountainCarEpisode.GOAL_POSITION);
        }
    }

    @Test
    void aFitnessEpisodeLastsAtMostTheConfiguredSteps() {
        EpisodeResult r = MountainCarEpisode.fitnessEpisode(new double[315], C, 0, null);
        assertThat(r.steps()).isEqualTo(110);
        assertThat(r.reachedGoal()).isFalse();
        assertThat(MountainCarEpisode.fitnessEpisode(Genomes.velocityFollowing(5), C.withSteps(109), 0, null).steps()).isEqualTo(109);
    }

    @Test
    void theFitnessExcludesTheStartPosition() {
        // always push left: from rest the car first moves left, so the start is above the position after step 1
        double[] g = new double[315];
        for (int i = 0; i < 30; i++) {
            g[MountainCarGenome.velocityToHidden(0, i)] = 20;
        }
        g[MountainCarGenome.hiddenToOutput(5, SpikeCountDecoder.LEFT, 0)] = 20;
        for (long seed = 0; seed < 3; seed++) {
            EpisodeTrace trace = new EpisodeTrace();
            EpisodeResult r = MountainCarEpisode.run(g, C, seed, 1, trace);
            Env env = new MountainCarV0();
            double start = env.reset(seed) != null ? env.state()[0] : 0;
            env.step(trace.action(0));
            assertThat(trace.action(0)).isEqualTo(SpikeCountDecoder.LEFT);
            assertThat(r.maxPosition()).isEqualTo(env.state()[0]).isLessThan(start);
        }
    }

    @Test
    void theSameGenomeAndSeedGiveTheSameCsv() {
        double[] g = new double[315];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(99);
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextDouble(-20, 20);
        }
        EpisodeTrace a = new EpisodeTrace();
        EpisodeTrace b = new EpisodeTrace();
        EpisodeResult ra = MountainCarEpisode.fitnessEpisode(g, C, 4, a);
        EpisodeResult rb = MountainCarEpisode.fitnessEpisode(g, C, 4, b);
        assertThat(b.toCsv()).isEqualTo(a.toCsv());
        assertThat(rb).isEqualTo(ra);
        assertThat(a.toCsv()).startsWith(EpisodeTrace.CSV_HEADER + "\n1,");
        assertThat(a.toCsv().lines().count()).isEqualTo(a.size() + 1);
    }

    @Test
    void aNegativeSeedIsRefused() {
        assertThatThrownBy(() -> MountainCarEpisode.fitnessEpisode(new double[315], C, -1, null))
                .hasMessage("seed: -1 is not allowed; must be >= 0");
    }
}
