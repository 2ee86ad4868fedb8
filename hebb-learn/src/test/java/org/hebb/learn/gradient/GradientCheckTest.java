package org.hebb.learn.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.hebb.learn.ann.Mlp;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's truth for BPTT: every layer's backward pass against central finite differences of the same network,
 * run with the smooth stand-in for the spike (the surrogate's primitive), so the network is a smooth function whose
 * exact gradient BPTT must give. Relative error ‖g_bptt − g_fd‖ / max(‖g_bptt‖, ‖g_fd‖) &lt; 1e-6.
 */
class GradientCheckTest {

    private static final int BATCH = 3;

    private static LifParameters smooth(String surrogate) {
        return LifParameters.defaults().withSurrogate(Surrogate.of(surrogate)).withSmooth(true).withInitScale(2.5);
    }

    @Test
    void feedForwardLifSubtractResetAndReadout() {
        check(Network.builder(4).steps(6).lif(7, smooth("h3")).readout(3, 0.3, 0.8).build(1));
    }

    @Test
    void feedForwardLifResetToZero() {
        check(Network.builder(4).steps(6).lif(7, smooth("atan").withReset(LifParameters.Reset.ZERO))
                .readout(2, 0.5, 0.9).build(2));
    }

    @Test
    void recurrentLifBetweenTwoFeedForwardLayers() {
        check(Network.builder(3).steps(7).lif(5, smooth("h4:0.3")).recurrentLif(6, smooth("h3"))
                .lif(4, smooth("atan").withDecay(0.0, 0.7)).readout(2, 0.0, 0.95).build(3));
    }

    @Test
    void denseLayersOverTimeAndTheMlp() {
        check(Network.builder(4).steps(3).dense(5, Dense.Activation.TANH).lif(4, smooth("h3"))
                .dense(2, Dense.Activation.IDENTITY).build(4));
        check(Mlp.of(5, Dense.Activation.TANH, 4, 8, 6, 2));
    }

    /** Loss L = Σ c·out with fixed random c; BPTT gradient vs central differences with h = 1e-5. */
    private static void check(Network net) {
        SplittableRandom rng = new SplittableRandom(99);
        double[] x = new double[BATCH * net.inputSize()];
        for (int k = 0; k < x.length; k++) {
            x[k] = 2 * rng.nextDouble() - 1;
        }
        double[] c = new double[BATCH * net.outputSize()];
        for (int k = 0; k < c.length; k++) {
            c[k] = 2 * rng.nextDouble() - 1;
        }
        net.zeroGradients();
        net.forward(x, BATCH);
        net.backward(c);
        double[] bptt = net.gradients().clone();
        double[] p = net.parameters();
        double[] fd = new double[p.length];
        double h = 1e-5;
        for (int k = 0; k < p.length; k++) {
            double keep = p[k];
            p[k] = keep + h;
            double plus = dot(net.forward(x, BATCH), c);
            p[k] = keep - h;
            double minus = dot(net.forward(x, BATCH), c);
            p[k] = keep;
            fd[k] = (plus - minus) / (2 * h);
        }
        double diff = 0;
        double nb = 0;
        double nf = 0;
        for (int k = 0; k < p.length; k++) {
            diff += (bptt[k] - fd[k]) * (bptt[k] - fd[k]);
            nb += bptt[k] * bptt[k];
            nf += fd[k] * fd[k];
        }
        assertThat(Math.sqrt(nb)).as("gradient is not trivially zero").isGreaterThan(1e-3);
        assertThat(Math.sqrt(diff) / Math.sqrt(Math.max(nb, nf))).as("relative error").isLessThan(1e-6);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
