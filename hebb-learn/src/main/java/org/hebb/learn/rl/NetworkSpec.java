package org.hebb.learn.rl;

import java.io.Serializable;
import java.util.Arrays;
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;

/**
 * The shape of a gradient agent's networks, so that one description builds the Q-network (DQN) or the policy and value
 * networks (PPO) for any task: an ANN ({@link Mlp}: dense hidden layers, a linear output) or an SNN (LIF hidden layers
 * run for T steps, a leaky read-out whose last membrane is the output, docs/gradient.md §1).
 *
 * @param kind         SNN or ANN
 * @param hidden       hidden layer sizes, each ≥ 1 (at least one layer)
 * @param steps        T, time steps per decision (an ANN: 1)
 * @param lif          the LIF neuron of every hidden layer (SNN; null for an ANN)
 * @param recurrent    whether the LIF layers are recurrent (SNN)
 * @param readoutAlpha the read-out's synaptic decay factor, in [0, 1] (SNN)
 * @param readoutBeta  the read-out's membrane decay factor, in [0, 1] (SNN)
 * @param activation   the hidden activation (ANN; null for an SNN)
 */
public record NetworkSpec(Kind kind, int[] hidden, int steps, LifParameters lif, boolean recurrent,
                          double readoutAlpha, double readoutBeta, Dense.Activation activation) implements Serializable {

    /** Spiking or not. */
    public enum Kind {
        SNN, ANN;

        /** The name in configs and tables: snn, ann. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public NetworkSpec {
        if (hidden.length == 0) {
            throw new IllegalArgumentException("hidden layers: none given is not allowed; must be at least one");
        }
        for (int k = 0; k < hidden.length; k++) {
            if (hidden[k] < 1) {
                throw new IllegalArgumentException("hidden layer " + k + " size: " + hidden[k] + " is not allowed;"
                        + " must be >= 1");
            }
        }
        hidden = hidden.clone();
        if (steps < 1) {
            throw new IllegalArgumentException("steps (T): " + steps + " is not allowed; must be >= 1");
        }
        if (kind == Kind.ANN && (steps != 1 || lif != null || activation == null)) {
            throw new IllegalArgumentException("ann network: T = " + steps + ", lif " + lif + ", activation "
                    + activation + " is not allowed; an MLP runs one step with an activation and no LIF neuron");
        }
        if (kind == Kind.SNN && (lif == null || activation != null)) {
            throw new IllegalArgumentException("snn network: lif " + lif + ", activation " + activation
                    + " is not allowed; a spiking net needs LIF parameters and no activation");
        }
        if (!(readoutAlpha >= 0 && readoutAlpha <= 1) || !(readoutBeta >= 0 && readoutBeta <= 1)) {
            throw new IllegalArgumentException("read-out decay (alpha, beta): (" + readoutAlpha + ", " + readoutBeta
                    + ") is not allowed; each must be in [0, 1]");
        }
    }

    /** An MLP with these hidden sizes and activation. */
    public static NetworkSpec ann(Dense.Activation activation, int... hidden) {
        return new NetworkSpec(Kind.ANN, hidden, 1, null, false, 0, 0, activation);
    }

    /** LIF hidden layers (feed-forward) run for {@code steps}, read out by a leaky integrator (α, β). */
    public static NetworkSpec snn(int steps, LifParameters lif, double readoutAlpha, double readoutBeta,
                                  int... hidden) {
        return new NetworkSpec(Kind.SNN, hidden, steps, lif, false, readoutAlpha, readoutBeta, null);
    }

    /** The same with recurrent LIF layers. */
    public NetworkSpec withRecurrent(boolean on) {
        return new NetworkSpec(kind, hidden, steps, lif, on, readoutAlpha, readoutBeta, activation);
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** {@code inputs → hidden … → outputs}, parameters drawn from {@code seed}. */
    public Network build(int inputs, int outputs, long seed) {
        if (kind == Kind.ANN) {
            int[] sizes = new int[hidden.length + 2];
            sizes[0] = inputs;
            System.arraycopy(hidden, 0, sizes, 1, hidden.length);
            sizes[sizes.length - 1] = outputs;
            return Mlp.of(seed, activation, sizes);
        }
        Network.Builder b = Network.builder(inputs).steps(steps);
        for (int h : hidden) {
            if (recurrent) {
                b.recurrentLif(h, lif);
            } else {
                b.lif(h, lif);
            }
        }
        return b.readout(outputs, readoutAlpha, readoutBeta).build(seed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec n && kind == n.kind && Arrays.equals(hidden, n.hidden) && steps == n.steps
                && java.util.Objects.equals(lif, n.lif) && recurrent == n.recurrent
                && Double.compare(readoutAlpha, n.readoutAlpha) == 0 && Double.compare(readoutBeta, n.readoutBeta) == 0
                && activation == n.activation;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, Arrays.hashCode(hidden), steps, lif, recurrent, readoutAlpha, readoutBeta,
                activation);
    }

    @Override
    public String toString() {
        return kind.label() + " " + Arrays.toString(hidden) + (kind == Kind.SNN ? " T=" + steps : " " + activation);
    }
}
