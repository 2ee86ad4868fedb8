package org.hebb.learn.gradient;

import java.util.SplittableRandom;

/**
 * One differentiable layer of a {@link Network}. Activations are sequences laid out {@code [step][batch][unit]} in
 * flat arrays; parameters live in the network's flat vector at an offset, so an optimizer (Adam, or an L2L
 * optimizer evolving the vector) sees one {@code double[]}.
 *
 * <p>Contract: {@link #backward} is called after {@link #forward} with the same {@code steps} and {@code batch}; the
 * layer keeps what it needs from the forward pass (its own state), so one layer instance serves one network.
 */
public sealed interface Layer permits Dense, LifLayer, LeakyReadout {

    int inputSize();

    int outputSize();

    int parameterCount();

    /** A short name for messages, e.g. {@code "lif 64"}. */
    String describe();

    /** Draws the initial parameters into {@code p[offset …]}. */
    void initialize(double[] p, int offset, SplittableRandom rng);

    /** Runs the layer over {@code steps × batch} inputs {@code in} into {@code out}. */
    void forward(double[] p, int offset, double[] in, double[] out, int steps, int batch);

    /**
     * Back-propagates through time: given the forward input {@code in} and {@code gOut = ∂L/∂out}, adds the
     * parameter gradients into {@code g[offset …]}
     * and adds {@code ∂L/∂in} into {@code gIn} (skipped when null). A NaN or infinite gradient stops with an
     * IllegalStateException naming {@code index} (this layer's position) and the time step.
     */
    void backward(double[] p, int offset, double[] in, double[] gOut, double[] gIn, double[] g, int steps, int batch,
                  int index);

    /** A new layer with the same configuration and no state. */
    Layer copy();

    /** Spikes emitted in the last forward pass (0 for non-spiking layers). */
    default long spikeCount() {
        return 0;
    }

    /** Multiply-accumulates per sample per forward pass over {@code steps} (the energy proxy of issue 11). */
    default long macs(int steps) {
        return (long) steps * (parameterCount() - outputSize());
    }
}
