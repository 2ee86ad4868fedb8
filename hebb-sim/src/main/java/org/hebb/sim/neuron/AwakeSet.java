package org.hebb.sim.neuron;

/**
 * Which neurons of a population must be updated: a flag per neuron, cleared when its state is a fixed point
 * of its update with no input due, set again when an input is buffered for it. The update still visits the
 * neurons in ascending order, so the order of emitted spikes (and of every sum they feed) is unchanged.
 */
final class AwakeSet {

    final boolean[] flags;
    /** Per neuron, the last step for which an input was buffered. */
    private final long[] pendingUntil;
    /** Number of set flags: a population with none is not visited at all. */
    int count;

    AwakeSet(int n) {
        flags = new boolean[n];
        pendingUntil = new long[n];
        wakeAll();
    }

    void wakeAll() {
        java.util.Arrays.fill(flags, true);
        count = flags.length;
    }

    /** An input for neuron {@code i} was buffered for step {@code arrivalStep}. */
    void wake(int i, long arrivalStep) {
        if (!flags[i]) {
            flags[i] = true;
            count++;
        }
        if (arrivalStep > pendingUntil[i]) {
            pendingUntil[i] = arrivalStep;
        }
    }

    /** @return whether no input of neuron {@code i} is due after step {@code step} */
    boolean nothingDueAfter(int i, long step) {
        return pendingUntil[i] <= step;
    }

    void sleep(int i) {
        flags[i] = false;
        count--;
    }
}
