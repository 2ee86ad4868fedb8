package org.hebb.learn.gradient;

import java.util.SplittableRandom;

/**
 * A layer of current-based LIF neurons ({@link LifParameters} gives the equations), feed-forward or recurrent, with
 * a hand-written BPTT backward pass. Parameters: W {@code [n][in]}, b {@code [n]}, then (recurrent only) R
 * {@code [n][n]}. Output: the spikes s[t].
 *
 * <p>Backward recursion (time running back, ĝ = ∂L/∂·, f = surrogate):
 * <pre>
 *   ĝu[t] = β·ĝm[t+1]
 *   ĝs[t] = ∂L/∂s[t] (from above) + Rᵀ·ĝI[t+1] − θ·ĝu[t]          (subtract; reset to zero: − m[t]·ĝu[t])
 *   ĝm[t] = ĝu[t] + f(m[t] − θ)·ĝs[t]                          (reset to zero: ĝu[t]·(1 − s[t]) + …)
 *   ĝI[t] = ĝm[t] + α·ĝI[t+1]
 *   ĝW += ĝI[t]·x[t]ᵀ,  ĝb += ĝI[t],  ĝR += ĝI[t]·s[t−1]ᵀ,  ∂L/∂x[t] = Wᵀ·ĝI[t]
 * </pre>
 * The gradient flows through the reset as well (it is part of the function the smooth stand-in checks).
 */
public final class LifLayer implements Layer {

    private static final double FLUSH = 1e-300; // below this a decaying state is set to 0 (no subnormals)

    private final int inputSize;
    private final Affine affine;
    private final int size;
    private final boolean recurrent;
    private final LifParameters neuron;
    private double[] current = new double[0];  // I[t], [step][batch][n]
    private double[] membrane = new double[0]; // m[t] (before the reset)
    private double[] spikes = new double[0];   // s[t]
    private double[] gm;
    private double[] gi;
    private double[] gmNext;
    private double[] giNext;
    private double[] gs;
    private long spikeCount;

    public LifLayer(int inputSize, int size, boolean recurrent, LifParameters neuron) {
        this.inputSize = Network.requireSize("lif input size", inputSize);
        this.size = Network.requireSize("lif size", size);
        affine = new Affine(inputSize, size);
        this.recurrent = recurrent;
        this.neuron = neuron;
        gm = new double[size];
        gi = new double[size];
        gmNext = new double[size];
        giNext = new double[size];
        gs = new double[size];
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return size;
    }

    public LifParameters neuron() {
        return neuron;
    }

    public boolean recurrent() {
        return recurrent;
    }

    @Override
    public int parameterCount() {
        return size * inputSize + size + (recurrent ? size * size : 0);
    }

    @Override
    public String describe() {
        return (recurrent ? "recurrent lif " : "lif ") + size;
    }

    @Override
    public void initialize(double[] p, int offset, SplittableRandom rng) {
        Affine.initialize(p, offset, inputSize, size, neuron.initScale(), rng);
        if (recurrent) {
            double bound = neuron.initScale() / Math.sqrt(size);
            int r = offset + size * inputSize + size;
            for (int k = 0; k < size * size; k++) {
                p[r + k] = bound * (2.0 * rng.nextDouble() - 1.0);
            }
        }
    }

    @Override
    public void forward(double[] p, int offset, double[] in, double[] out, int steps, int batch) {
        int n = steps * batch * size;
        if (current.length < n) {
            current = new double[n];
            membrane = new double[n];
            spikes = new double[n];
        }
        double a = neuron.alpha();
        double be = neuron.beta();
        double th = neuron.threshold();
        boolean subtract = neuron.reset() == LifParameters.Reset.SUBTRACT;
        int rec = offset + size * inputSize + size;
        long count = 0;
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int row = (t * batch + b) * size;
                int prev = row - batch * size; // same sample, step t − 1
                affine.forward(p, offset, in, (t * batch + b) * inputSize, current, row);
                for (int o = 0; o < size; o++) {
                    double z = current[row + o];
                    double uPrev = 0.0;
                    if (t > 0) {
                        z += a * current[prev + o];
                        double mp = membrane[prev + o];
                        double sp = spikes[prev + o];
                        uPrev = subtract ? mp - th * sp : mp * (1.0 - sp);
                        if (recurrent) {
                            int rrow = rec + o * size;
                            for (int j = 0; j < size; j++) {
                                z += p[rrow + j] * spikes[prev + j];
                            }
                        }
                    }
                    if (Math.abs(z) < FLUSH) {
                        z = 0.0;
                    }
                    double m = be * uPrev + z;
                    if (Math.abs(m) < FLUSH) {
                        m = 0.0;
                    }
                    current[row + o] = z;
                    membrane[row + o] = m;
                    double s = neuron.smooth() ? neuron.surrogate().primitive(m - th) : (m - th > 0 ? 1.0 : 0.0);
                    spikes[row + o] = s;
                    out[row + o] = s;
                    count += s > 0.5 ? 1 : 0;
                }
            }
        }
        spikeCount = count;
    }

    @Override
    public void backward(double[] p, int offset, double[] in, double[] gOut, double[] gIn, double[] g, int steps,
                         int batch, int index) {
        double a = neuron.alpha();
        double be = neuron.beta();
        double th = neuron.threshold();
        boolean subtract = neuron.reset() == LifParameters.Reset.SUBTRACT;
        Surrogate f = neuron.surrogate();
        int rec = offset + size * inputSize + size;
        for (int b = 0; b < batch; b++) {
            java.util.Arrays.fill(gmNext, 0.0);
            java.util.Arrays.fill(giNext, 0.0);
            for (int t = steps - 1; t >= 0; t--) {
                int row = (t * batch + b) * size;
                for (int o = 0; o < size; o++) {
                    gs[o] = gOut[row + o];
                }
                if (recurrent && t < steps - 1) {
                    for (int j = 0; j < size; j++) { // I_j[t+1] received R[j][o]·s_o[t]
                        double d = giNext[j];
                        int rrow = rec + j * size;
                        for (int o = 0; o < size; o++) {
                            gs[o] += p[rrow + o] * d;
                        }
                    }
                }
                for (int o = 0; o < size; o++) {
                    double m = membrane[row + o];
                    double s = spikes[row + o];
                    double gu = be * gmNext[o];
                    double gsum = gs[o] - (subtract ? th : m) * gu;
                    double gmo = (subtract ? gu : gu * (1.0 - s)) + f.derivative(m - th) * gsum;
                    gm[o] = gmo;
                    gi[o] = gmo + a * giNext[o];
                }
                Affine.requireFinite(gi, 0, size, index, describe(), t);
                affine.backward(p, g, offset, in, (t * batch + b) * inputSize, gi, 0, gIn,
                        (t * batch + b) * inputSize);
                if (recurrent && t > 0) {
                    int prev = row - batch * size;
                    for (int o = 0; o < size; o++) {
                        double d = gi[o];
                        int rrow = rec + o * size;
                        for (int j = 0; j < size; j++) {
                            g[rrow + j] += d * spikes[prev + j];
                        }
                    }
                }
                double[] swap = gmNext;
                gmNext = gm;
                gm = swap;
                swap = giNext;
                giNext = gi;
                gi = swap;
            }
        }
    }

    @Override
    public Layer copy() {
        return new LifLayer(inputSize, size, recurrent, neuron);
    }

    @Override
    public long spikeCount() {
        return spikeCount;
    }

    @Override
    public long macs(int steps) {
        return (long) steps * size * (inputSize + (recurrent ? size : 0));
    }
}
