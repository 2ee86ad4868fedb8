package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hebb.gym.Env;
import org.hebb.gym.MountainCarV0;
import org.junit.jupiter.api.Test;

class MountainCarEpisodeTest {

    private static final Task C = L2L.C;

    @Test
    void theHardWiredVelocityPolicyReachesTheGoalActingLikeSignOfVelocity() {
        double[] g = Genomes.velocityFollowing(5);
        for (long seed = 0; seed < 6; seed++) {
            int policySteps = Genomes.signPolicySteps(seed);
            assertThat(policySteps).as("sign policy, seed %d", seed).isBetween(113, 125);
            EpisodeRecord trace = EpisodeRecord.full(C, g, seed);
            EpisodeResult r = trace.result();
            assertThat(r.terminated()).isTrue();
            assertThat(r.steps()).isLessThanOrEqualTo(200).isBetween(policySteps - 3, policySteps + 3);
            assertThat(r.totalReward()).isEqualTo(-r.steps());
            int agree = 0;
            for (int i = 0; i < trace.steps(); i++) {
                agree += (int) trace.action(i) == Genomes.signPolicy(trace.input(i, 1)) ? 1 : 0;
            }
            // the network lags the sign change of velocity by at most a step at each turn
            assertThat(agree).as("seed %d", seed).isGreaterThanOrEqualTo(trace.steps() - 4);
        }
    }

    @Test
    void theTraceReplaysOnAPlainEnvironment() {
        EpisodeRecord trace = EpisodeRecord.fitness(C, Genomes.velocityFollowing(5), 11);
        EpisodeResult r = trace.result();
        Env env = new MountainCarV0();
        env.reset(11);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < trace.steps(); i++) {
            assertThat(env.state()).containsExactly(trace.input(i, 0), trace.input(i, 1));
            env.step((int) trace.action(i));
            max = Math.max(max, env.state()[0]);
        }
        assertThat(r.score()).isEqualTo(max);
        assertThat(trace.steps()).isEqualTo(r.steps());
    }

    @Test
    void anEpisodeStopsAtTheGoal() {
        EpisodeRecord trace = EpisodeRecord.fitness(C.toBuilder().maxSteps(200).build(), Genomes.velocityFollowing(5), 3);
        EpisodeResult r = trace.result();
        assertThat(r.terminated()).isTrue();
        assertThat(r.steps()).isLessThan(200).isEqualTo(trace.steps());
        assertThat(r.score()).isGreaterThanOrEqualTo(Task.GOAL_POSITION);
        for (int i = 0; i < trace.steps(); i++) {
            assertThat(trace.input(i, 0)).isLessThan(Task.GOAL_POSITION);
        }
    }

    @Test
    void aFitnessEpisodeLastsAtMostTheConfiguredSteps() {
        EpisodeResult r = Episode.fitness(C, new double[315], 0, null);
        assertThat(r.steps()).isEqualTo(110);
        assertThat(r.terminated()).isFalse();
        assertThat(Episode.fitness(C.toBuilder().maxSteps(109).build(), Genomes.velocityFollowing(5), 0, null).steps()).isEqualTo(109);
    }

    @Test
    void theFitnessExcludesTheStartPosition() {
        // always push left: from rest the car first moves left, so the start is above the position after step 1
        double[] g = new double[315];
        for (int i = 0; i < 30; i++) {
            g[L2L.velocityToHidden(0, i)] = 20;
        }
        g[L2L.hiddenToOutput(5, L2L.LEFT, 0)] = 20;
        for (long seed = 0; seed < 3; seed++) {
            EpisodeRecord trace = EpisodeRecord.record(C, g, seed, 1);
            EpisodeResult r = trace.result();
            Env env = new MountainCarV0();
            double start = env.reset(seed) != null ? env.state()[0] : 0;
            env.step((int) trace.action(0));
            assertThat((int) trace.action(0)).isEqualTo(L2L.LEFT);
            assertThat(r.score()).isEqualTo(env.state()[0]).isLessThan(start);
        }
    }

    @Test
    void theSameGenomeAndSeedGiveTheSameCsv() {
        double[] g = new double[315];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(99);
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextDouble(-20, 20);
        }
        EpisodeRecord a = EpisodeRecord.fitness(C, g, 4);
        EpisodeResult ra = a.result();
        EpisodeRecord b = EpisodeRecord.fitness(C, g, 4);
        EpisodeResult rb = b.result();
        assertThat(b.toCsv()).isEqualTo(a.toCsv());
        assertThat(rb).isEqualTo(ra);
        assertThat(a.toCsv()).startsWith("step,position,velocity,count_left,count_none,count_right,action" + "\n1,");
        assertThat(a.toCsv().lines().count()).isEqualTo(a.steps() + 1);
    }

    @Test
    void aNegativeSeedIsRefused() {
        assertThatThrownBy(() -> Episode.fitness(C, new double[315], -1, null))
                .hasMessage("seed: -1 is not allowed; must be >= 0");
    }
}
