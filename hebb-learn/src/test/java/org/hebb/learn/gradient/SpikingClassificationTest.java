package org.hebb.learn.gradient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A spiking network trained by BPTT with surrogate gradients learns a task no linear read-out of the input can:
 * XOR of the signs of two coordinates in [−1, 1]² (a linear classifier scores ≈ 50 %). Seeded; the threshold is on
 * 2,000 fresh test points.
 */
class SpikingClassificationTest {

    @Test
    void spikingMlpLearnsXorOfSignsToNinetyFivePercent() {
        Network net = trained(Surrogate.of("atan"));
        assertThat(accuracy(net)).isGreaterThanOrEqualTo(0.95); // measured 0.9645
        assertThat(net.spikeCount()).as("the hidden layer spikes").isPositive();
    }

    /** 2 → 32 LIF → 2 read-out, T = 8, 600 Adam steps of 32 samples (seeded). */
    static Network trained(Surrogate surrogate) {
        Network net = Network.builder(2).steps(8)
                .lif(32, LifParameters.defaults().withSurrogate(surrogate).withInitScale(3.0))
                .readout(2, 0.0, 0.9)
                .build(11);
        Adam adam = new Adam(net.parameterCount(), 5e-3, 1.0);
        SplittableRandom rng = new SplittableRandom(2024);
        int batch = 32;
        double[] x = new double[batch * 2];
        int[] y = new int[batch];
        double[] grad = new double[batch * 2];
        for (int it = 0; it < 600; it++) {
            sample(rng, x, y, batch);
            double[] out = net.forward(x, batch);
            Loss.softmaxCrossEntropy(out, y, batch, 2, grad);
            net.zeroGradients();
            net.backward(grad);
            adam.step(net.parameters(), net.gradients());
        }
        return net;
    }

    /** Accuracy on 2,000 fresh points. */
    static double accuracy(Network net) {
        int n = 2000;
        double[] tx = new double[n * 2];
        int[] ty = new int[n];
        sample(new SplittableRandom(7), tx, ty, n);
        double[] out = net.forward(tx, n);
        int correct = 0;
        for (int b = 0; b < n; b++) {
            int pred = out[2 * b + 1] > out[2 * b] ? 1 : 0;
            correct += pred == ty[b] ? 1 : 0;
        }
        return correct / (double) n;
    }

    /** Prints the XOR accuracy reached with each surrogate (run as a main; not a unit test). */
    public static void main(String[] args) {
        for (Surrogate.Kind k : Surrogate.Kind.values()) {
            double acc = accuracy(trained(Surrogate.of(k.label())));
            System.out.printf(java.util.Locale.ROOT, "%-13s %.4f%n", k.label(), acc);
        }
    }

    private static void sample(SplittableRandom rng, double[] x, int[] y, int n) {
        for (int b = 0; b < n; b++) {
            double u = 2 * rng.nextDouble() - 1;
            double v = 2 * rng.nextDouble() - 1;
            x[2 * b] = u;
            x[2 * b + 1] = v;
            y[b] = (u > 0) == (v > 0) ? 1 : 0;
        }
    }
}
