package org.hebb.sim.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Florian's MSTDP / MSTDPET and the three-factor rule (eq. 3) against closed-form sums and invariants. */
class RewardStdpTest {

    static final double DT = 0.5;
    static final int STEPS = 2000;
    static final int N = 4;

    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    /** Random spike counts [synapse][step] with the given probability per step. */
    private static int[][] train(SplittableRandom rng, double p) {
        int[][] s = new int[N][STEPS];
        for (int k = 0; k < N; k++) {
            for (int t = 0; t < STEPS; t++) {
                s[k][t] = rng.nextDouble() < p ? 1 : 0;
            }
        }
        return s;
    }

    private static int[] column(int[][] a, int t) {
        int[] c = new int[a.length];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k][t];
        }
        return c;
    }

    /** zeta(t) by the direct sums P+(t) = A+ sum_{pre f <= t} exp(-(t - f) dt / tau+) (no recursion). */
    private static double zeta(int[] pre, int[] post, int t, double aPlus, double aMinus, double tauPlus, double tauMinus) {
        double pPlus = 0.0;
        double pMinus = 0.0;
        if (pre[t] == 0 && post[t] == 0) {
            return 0.0;
        }
        for (int f = 0; f <= t; f++) {
            pPlus += aPlus * pre[f] * Math.exp(-(t - f) * DT / tauPlus);
            pMinus += aMinus * post[f] * Math.exp(-(t - f) * DT / tauMinus);
        }
        return pPlus * post[t] - pMinus * pre[t];
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mstdpAndMstdpetEqualTheirClosedFormSums(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] pre = train(rng, 0.03);
        int[][] post = train(rng, 0.03);
        double[][] r = new double[STEPS][N];
        for (int t = 0; t < STEPS; t++) {
            for (int k = 0; k < N; k++) {
                r[t][k] = rng.nextDouble() * 2 - 1;
            }
        }
        FlorianStdp.Params p = new FlorianStdp.Params(0.05, 1.0, 1.2, 20.0, 15.0, 25.0, 0.0, 1e6);
        double[] w0 = {5e5, 5e5, 5e5, 5e5};
        FlorianStdp mstdp = new FlorianStdp(p, FlorianStdp.Variant.MSTDP, w0);
        FlorianStdp mstdpet = new FlorianStdp(p, FlorianStdp.Variant.MSTDPET, w0);
        for (int t = 0; t < STEPS; t++) {
            mstdp.step(DT, column(pre, t), column(post, t), r[t]);
            mstdpet.step(DT, column(pre, t), column(post, t), r[t]);
        }
        for (int k = 0; k < N; k++) {
            double[] z = new double[STEPS];
            for (int t = 0; t < STEPS; t++) {
                z[t] = zeta(pre[k], post[k], t, 1.0, 1.2, 20.0, 15.0);
            }
            int[] events = new int[STEPS];
            int nz = 0;
            for (int t = 0; t < STEPS; t++) {
                if (z[t] != 0.0) {
                    events[nz++] = t;
                }
            }
            double sum = 0.0;
            double scale = 0.0;
            double sumEt = 0.0;
            double scaleEt = 0.0;
            for (int t = 0; t < STEPS; t++) {
                sum += 0.05 * r[t][k] * z[t]; // MSTDP: sum of gamma r zeta
                scale += Math.abs(0.05 * r[t][k] * z[t]);
                double e = 0.0;
                for (int j = 0; j < nz && events[j] <= t; j++) {
                    int s = events[j];
                    e += z[s] / 25.0 * Math.exp(-(t - s) * DT / 25.0); // z(t) = sum zeta(s)/tau_z exp(-(t-s)/tau_z)
                }
                sumEt += 0.05 * DT * r[t][k] * e;
                scaleEt += Math.abs(0.05 * DT * r[t][k] * e);
            }
            assertThat(Math.abs(mstdp.weights()[k] - 5e5 - sum)).isLessThanOrEqualTo(1e-12 * Math.max(scale, 5e5));
            assertThat(Math.abs(mstdpet.weights()[k] - 5e5 - sumEt)).isLessThanOrEqualTo(1e-12 * Math.max(scaleEt, 5e5));
            assertThat(scale).isGreaterThan(0.0);
        }
    }

    @Test
    void eligibilityTraceDecaysWithTauZ() {
        FlorianStdp rule = new FlorianStdp(new FlorianStdp.Params(0.01, 1, 1, 20, 20, 25.0, 0, 10), FlorianStdp.Variant.MSTDPET, new double[] {5});
        double[] r = {0.0};
        rule.step(DT, new int[] {1}, new int[] {0}, r);
        rule.step(DT, new int[] {0}, new int[] {1}, r);
        double z0 = rule.eligibility()[0];
        assertThat(z0).isEqualTo(Math.exp(-DT / 20.0) / 25.0);
        for (int n = 1; n <= 200; n++) {
            rule.step(DT, new int[] {0}, new int[] {0}, r);
            assertThat(rule.eligibility()[0]).isCloseTo(z0 * Math.exp(-n * DT / 25.0), org.assertj.core.data.Percentage.withPercentage(1e-10));
        }
        assertThat(rule.weights()[0]).isEqualTo(5.0); // reward 0: no weight moves
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void zeroRewardMovesNoWeight(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] pre = train(rng, 0.1);
        int[][] post = train(rng, 0.1);
        double[] w0 = {1, 2, 3, 4};
        FlorianStdp a = new FlorianStdp(new FlorianStdp.Params(1, 1, 1, 20, 20, 25, 0, 10), FlorianStdp.Variant.MSTDP, w0);
        FlorianStdp b = new FlorianStdp(new FlorianStdp.Params(1, 1, 1, 20, 20, 25, 0, 10), FlorianStdp.Variant.MSTDPET, w0);
        ThreeFactorStdp c = new ThreeFactorStdp(new ThreeFactorStdp.Params(1, 1, 1, 20, 20, 0, 10), ThreeFactorStdp.SOFT_BOUND, w0);
        double[] zero = new double[N];
        for (int t = 0; t < STEPS; t++) {
            a.step(DT, column(pre, t), column(post, t), zero);
            b.step(DT, column(pre, t), column(post, t), zero);
            c.step(DT, column(pre, t), column(post, t));
            if (t % 100 == 99) {
                c.applyReward(zero);
            }
        }
        assertThat(a.weights()).containsExactly(w0);
        assertThat(b.weights()).containsExactly(w0);
        assertThat(c.weights()).containsExactly(w0);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void weightsNeverLeaveTheirBounds(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[][] pre = train(rng, 0.2);
        int[][] post = train(rng, 0.2);
        double[] w0 = {2, 5, 8, 10};
        FlorianStdp a = new FlorianStdp(new FlorianStdp.Params(5, 1, 1, 20, 20, 25, 2, 10), FlorianStdp.Variant.MSTDP, w0);
        FlorianStdp b = new FlorianStdp(new FlorianStdp.Params(5, 1, 1, 20, 20, 25, 2, 10), FlorianStdp.Variant.MSTDPET, w0);
        ThreeFactorStdp c = new ThreeFactorStdp(new ThreeFactorStdp.Params(5, 1, 1, 20, 20, 2, 10), ThreeFactorStdp.NO_GATE, w0);
        for (int t = 0; t < STEPS; t++) {
            double[] r = {rng.nextDouble() * 20 - 10, rng.nextDouble() * 20 - 10, rng.nextDouble() * 20 - 10, rng.nextDouble() * 20 - 10};
            a.step(DT, column(pre, t), column(post, t), r);
            b.step(DT, column(pre, t), column(post, t), r);
            c.step(DT, column(pre, t), column(post, t));
            if (t % 50 == 49) {
                c.applyReward(r);
            }
            for (double[] w : new double[][] {a.weights(), b.weights(), c.weights()}) {
                for (double x : w) {
                    assertThat(x).isBetween(2.0, 10.0);
                }
            }
        }
    }

    /** pre at step 10, post at step 30 (10 ms later), reward in steps 40..59. */
    private static double pairedThenRewarded(FlorianStdp.Variant v, double reward) {
        FlorianStdp rule = new FlorianStdp(new FlorianStdp.Params(0.1, 1, 1, 20, 20, 25, 0, 10), v, new double[] {5});
        for (int t = 0; t < 100; t++) {
            double r = v == FlorianStdp.Variant.MSTDP ? (t == 30 ? reward : 0.0) : (t >= 40 && t < 60 ? reward : 0.0);
            rule.step(DT, new int[] {t == 10 ? 1 : 0}, new int[] {t == 30 ? 1 : 0}, new double[] {r});
        }
        return rule.weights()[0] - 5.0;
    }

    @Test
    void positiveRewardAfterCausalPairingPotentiatesNegativeDepresses() {
        for (FlorianStdp.Variant v : FlorianStdp.Variant.values()) {
            assertThat(pairedThenRewarded(v, 1.0)).as(v.name()).isPositive();
            assertThat(pairedThenRewarded(v, -1.0)).as(v.name()).isNegative();
            assertThat(pairedThenRewarded(v, 0.0)).as(v.name()).isZero();
        }
        // MSTDP at the post spike: dw = gamma r A+ exp(-10/20) exactly
        assertThat(pairedThenRewarded(FlorianStdp.Variant.MSTDP, 1.0)).isCloseTo(0.1 * Math.exp(-10.0 / 20.0), org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void threeFactorPerOutputRewardIsEq3WithAntagonisticSigns() {
        ThreeFactorStdp.Params p = new ThreeFactorStdp.Params(0.5, 1.0, 1.0, 20.0, 20.0, 0.0, 10.0);
        ThreeFactorStdp rule = new ThreeFactorStdp(p, ThreeFactorStdp.NO_GATE, new double[] {5, 5});
        for (int t = 0; t < 60; t++) { // both synapses: pre at step 10, post at step 30
            int pre = t == 10 ? 1 : 0;
            int post = t == 30 ? 1 : 0;
            rule.step(DT, new int[] {pre, pre}, new int[] {post, post});
        }
        double stdp = Math.exp(-10.0 / 20.0);
        assertThat(rule.windowStdp()[0]).isCloseTo(stdp, org.assertj.core.data.Offset.offset(1e-15));
        double[] dw = rule.applyRewardPerOutput(new int[] {0, 1}, new double[] {+2.0, -2.0});
        assertThat(dw[0]).isCloseTo(0.5 * 2.0 * stdp, org.assertj.core.data.Offset.offset(1e-14));
        assertThat(dw[1]).isCloseTo(-0.5 * 2.0 * stdp, org.assertj.core.data.Offset.offset(1e-14));
        assertThat(rule.windowStdp()).containsExactly(0.0, 0.0);
    }

    @Test
    void badInputIsOneLine() {
        assertThatThrownBy(() -> new FlorianStdp.Params(-1, 1, 1, 20, 20, 25, 0, 10)).hasMessage("gamma: -1.0 is not allowed; must be >= 0 and finite");
        assertThatThrownBy(() -> new FlorianStdp.Params(1, 1, 1, 20, 20, -25, 0, 10)).hasMessage("tau_z: -25.0 is not allowed; must be > 0 and finite");
        assertThatThrownBy(() -> new ThreeFactorStdp.Params(1, -1, 1, 20, 20, 0, 10)).hasMessage("A_plus: -1.0 is not allowed; must be >= 0 and finite");
        assertThatThrownBy(() -> new ThreeFactorStdp.Params(1, 1, 1, 20, 20, 5, 1)).hasMessage("Wmax: 1.0 is not allowed; must be >= Wmin = 5.0");
        assertThatThrownBy(() -> new FlorianStdp(new FlorianStdp.Params(1, 1, 1, 20, 20, 25, 0, 10), FlorianStdp.Variant.MSTDP, new double[] {11}))
                .hasMessage("weight: 11.0 is not allowed; must be in [Wmin, Wmax] = [0.0, 10.0]");
        assertThatThrownBy(() -> new ThreeFactorStdp(new ThreeFactorStdp.Params(1, 1, 1, 20, 20, 0, 10), ThreeFactorStdp.NO_GATE, new double[] {1})
                .applyReward(new double[] {1, 2})).hasMessage("reward: array of length 2 is not allowed; must be of length 1 (one per synapse)");
    }
}
