package org.hebb.sim;

/**
 * Receives every spike the network emits, after the step it was emitted in (the hook through which
 * spike histories, e.g. the postsynaptic traces of plastic synapses, are kept).
 */
@FunctionalInterface
public interface SpikeListener {

    /**
     * @param sender node id of the spiking node
     * @param stampStep time stamp in steps: the spike happened in the step ending at {@code stampStep * h}
     * @param multiplicity number of spikes (parrot neurons repeat multiplicities)
     */
    void onSpike(int sender, long stampStep, int multiplicity);
}
