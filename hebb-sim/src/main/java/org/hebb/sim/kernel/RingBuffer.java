package org.hebb.sim.kernel;

/**
 * Per-neuron input ring buffer of one population (NEST's RingBuffer, structure-of-arrays): the input
 * for step {@code k} of neuron {@code i} lives at {@code data[(k mod length) * n + i]}, so one step's
 * inputs of all neurons are contiguous. The length exceeds the largest delay in steps, so an input
 * arriving {@code d >= 1} steps ahead never lands in the slot being read. The length is a power of two, so a
 * slot index is a mask, not a 64-bit division (the length only sets where inputs are stored, not their values).
 */
public final class RingBuffer {

    private final int n;
    private int length;
    public double[] data;

    public RingBuffer(int n, int length) {
        this.n = n;
        length = powerOfTwo(length);
        this.length = length;
        this.data = new double[n * length];
    }

    int length() {
        return length;
    }

    /** @return the index of neuron 0's entry for {@code step} */
    public int offset(long step) {
        return ((int) step & (length - 1)) * n;
    }

    public void add(long step, int i, double value) {
        data[offset(step) + i] += value;
    }

    /** Grows the ring to {@code newLength} slots, keeping pending inputs of steps {@code >= now}. */
    public void grow(int newLength, long now) {
        newLength = powerOfTwo(newLength);
        if (newLength <= length) {
            return;
        }
        double[] next = new double[n * newLength];
        for (long s = now; s < now + length; s++) {
            System.arraycopy(data, offset(s), next, ((int) s & (newLength - 1)) * n, n);
        }
        data = next;
        length = newLength;
    }

    private static int powerOfTwo(int length) {
        return Integer.highestOneBit(length - 1) << 1; // the smallest power of two >= length (length >= 2)
    }
}
