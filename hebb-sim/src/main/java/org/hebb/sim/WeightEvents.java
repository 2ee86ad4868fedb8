package org.hebb.sim;

/**
 * Weights recorded by a {@code weight_recorder}: one event per transmitted spike of a plastic synapse,
 * with the weight after its update (static synapses do not report).
 *
 * @param senders presynaptic node id
 * @param targets postsynaptic node id
 * @param times spike time stamp, ms
 * @param weights weight transmitted with that spike
 */
public record WeightEvents(int[] senders, int[] targets, double[] times, double[] weights) {

    /** @return number of events */
    public int size() {
        return senders.length;
    }
}
