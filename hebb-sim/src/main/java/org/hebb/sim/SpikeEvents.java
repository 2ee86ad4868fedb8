package org.hebb.sim;

import java.util.Arrays;

/**
 * Spikes recorded by a {@code spike_recorder}, in the order they happened (by step, then by sender id).
 * {@code times[i]} is NEST's time stamp {@code steps * h} in double (e.g. 14.200000000000001); use
 * {@code steps[i]} to compare without rounding.
 *
 * @param senders node id of each spike's sender
 * @param times time stamp of each spike, ms
 * @param steps time stamp of each spike in grid steps ({@code times[i] = steps[i] * h})
 */
public record SpikeEvents(int[] senders, double[] times, long[] steps) {

    /**
     * @param sender a node id
     * @return the spike times of that sender, ms
     */
    public double[] timesOf(int sender) {
        return java.util.stream.IntStream.range(0, senders.length).filter(i -> senders[i] == sender).mapToDouble(i -> times[i]).toArray();
    }

    /** @return number of spikes */
    public int size() {
        return senders.length;
    }

    @Override
    public String toString() {
        return "SpikeEvents(n=" + senders.length + ", times=" + Arrays.toString(Arrays.copyOf(times, Math.min(10, times.length))) + ")";
    }
}
