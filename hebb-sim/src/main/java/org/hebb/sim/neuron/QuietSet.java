package org.hebb.sim.neuron;

/**
 * Which neurons of a population are updated in the next step (the awake ones) and, for the others, since when
 * their decay is pending. A neuron sleeps when no input is due for it and either its state is a fixed point of its
 * update (then it needs nothing when it wakes) or its free decay provably stays below threshold (lazy decay: the
 * skipped steps are replayed, with the same floating-point operations, when it is next needed). An input buffered
 * for a neuron wakes it. Bits are packed 64 to a word, so a block of 64 neurons is owned by one thread of the
 * partitioned kernel (its blocks start at multiples of 64) and a step over a quiet population reads a word per 64
 * neurons. The update visits the awake neurons in ascending order, so the order of emitted spikes is unchanged.
 */
final class QuietSet {

    /** Bit {@code i}: neuron {@code i} is updated in the next step. */
    final long[] awake;
    /** Bit {@code i}: neuron {@code i} sleeps with its decay pending since step {@link #since}{@code [i]}. */
    final long[] lagging;
    /** Per lagging neuron: the first step not yet applied to its state. */
    final long[] since;
    /** Per neuron, the last step for which an input was buffered. */
    private final long[] pendingUntil;
    private final int n;

    QuietSet(int n) {
        this.n = n;
        awake = new long[(n + 63) >>> 6];
        lagging = new long[awake.length];
        since = new long[n];
        pendingUntil = new long[n];
        wakeAll();
    }

    /** Wakes every neuron (after a parameter change; the caller settled the lagging ones first). */
    void wakeAll() {
        java.util.Arrays.fill(awake, -1L);
        if ((n & 63) != 0) {
            awake[awake.length - 1] = (1L << n) - 1; // no bit beyond the population (1L << n uses n mod 64)
        }
        java.util.Arrays.fill(lagging, 0L);
    }

    /** An input for neuron {@code i} was buffered for step {@code arrivalStep}. */
    void wake(int i, long arrivalStep) {
        long bit = 1L << i;
        if ((awake[i >>> 6] & bit) == 0L) { // mostly set already: no store
            awake[i >>> 6] |= bit;
        }
        if (arrivalStep > pendingUntil[i]) {
            pendingUntil[i] = arrivalStep;
        }
    }

    /** @return whether no input of neuron {@code i} is due after step {@code step} */
    boolean nothingDueAfter(int i, long step) {
        return pendingUntil[i] <= step;
    }

    /** @return whether neuron {@code i} sleeps with its decay pending */
    boolean isLagging(int i) {
        return (lagging[i >>> 6] & (1L << i)) != 0L;
    }
}
