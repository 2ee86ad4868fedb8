package org.hebb.learn.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hand-wired controller "push in the direction of θ + 0.5 θ̇" (the anchors' trivial rule) balances CartPole-v1. */
class HandWiredCartPoleTest {

    /** Bins straight to the two outputs; right's weight from a bin is the bin centre's share of θ + 0.5 θ̇, left's its negative. */
    static double[] pushTowardsLean(Task c) {
        int n = c.perDimension();
        double[] g = new double[c.genes()];
        for (int i = 0; i < n; i++) {
            double theta = 300 * binCentre(c, 2, i);
            double omega = 0.5 * 300 * binCentre(c, 3, i);
            g[c.inputs() + 2 * n + i] = theta;          // right ← θ bin i
            g[c.inputs() + 3 * n + i] = omega;          // right ← θ̇ bin i
            g[2 * n + i] = -theta;                      // left ← θ bin i
            g[3 * n + i] = -omega;                      // left ← θ̇ bin i
        }
        return g;
    }

    static double binCentre(Task c, int d, int i) {
        double lo = c.low()[d];
        double hi = c.high()[d];
        return lo + (i + 0.5) * (hi - lo) / c.perDimension();
    }

    @Test
    void balancesForTheFull500Steps() {
        Task c = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).groupSize(1).build();
        double[] g = pushTowardsLean(c);
        for (long seed : new long[] {0, 10_000}) {
            EpisodeResult r = Episode.run(c, g, seed, 500, null);
            assertThat(r.steps()).as("seed %d", seed).isEqualTo(500);
            assertThat(r.totalReward()).isEqualTo(500.0);
            assertThat(r.terminated()).isFalse();
        }
    }

    @Test
    void theOppositeWiringFallsQuickly() {
        Task c = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).groupSize(1).build();
        double[] g = pushTowardsLean(c);
        for (int i = 0; i < g.length; i++) {
            g[i] = -g[i];
        }
        EpisodeResult r = Episode.run(c, g, 0, 500, null);
        assertThat(r.terminated()).isTrue();
        assertThat(r.steps()).isLessThan(60);
    }
}
