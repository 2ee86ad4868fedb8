package org.hebb.learn.gradient;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A fully connected layer {@code y = f(W·x + b)}, applied at each time step on its own: with one step this is an MLP
 * layer (the ANN baseline of issue 11).
 */
public final class Dense implements Layer {

    /** The element-wise non-linearity. */
    public enum Activation { IDENTITY, RELU, TANH }

    private final int inputSize;
    private final Affine affine;
    private final int outputSize;
    private final Activation activation;
    private double[] z = new double[0]; // pre-activations of the last forward pass
    private double[] gz = new double[0];

    public Dense(int inputSize, int outputSize, Activation activation) {
        this.inputSize = Network.requireSize("dense input size", inputSize);
        this.outputSize = Network.requireSize("dense output size", outputSize);
        affine = new Affine(inputSize, outputSize);
        this.activation = activation;
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return outputSize;
    }

    public Activation activation() {
        return activation;
    }

    @Override
    public int parameterCount() {
        return outputSize * inputSize + outputSize;
    }

    @Override
    public String describe() {
        return "dense " + outputSize + " " + activation.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void initialize(double[] p, int offset, SplittableRandom rng) {
        Affine.initialize(p, offset, inputSize, outputSize, 1.0, rng);
    }

    @Override
    public void forward(double[] p, int offset, double[] in, double[] out, int steps, int batch) {
        int rows = steps * batch;
        if (z.length < rows * outputSize) {
            z = new double[rows * outputSize];
        }
        for (int r = 0; r < rows; r++) {
            affine.forward(p, offset, in, r * inputSize, z, r * outputSize);
        }
        for (int k = 0; k < rows * outputSize; k++) {
            out[k] = switch (activation) {
                case IDENTITY -> z[k];
                case RELU -> Math.max(0.0, z[k]);
                case TANH -> Math.tanh(z[k]);
            };
        }
    }

    @Override
    public void backward(double[] p, int offset, double[] in, double[] gOut, double[] gIn, double[] g, int steps,
                         int batch, int index) {
        if (gz.length < outputSize) {
            gz = new double[outputSize];
        }
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int r = t * batch + b;
                for (int o = 0; o < outputSize; o++) {
                    double zk = z[r * outputSize + o];
                    double slope = switch (activation) {
                        case IDENTITY -> 1.0;
                        case RELU -> zk > 0 ? 1.0 : 0.0;
                        case TANH -> 1.0 - Math.tanh(zk) * Math.tanh(zk);
                    };
                    gz[o] = gOut[r * outputSize + o] * slope;
                }
                Affine.requireFinite(gz, 0, outputSize, index, describe(), t);
                affine.backward(p, g, offset, in, r * inputSize, gz, 0, gIn, r * inputSize);
            }
        }
    }

    @Override
    public Layer copy() {
        return new Dense(inputSize, outputSize, activation);
    }
}
