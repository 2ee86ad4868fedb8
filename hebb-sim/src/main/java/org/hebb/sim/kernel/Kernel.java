package org.hebb.sim.kernel;

import java.util.random.RandomGenerator;

/**
 * What a node group or a connection table needs from the network that runs it, and nothing more: the time
 * grid, the node registry, the outgoing spike queue and the current/Poisson delivery through the static
 * connections. {@link org.hebb.sim.Network} hands one to its parts so that they never see (or call back
 * into) the user-facing API: create, connect, get/set and the recorders' events stay on the network.
 *
 * <p>All steps are NEST's: step {@code k} advances the state from {@code k h} to {@code (k+1) h}; an event
 * sent in step {@code k} over a connection of delay {@code d} steps is processed by its target in step
 * {@code k + d}.
 */
public interface Kernel {

    /** @return the resolution h, ms */
    double resolution();

    /** @return the number of nodes created so far (the largest node id) */
    int size();

    /**
     * @param id a node id in {@code [1, size()]}
     * @return the group holding it
     * @throws IllegalArgumentException naming the valid range otherwise
     */
    NodeGroup group(int id);

    /**
     * @param id a node id
     * @param name a numeric parameter of that node's model (e.g. a target's {@code tau_minus})
     * @return its current value
     */
    default double parameter(int id, String name) {
        NodeGroup g = group(id);
        return ((Number) g.get(id - g.firstId, name)).doubleValue();
    }

    /** @return true during a {@code prepare} after the network's structure changed (create or connect) */
    boolean rewiring();

    /** @return NEST's min_delay in steps: the smallest delay of any connection (1 without connections) */
    int minDelaySteps();

    /**
     * Emits a spike of node {@code sender} in step {@code step}; after the step it reaches the spike recorders,
     * every connection table and the spike listeners.
     *
     * @param multiplicity how many spikes at once (parrot_neuron, poisson input)
     * @param weightFactor multiplies every weight of the spike's connections (spike_generator's spike_weights)
     */
    void emitSpike(int sender, long step, int multiplicity, double weightFactor);

    /** @return whether a 0 pA current event changes no bit (every static weight finite: weight * 0 is +-0) */
    boolean zeroCurrentsAreSilent();

    /** Sends a current event of amplitude {@code amp} (pA) from {@code sender} in {@code step} over its static connections. */
    void sendCurrent(int sender, long step, double amp);

    /**
     * Sends each static target of {@code sender} its own Poisson count of mean {@code lambda}
     * (poisson_generator::event_hook), drawn from {@code rng}.
     */
    void sendPoisson(int sender, long step, double lambda, RandomGenerator rng);
}
