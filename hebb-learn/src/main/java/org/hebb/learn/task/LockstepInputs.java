package org.hebb.learn.task;

import java.util.Arrays;

/**
 * The input layer of {@link LockstepNetwork}: every lane's dc-driven input neurons, state laid out input-major,
 * lane-minor ({@code [j * lanes + b]}). An input neuron receives only its dc current, so its synaptic currents stay
 * +0 and its membrane update is {@code ((P30 (y0 + I_e) + 0) + expm1 y) + y}: the kernel's sum with its four +0
 * synaptic terms (all P31, P32 &gt;= +0, see {@link LockstepNetwork#covers}). Each window sorts the inputs that ever
 * received current into stepped ones (current due, refractory or able to spike), only decaying ones (run a window at
 * a time) and all-+0 ones (a fixed point of the update, the kernel's sleeping neuron: not visited).
 */
final class LockstepInputs {

    /** Receives an input spike of input {@code j} in lane {@code b}, in the kernel's emission order per lane. */
    interface Spikes {
        void input(int j, int b);
    }

    private final int nIn, lanes, delay, window;
    private final double p30, expm1, theta, iE, zIn;
    final double[] inY, inY0;
    final int[] inR;
    private double[] ampNow, ampPrev;
    private final boolean[] driven;
    private final int[] awake, awakeLane, awakeInput;
    private int nAwake;
    /** The stepped inputs packed in their order: y, y0, refractory count, this window's slot currents. */
    private final double[] gY, gY0, gCPrev, gCNow;
    private final int[] gR;
    private final RefractoryNeurons refractoryInputs;
    /** Inputs that only decay in this window (no current, not refractory, below threshold), packed for the loop. */
    private final int[] decaying;
    private final double[] decayingY;
    private int nDecaying;

    /**
     * @param theta V_th - E_L
     * @param vReset V_reset - E_L
     * @param iE I_e, pA
     * @param refractory t_ref in steps
     */
    LockstepInputs(int nIn, int lanes, int delay, int window, int refractory, double p30, double expm1, double theta,
            double vReset, double iE) {
        this.nIn = nIn;
        this.lanes = lanes;
        this.delay = delay;
        this.window = window;
        this.p30 = p30;
        this.expm1 = expm1;
        this.theta = theta;
        this.iE = iE;
        zIn = p30 * (0.0 + iE) + 0.0; // an input neuron's sum before its membrane terms, with no current in y0
        int n = nIn * lanes;
        inY = new double[n]; // V_m - E_L = +0 (LockstepNetwork.covers)
        inY0 = new double[n];
        inR = new int[n];
        ampNow = new double[n];
        ampPrev = new double[n];
        driven = new boolean[n];
        awake = new int[n];
        awakeLane = new int[n];
        awakeInput = new int[n];
        gY = new double[n];
        gY0 = new double[n];
        gCPrev = new double[n];
        gCNow = new double[n];
        gR = new int[n];
        refractoryInputs = new RefractoryNeurons(n, vReset, refractory);
        decaying = new int[n];
        decayingY = new double[n];
    }

    /** Starts a window: the amplitudes set last become the previous window's. */
    void beginWindow() {
        double[] t = ampPrev;
        ampPrev = ampNow;
        ampNow = t;
        Arrays.fill(ampNow, 0.0);
    }

    /** Sets lane {@code b}'s dc amplitudes (pA) for the window begun last. */
    void amplitudes(int b, double[] pA) {
        for (int j = 0; j < nIn; j++) {
            double a = pA[j];
            ampNow[j * lanes + b] = a;
            if (a != 0.0) {
                driven[j * lanes + b] = true;
            }
        }
    }

    /** Prepares the window of the lanes still playing ({@code on}): sorts, decays the quiet, packs the stepped. */
    void startWindow(boolean[] on) {
        classify(on);
        decay();
        gather();
    }

