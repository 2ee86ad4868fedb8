package org.hebb.sim;

import java.util.Arrays;
import org.hebb.sim.record.SpikeRecorderLinks;
import org.hebb.sim.synapse.SynapseTable;

/**
 * The spikes emitted in the current step, in emission order, as primitive columns (no object per spike);
 * after the step they go to the spike recorders, every connection table and the listeners.
 */
final class SpikeQueue {

    private int[] sender = new int[64];
    private int[] multiplicity = new int[64];
    private double[] factor = new double[64];
    private int count;

    /** Registers a spike of {@code src}; delivered by the next {@link #deliver}. */
    void add(int src, int mult, double weightFactor) {
        if (count == sender.length) {
            sender = Arrays.copyOf(sender, count * 2);
            multiplicity = Arrays.copyOf(multiplicity, count * 2);
            factor = Arrays.copyOf(factor, count * 2);
        }
        sender[count] = src;
        multiplicity[count] = mult;
        factor[count] = weightFactor;
        count++;
    }

    /** Delivers the spikes emitted in step {@code k}, then lets time-driven tables advance; empties the queue. */
    void deliver(long k, SpikeRecorderLinks recorders, SynapseTable[] tables, SpikeListener[] listeners) {
        for (int j = 0; j < count; j++) {
            int src = sender[j];
            recorders.record(src, k + 1, multiplicity[j]);
            for (SynapseTable t : tables) {
                t.deliverSpike(src, k, multiplicity[j], factor[j]);
            }
            for (SpikeListener l : listeners) {
                l.onSpike(src, k + 1, multiplicity[j]);
            }
        }
        count = 0;
        for (SynapseTable t : tables) {
            t.endStep(k); // time-driven plastic rules advance here
        }
    }
}
