package org.hebb.learn.gradient;

import java.util.SplittableRandom;

/**
 * Non-spiking leaky integrators that read a spiking layer out: {@code I[t] = α·I[t−1] + W·x[t] + b},
 * {@code u[t] = β·u[t−1] + I[t]}; the output is the membrane u[t] (a DQN reads its Q-values from it, Akl et al.
 * 2023). Backward: {@code ĝu[t] = ∂L/∂u[t] + β·ĝu[t+1]}, {@code ĝI[t] = ĝu[t] + α·ĝI[t+1]}.
 */
public final class LeakyReadout implements Layer {

    private final int inputSize;
    private final Affine affine;
    private final int size;
    private final double alpha;
    private final double beta;
    private double[] current = new double[0];
    private final double[] gu;
    private final double[] gi;

    public LeakyReadout(int inputSize, int size, double alpha, double beta) {
        this.inputSize = Network.requireSize("readout input size", inputSize);
        this.size = Network.requireSize("readout size", size);
        affine = new Affine(inputSize, size);
        this.alpha = Network.requireFraction("readout alpha", alpha);
        this.beta = Network.requireFraction("readout beta", beta);
        gu = new double[size];
        gi = new double[size];
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return size;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    @Override
    public int parameterCount() {
        return size * inputSize + size;
    }

    @Override
    public String describe() {
        return "readout " + size;
    }

    @Override
    public void initialize(double[] p, int offset, SplittableRandom rng) {
        Affine.initialize(p, offset, inputSize, size, 1.0, rng);
    }

    @Override
    public void forward(double[] p, int offset, double[] in, double[] out, int steps, int batch) {
        if (current.length < steps * batch * size) {
            current = new double[steps * batch * size];
        }
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int row = (t * batch + b) * size;
                int prev = row - batch * size;
                affine.forward(p, offset, in, (t * batch + b) * inputSize, current, row);
                for (int o = 0; o < size; o++) {
                    double i = current[row + o] + (t > 0 ? alpha * current[prev + o] : 0.0);
                    current[row + o] = i;
                    out[row + o] = i + (t > 0 ? beta * out[prev + o] : 0.0);
                }
            }
        }
    }

    @Override
    public void backward(double[] p, int offset, double[] in, double[] gOut, double[] gIn, double[] g, int steps,
                         int batch, int index) {
        for (int b = 0; b < batch; b++) {
            java.util.Arrays.fill(gu, 0.0);
            java.util.Arrays.fill(gi, 0.0);
            for (int t = steps - 1; t >= 0; t--) {
                int row = (t * batch + b) * size;
                for (int o = 0; o < size; o++) {
                    gu[o] = gOut[row + o] + beta * gu[o];
                    gi[o] = gu[o] + alpha * gi[o];
                }
                Affine.requireFinite(gi, 0, size, index, describe(), t);
                affine.backward(p, g, offset, in, (t * batch + b) * inputSize, gi, 0, gIn,
                        (t * batch + b) * inputSize);
            }
        }
    }

    @Override
    public Layer copy() {
        return new LeakyReadout(inputSize, size, alpha, beta);
    }
}
