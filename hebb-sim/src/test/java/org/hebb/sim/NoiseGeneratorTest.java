package org.hebb.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * noise_generator, statistically against closed forms (fixed seeds; bounds of 5 standard errors): the recorded
 * {@code I} (the mean over the targets) has mean {@code mean} and variance {@code std² / targets} (independent
 * draws per target); values held for {@code dt = n h} have a lag-1 step correlation {@code 1 - 1/n} (0 for dt = h);
 * with std_mod the variance follows {@code std² + std_mod² sin(ωt + φ)}.
 */
class NoiseGeneratorTest {

    static final double H = 0.1;

    /** Records I of one noise_generator with {@code targets} targets for {@code steps} steps. */
    private static double[] record(Map<String, Object> params, int targets, int steps, long seed) {
        Network net = new Network(H, seed);
        NodeCollection noise = net.create("noise_generator", 1, params);
        NodeCollection n = net.create("iaf_psc_alpha", targets);
        NodeCollection mm = net.create("multimeter", 1, Map.of("interval", H, "record_from", List.of("I")));
        net.connect(noise, n);
        net.connect(mm, noise);
        net.simulate(steps * H);
        return net.multimeterEvents(mm).trace("I", noise.id(0));
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    private static double lag1(double[] x) {
        double m = mean(x), num = 0, den = 0;
        for (int k = 0; k < x.length; k++) {
            den += (x[k] - m) * (x[k] - m);
            if (k > 0) {
                num += (x[k] - m) * (x[k - 1] - m);
            }
        }
        return num / den;
    }

    @Test
    void whiteNoiseHeldOneStep() {
        int n = 100_000;
        double[] x = record(Map.of("mean", 50.0, "std", 20.0, "dt", H), 1, n, 7);
        assertThat(mean(x)).isCloseTo(50.0, org.assertj.core.data.Offset.offset(5 * 20.0 / Math.sqrt(n)));
        assertThat(variance(x)).isCloseTo(400.0, org.assertj.core.data.Offset.offset(5 * 400.0 * Math.sqrt(2.0 / n)));
        assertThat(lag1(x)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(5 / Math.sqrt(n)));
    }

    @Test
    void defaultDtHoldsForTenSteps() {
        int n = 200_000;
        double[] x = record(Map.of("mean", -10.0, "std", 5.0), 1, n, 11); // dt default 10 h
        int blocks = n / 10;
        for (int k = 0; k < n; k++) {
            if (k % 10 != 0) {
                assertThat(x[k]).isEqualTo(x[k - 1]); // redrawn every 10th step only
            }
        }
        assertThat(lag1(x)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(5 * 0.9 * Math.sqrt(1.0 / blocks) * 2));
        assertThat(mean(x)).isCloseTo(-10.0, org.assertj.core.data.Offset.offset(5 * 5.0 / Math.sqrt(blocks)));
        assertThat(variance(x)).isCloseTo(25.0, org.assertj.core.data.Offset.offset(5 * 25.0 * Math.sqrt(2.0 / blocks)));
    }

    @Test
    void targetsDrawIndependently() {
        int n = 50_000, targets = 4;
        double[] x = record(Map.of("mean", 0.0, "std", 10.0, "dt", H), targets, n, 3);
        double expected = 100.0 / targets; // the mean of 4 independent draws
        assertThat(variance(x)).isCloseTo(expected, org.assertj.core.data.Offset.offset(5 * expected * Math.sqrt(2.0 / n)));
    }

    @Test
    void modulatedVarianceFollowsTheSine() {
        int n = 200_000;
        double std = 10.0, stdMod = 8.0, f = 10.0, phase = 30.0;
        double[] x = record(Map.of("mean", 0.0, "std", std, "std_mod", stdMod, "frequency", f, "phase", phase, "dt", H), 1, n, 5);
        double[] sumSq = new double[2], expected = new double[2];
        int[] count = new int[2];
        for (int k = 0; k < n; k++) {
            double s = Math.sin(2 * Math.PI * f / 1000.0 * (k + 1) * H + phase * Math.PI / 180.0); // rotated once per step
            int half = s > 0 ? 0 : 1;
            sumSq[half] += x[k] * x[k];
            expected[half] += std * std + stdMod * stdMod * s;
            count[half]++;
        }
        for (int half = 0; half < 2; half++) {
            double ratio = sumSq[half] / expected[half]; // 1 within a few standard errors of a chi-square mean
            assertThat(ratio).as("half %d", half).isCloseTo(1.0, org.assertj.core.data.Offset.offset(5 * Math.sqrt(2.0 * 1.64 / count[half])));
        }
        assertThat(sumSq[0] / count[0]).isGreaterThan(sumSq[1] / count[1] * 2); // the sine's sign matters: 164 vs 36 at the peaks
    }

    @Test
    void sameSeedSameDrawsOtherSeedOthers() {
        Map<String, Object> p = Map.of("std", 1.0, "dt", H);
        assertThat(record(p, 2, 1000, 1)).isEqualTo(record(p, 2, 1000, 1));
        assertThat(record(p, 2, 1000, 1)).isNotEqualTo(record(p, 2, 1000, 2));
    }
}
