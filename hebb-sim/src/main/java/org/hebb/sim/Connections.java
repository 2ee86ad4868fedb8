package org.hebb.sim;

/**
 * The connections of one synapse model (NEST's GetConnections), sorted by source, then creation order.
 *
 * @param synapseModel the synapse model name
 * @param sources presynaptic node ids
 * @param targets postsynaptic node ids
 * @param weights weights
 * @param delays delays, ms (steps times h)
 * @param receptors receptor types
 */
public record Connections(String synapseModel, int[] sources, int[] targets, double[] weights, double[] delays, int[] receptors) {

    /** @return number of connections */
    public int size() {
        return sources.length;
    }
}
