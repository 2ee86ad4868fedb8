package org.hebb.learn.gradient;

import java.util.SplittableRandom;

/**
 * The affine map {@code z = W·x + b} every layer starts with, on flat row-major arrays: W is {@code [out][in]} at
 * {@code p[w]}, b is {@code [out]} at {@code p[w + out·in]}. One place for the forward product, its backward pass and
 * the initialisation, so the dense, LIF and read-out layers cannot drift apart.
 */
final class Affine {

    private Affine() {
    }

    /** Weights and biases uniform in ±scale/√fanIn (PyTorch's {@code nn.Linear} bound when scale = 1). */
    static void initialize(double[] p, int w, int in, int out, double scale, SplittableRandom rng) {
        double bound = scale / Math.sqrt(in);
        for (int k = 0; k < out * in + out; k++) {
            p[w + k] = bound * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    /** {@code z[zo + o] = b[o] + Σᵢ W[o][i]·x[xo + i]}. */
    static void forward(double[] p, int w, int in, int out, double[] x, int xo, double[] z, int zo) {
        int bias = w + out * in;
        for (int o = 0; o < out; o++) {
            double s = p[bias + o];
            int row = w + o * in;
            for (int i = 0; i < in; i++) {
                s += p[row + i] * x[xo + i];
            }
            z[zo + o] = s;
        }
    }

    /**
     * Accumulates the gradients of {@code z = W·x + b} given {@code gz = ∂L/∂z}: {@code gW += gz ⊗ x},
     * {@code gb += gz}, and {@code gx += Wᵀ·gz} when {@code gx} is not null.
     */
    static void backward(double[] p, double[] g, int w, int in, int out, double[] x, int xo, double[] gz, int gzo,
                         double[] gx, int gxo) {
        int bias = w + out * in;
        for (int o = 0; o < out; o++) {
            double d = gz[gzo + o];
            if (d == 0.0) {
                continue;
            }
            g[bias + o] += d;
            int row = w + o * in;
            for (int i = 0; i < in; i++) {
                g[row + i] += d * x[xo + i];
            }
            if (gx != null) {
                for (int i = 0; i < in; i++) {
                    gx[gxo + i] += d * p[row + i];
                }
            }
        }
    }

    /** Stops the backward pass with the layer and time step where a gradient first became NaN or infinite. */
    static void requireFinite(double[] a, int from, int to, int layer, String layerName, int step) {
        for (int k = from; k < to; k++) {
            if (!Double.isFinite(a[k])) {
                throw new IllegalStateException("gradient: " + a[k] + " in layer " + layer + " (" + layerName
                        + ") at time step " + step + "; training stopped (lower the learning rate or clip gradients)");
            }
        }
    }
}
