package org.hebb.learn.gradient;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stack of differentiable {@link Layer}s run for {@code steps} time steps on a static input (direct encoding: the
 * observation is presented at every step), trained by BPTT. The output is the last layer's value at the last step:
 * for a spiking net ending in a {@link LeakyReadout} that is the read-out membrane u[T]; for an MLP (one step, dense
 * layers) it is the ordinary output.
 *
 * <p>All parameters are one flat vector ({@link #parameters()}), with the gradient beside it ({@link #gradients()}):
 * Adam updates it in place and an L2L optimizer can evolve it through {@link #setParameters(double[])}.
 *
 * {@snippet :
 * Network q = Network.builder(4).steps(8)
 *         .lif(64, LifParameters.defaults())
 *         .readout(2, 0.0, 0.9)
 *         .build(42);
 * double[] out = q.forward(observations, batch);   // batch × 2
 * q.zeroGradients();
 * q.backward(lossGradient);                        // ∂L/∂out, batch × 2
 * adam.step(q.parameters(), q.gradients());
 * }
 */
public final class Network {

    private final Layer[] layers;
    private final int steps;
    private final int[] offsets;
    private final double[] parameters;
    private final double[] gradients;
    private final double[][] activations; // [layer boundary] sequences: 0 = input, k + 1 = output of layer k
    private final double[][] activationGradients;
    private int batch;

    private Network(int steps, Layer[] layers) {
        this.steps = steps;
        this.layers = layers;
        offsets = new int[layers.length];
        int n = 0;
        for (int k = 0; k < layers.length; k++) {
            offsets[k] = n;
            n += layers[k].parameterCount();
        }
        parameters = new double[n];
        gradients = new double[n];
        activations = new double[layers.length + 1][0];
        activationGradients = new double[layers.length + 1][0];
    }

    /**
     * A network of the given layers (fresh instances, state-free), parameters drawn from a SplittableRandom seeded
     * with {@code seed}. Refuses steps &lt; 1 and layers whose sizes do not chain.
     */
    public static Network of(int steps, List<Layer> layers, long seed) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps (T): " + steps + " is not allowed; must be >= 1");
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("layers: none given; must be at least one");
        }
        for (int k = 1; k < layers.size(); k++) {
            if (layers.get(k).inputSize() != layers.get(k - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + k + " (" + layers.get(k).describe() + ") input size: "
                        + layers.get(k).inputSize() + " is not allowed; must equal layer " + (k - 1) + "'s output size "
                        + layers.get(k - 1).outputSize());
            }
        }
        Network net = new Network(steps, layers.stream().map(Layer::copy).toArray(Layer[]::new));
        SplittableRandom rng = new SplittableRandom(seed);
        for (int k = 0; k < net.layers.length; k++) {
            net.layers[k].initialize(net.parameters, net.offsets[k], rng.split());
        }
        return net;
    }

    /** A builder that chains layer sizes from {@code inputs}. */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /** Same architecture, a copy of the parameters, no gradients or state (a DQN target network). */
    public Network copy() {
        Network n = new Network(steps, Arrays.stream(layers).map(Layer::copy).toArray(Layer[]::new));
        System.arraycopy(parameters, 0, n.parameters, 0, parameters.length);
        return n;
    }

    /**
     * Runs {@code batch} samples {@code x} ({@code batch × inputSize}) for T steps; returns the output at the last
     * step, {@code batch × outputSize} (a new array).
     */
    public double[] forward(double[] x, int batch) {
        int in = inputSize();
        if (batch < 1 || x.length < batch * in) {
            throw new IllegalArgumentException("input: " + x.length + " values for batch " + batch
                    + " is not allowed; must be batch × " + in + " with batch >= 1");
        }
        this.batch = batch;
        double[] seq = ensure(activations, 0, steps * batch * in);
        for (int t = 0; t < steps; t++) {
            System.arraycopy(x, 0, seq, t * batch * in, batch * in);
        }
        for (int k = 0; k < layers.length; k++) {
            double[] out = ensure(activations, k + 1, steps * batch * layers[k].outputSize());
            layers[k].forward(parameters, offsets[k], activations[k], out, steps, batch);
        }
        int outSize = outputSize();
        double[] result = new double[batch * outSize];
        System.arraycopy(activations[layers.length], (steps - 1) * batch * outSize, result, 0, batch * outSize);
        return result;
    }

    /**
     * BPTT from {@code ∂L/∂output} ({@code batch × outputSize}, for the last forward pass): adds into
     * {@link #gradients()}. A NaN gradient stops with the layer index and time step in the message.
     */
    public void backward(double[] outputGradient) {
        int outSize = outputSize();
        double[] g = ensure(activationGradients, layers.length, steps * batch * outSize);
        Arrays.fill(g, 0, steps * batch * outSize, 0.0);
        System.arraycopy(outputGradient, 0, g, (steps - 1) * batch * outSize, batch * outSize);
        for (int k = layers.length - 1; k >= 0; k--) {
            double[] gIn = null;
            if (k > 0) {
                int n = steps * batch * layers[k].inputSize();
                gIn = ensure(activationGradients, k, n);
                Arrays.fill(gIn, 0, n, 0.0);
            }
            layers[k].backward(parameters, offsets[k], activations[k], activationGradients[k + 1], gIn, gradients,
                    steps, batch, k);
        }
    }

    private static double[] ensure(double[][] holder, int k, int n) {
        if (holder[k].length < n) {
            holder[k] = new double[n];
        }
        return holder[k];
    }

    public void zeroGradients() {
        Arrays.fill(gradients, 0.0);
    }

    /** The live flat parameter vector (layer by layer: W row-major, b, then R for recurrent layers). */
    public double[] parameters() {
        return parameters;
    }

    /** The live gradient vector, aligned with {@link #parameters()}. */
    public double[] gradients() {
        return gradients;
    }

    /** Copies {@code values} (length {@link #parameterCount()}) into the parameters. */
    public void setParameters(double[] values) {
        if (values.length != parameters.length) {
            throw new IllegalArgumentException("parameters: " + values.length + " values is not allowed; must be "
                    + parameters.length);
        }
        System.arraycopy(values, 0, parameters, 0, values.length);
    }

    public int parameterCount() {
        return parameters.length;
    }

    public int inputSize() {
        return layers[0].inputSize();
    }

    public int outputSize() {
        return layers[layers.length - 1].outputSize();
    }

    public int steps() {
        return steps;
    }

    public List<Layer> layers() {
        return List.of(layers);
    }

    /** Spikes in the last forward pass, over all layers, steps and samples. */
    public long spikeCount() {
        long n = 0;
        for (Layer l : layers) {
            n += l.spikeCount();
        }
        return n;
    }

    /** Multiply-accumulates of one sample's forward pass (dense: every synapse every step). */
    public long macsPerSample() {
        long n = 0;
        for (Layer l : layers) {
            n += l.macs(steps);
        }
        return n;
    }

    public void writeState(DataOutput out) throws IOException {
        out.writeInt(parameters.length);
        for (double v : parameters) {
            out.writeDouble(v);
        }
    }

    public void readState(DataInput in) throws IOException {
        int n = in.readInt();
        if (n != parameters.length) {
            throw new IOException("checkpoint has " + n + " parameters; this network has " + parameters.length);
        }
        for (int k = 0; k < n; k++) {
            parameters[k] = in.readDouble();
        }
    }

    static int requireSize(String field, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(field + ": " + n + " is not allowed; must be >= 1");
        }
        return n;
    }

    static double requireFraction(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + ": " + v + " is not allowed; must be in [0, 1]");
        }
        return v;
    }

    /** Chains layer sizes: each layer's input is the previous layer's output. */
    public static final class Builder {
        private final int inputs;
        private final List<Layer> layers = new ArrayList<>();
        private int steps = 1;

        private Builder(int inputs) {
            this.inputs = requireSize("inputs", inputs);
        }

        private int next() {
            return layers.isEmpty() ? inputs : layers.getLast().outputSize();
        }

        public Builder steps(int t) {
            steps = t;
            return this;
        }

        public Builder dense(int units, Dense.Activation f) {
            layers.add(new Dense(next(), units, f));
            return this;
        }

        public Builder lif(int units, LifParameters neuron) {
            layers.add(new LifLayer(next(), units, false, neuron));
            return this;
        }

        public Builder recurrentLif(int units, LifParameters neuron) {
            layers.add(new LifLayer(next(), units, true, neuron));
            return this;
        }

        public Builder readout(int units, double alpha, double beta) {
            layers.add(new LeakyReadout(next(), units, alpha, beta));
            return this;
        }

        public Network build(long seed) {
            return Network.of(steps, layers, seed);
        }
    }
}
