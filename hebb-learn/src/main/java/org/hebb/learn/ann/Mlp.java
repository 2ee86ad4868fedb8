package org.hebb.learn.ann;

import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.Network;

/**
 * The ANN baseline of issue 11: a multilayer perceptron as a one-step {@link Network} of {@link Dense} layers, so it
 * has the spiking network's interface (forward, backward, flat parameters for Adam or an L2L optimizer).
 */
public final class Mlp {

    private Mlp() {
    }

    /**
     * {@code sizes[0]} inputs, hidden layers {@code sizes[1 … n−2]} with activation {@code hidden}, a linear output
     * layer of {@code sizes[n−1]}; e.g. {@code Mlp.of(42, Dense.Activation.RELU, 4, 64, 64, 2)}.
     */
    public static Network of(long seed, Dense.Activation hidden, int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("mlp sizes: " + sizes.length + " given is not allowed; must be at least"
                    + " 2 (inputs and outputs)");
        }
        Network.Builder b = Network.builder(sizes[0]).steps(1);
        for (int k = 1; k < sizes.length - 1; k++) {
            b.dense(sizes[k], hidden);
        }
        return b.dense(sizes[sizes.length - 1], Dense.Activation.IDENTITY).build(seed);
    }
}