    /**
     * Sorts the driven inputs of the active lanes for this window: stepped (current due, refractory, or able to
     * spike: in ascending input, then lane, the kernel's emission order per lane), only decaying, or all +0 (asleep).
     */
    private void classify(boolean[] on) {
        nAwake = 0;
        nDecaying = 0;
        for (int j = 0, i = 0; j < nIn; j++) {
            for (int b = 0; b < lanes; b++, i++) {
                if (!driven[i] || !on[b]) {
                    continue;
                }
                boolean noCurrent = ampPrev[i] == 0.0 && ampNow[i] == 0.0 && raw(inY0[i]) == 0L;
                if (noCurrent && inR[i] == 0 && inY[i] < theta) {
                    if (raw(inY[i]) != 0L) {
                        decaying[nDecaying++] = i;
                    } // else all +0: the update maps it to itself
                } else {
                    awake[nAwake] = i;
                    awakeInput[nAwake] = j;
                    awakeLane[nAwake++] = b;
                }
            }
        }
    }

    private static long raw(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /**
     * The whole window of the only-decaying inputs: with y0 = +0 the update is {@code (zIn + expm1 y) + y} every
     * step (no lower bound, no threshold reachable), the same operations as {@link #step}; the steps of one
     * neuron stay in order, the neurons are independent, so the inner loop runs over neurons.
     */
    private void decay() {
        final int n = nDecaying;
        if (n == 0) {
            return;
        }
        final double[] yv = decayingY, inY = this.inY;
        final int[] idx = decaying;
        for (int q = 0; q < n; q++) {
            yv[q] = inY[idx[q]];
        }
        final double zIn = this.zIn, expm1 = this.expm1;
        for (int k = 0; k < window; k++) {
            for (int q = 0; q < n; q++) {
                yv[q] = zIn + expm1 * yv[q] + yv[q];
            }
        }
        for (int q = 0; q < n; q++) {
            inY[idx[q]] = yv[q];
        }
    }

    /** Packs the stepped inputs' state (in their ascending order) and the currents their slots get in this window. */
    private void gather() {
        refractoryInputs.clear();
        for (int q = 0; q < nAwake; q++) {
            int i = awake[q];
            gY[q] = inY[i];
            gY0[q] = inY0[i];
            gR[q] = inR[i];
            // a slot gets +0 + c from a non-zero current, else stays +0
            gCPrev[q] = ampPrev[i] != 0.0 ? ampPrev[i] : 0.0;
            gCNow[q] = ampNow[i] != 0.0 ? ampNow[i] : 0.0;
            refractoryInputs.track(q, gR[q]);
        }
    }

    /** Writes the stepped inputs back at the window's end. */
    void endWindow() {
        for (int q = 0; q < nAwake; q++) {
            int i = awake[q];
            inY[i] = gY[q];
            inY0[i] = gY0[q];
            inR[i] = gR[q];
        }
    }

    /**
     * The stepped inputs in step {@code m} of the window, as {@link LockstepNetwork} steps the hidden neurons: the
     * membrane sum {@code ((P30 (y0 + I_e) + 0) + expm1 y) + y} (the kernel's, its four +0 synaptic terms folded, see
     * {@link LockstepNetwork#covers}) for all in one loop, then {@link RefractoryNeurons}; y0 takes the slot's
     * current, the previous window's amplitude for {@code m < delay} and this window's from then on.
     */
    void step(int m, Spikes spikes) {
        final int n = nAwake;
        final double[] gY = this.gY, gY0 = this.gY0;
        final double p30 = this.p30, expm1 = this.expm1, iE = this.iE;
        for (int q = 0; q < n; q++) {
            gY[q] = p30 * (gY0[q] + iE) + 0.0 + expm1 * gY[q] + gY[q];
        }
        if (m == 0) {
            System.arraycopy(gCPrev, 0, gY0, 0, n);
        }
        if (m == delay) {
            System.arraycopy(gCNow, 0, gY0, 0, n);
        }
        refractoryInputs.countDown(gY, gR);
        int nFired = refractoryInputs.fire(gY, gR, n, theta);
        for (int k = 0; k < nFired; k++) {
            int q = refractoryInputs.fired(k);
            spikes.input(awakeInput[q], awakeLane[q]);
        }
    }
}
