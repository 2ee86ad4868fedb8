package org.hebb.learn.gradient;

import java.util.SplittableRandom;

/**
 * The affine map {@code z = W·x + b} every layer starts with, on flat row-major arrays: W is {@code [out][in]} at
 * {@code p[w]}, b is {@code [out]} at {@code p[w + out·in]}. One place for the forward product, its backward pass and
 * the initialisation, so the dense, LIF and read-out layers cannot drift apart.
 */
final class Affine {

    private final int in;
    private final int out;
    private final int[] nonzero; // indices of the non-zero inputs of the current sample

    /** The map from {@code in} inputs to {@code out} units. */
    Affine(int in, int out) {
        this.in = in;
        this.out = out;
        nonzero = new int[in];
    }

    /** Weights and biases uniform in ±scale/√fanIn (PyTorch's {@code nn.Linear} bound when scale = 1). */
    static void initialize(double[] p, int w, int in, int out, double scale, SplittableRandom rng) {
        double bound = scale / Math.sqrt(in);
        for (int k = 0; k < out * in + out; k++) {
            p[w + k] = bound * (2.0 * rng.nextDouble() - 1.0);
        }
    }

    /**
     * {@code z[zo + o] = b[o] + Σᵢ W[o][i]·x[xo + i]}, summing only the non-zero inputs in ascending i: with spikes
     * (mostly 0) as input this skips most of the work, and the sum is the same as the dense one, term for term.
     */
    void forward(double[] p, int w, double[] x, int xo, double[] z, int zo) {
        int n = nonZero(x, xo);
        int bias = w + out * in;
        for (int o = 0; o < out; o++) {
            double s = p[bias + o];
            int row = w + o * in;
            for (int k = 0; k < n; k++) {
                int i = nonzero[k];
                s += p[row + i] * x[xo + i];
            }
            z[zo + o] = s;
        }
    }

    private int nonZero(double[] x, int xo) {
        int n = 0;
        for (int i = 0; i < in; i++) {
            if (x[xo + i] != 0.0) {
                nonzero[n++] = i;
            }
        }
        return n;
    }

    /**
     * Accumulates the gradients of {@code z = W·x + b} given {@code gz = ∂L/∂z}: {@code gW += gz ⊗ x} (non-zero
     * inputs only: the others add nothing), {@code gb += gz}, and {@code gx += Wᵀ·gz} when {@code gx} is not null.
     */
    void backward(double[] p, double[] g, int w, double[] x, int xo, double[] gz, int gzo, double[] gx, int gxo) {
        int n = nonZero(x, xo);
        int bias = w + out * in;
        for (int o = 0; o < out; o++) {
            double d = gz[gzo + o];
            if (d == 0.0) {
                continue;
            }
            g[bias + o] += d;
            int row = w + o * in;
            for (int k = 0; k < n; k++) {
                int i = nonzero[k];
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
