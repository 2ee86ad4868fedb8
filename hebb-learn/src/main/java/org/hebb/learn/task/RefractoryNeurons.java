package org.hebb.learn.task;

/**
 * The refractory neurons of a lockstep block and the threshold pass that makes them refractory, for a state whose
 * membrane sum was formed for every neuron (refractory ones included, then not used): a refractory neuron has held
 * V_reset since its spike (below the threshold), so it gets V_reset back and counts down; a neuron at or above the
 * threshold is reset and starts t_ref (iaf_psc_alpha.cpp's update, as {@code IafPscAlpha.updateUniform} orders it).
 */
final class RefractoryNeurons {

    private final int[] list;
    private int count;
    private final int[] fired;
    private final double vReset;
    private final int steps;

    /**
     * @param capacity the neurons of the state
     * @param vReset   V_reset - E_L
     * @param steps    t_ref in steps
     */
    RefractoryNeurons(int capacity, double vReset, int steps) {
        list = new int[capacity];
        fired = new int[capacity + 1];
        this.vReset = vReset;
        this.steps = steps;
    }

    /** Forgets every neuron; {@link #track} adds those refractory now. */
    void clear() {
        count = 0;
    }

    /** Tracks neuron {@code i} if its refractory count {@code r} is not 0. */
    void track(int i, int r) {
        if (r != 0) {
            list[count++] = i;
        }
    }

    /** The refractory neurons' step: V_reset back in {@code y}, one step less in {@code r}. */
    void countDown(double[] y, int[] r) {
        for (int k = 0; k < count; k++) {
            int i = list[k];
            y[i] = vReset;
            if (--r[i] == 0) {
                list[k--] = list[--count];
            }
        }
    }

    /**
     * Resets the neurons {@code 0 .. n-1} at or above {@code theta} (there is no lower bound) and starts their t_ref.
     *
     * @return how many fired; {@link #fired(int)} names them in ascending order
     */
    int fire(double[] y, int[] r, int n, double theta) {
        int nFired = 0;
        for (int i = 0; i < n; i++) { // gathered without a branch: a spike is too rare to predict
            fired[nFired] = i;
            nFired += y[i] >= theta ? 1 : 0;
        }
        for (int k = 0; k < nFired; k++) {
            int i = fired[k];
            y[i] = vReset;
            r[i] = steps;
            list[count++] = i;
        }
        return nFired;
    }

    /** @return the {@code k}-th neuron that fired in the last {@link #fire} */
    int fired(int k) {
        return fired[k];
    }
}
