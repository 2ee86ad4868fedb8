package org.hebb.learn.task;

import java.util.Arrays;

import org.hebb.sim.IafPscAlphaUpdate;

import static org.hebb.sim.IafPscAlphaUpdate.flush;

/**
 * {@link SpikingController}'s network for a block of lanes (one episode each) integrated together, every lane with its
 * own weights and input currents. The state is laid out neuron-major, lane-minor ({@code [neuron * lanes + lane]}), so
 * the inner loops run over lanes. Each neuron does exactly the floating-point operations of the kernel's
 * {@code IafPscAlpha.updateUniform} (NEST's iaf_psc_alpha.cpp update order), and each input slot receives its
 * spikes in the kernel's delivery order (ascending sender id), so every lane reproduces the kernel bit for bit.
 *
 * <p>What the task layer's shape allows, and the kernel cannot know:
 * <ul>
 *   <li>input neurons receive only their dc current ({@link LockstepInputs});</li>
 *   <li>hidden and output neurons receive no current, so {@code P30 (y0 + I_e)} is the constant
 *       {@code P30 (+0 + +0)};</li>
 *   <li>a dc amplitude set at a window's start reaches the slot of step {@code k} when {@code k - delay} lies in that
 *       window (sent every step from the window's first, stored {@code delay} steps later): no current ring.</li>
 * </ul>
 */
final class LockstepNetwork {

    /** Receives every spike of a lane: neuron numbered inputs, hidden, outputs; stamp = step + 1 as the kernel's. */
    interface SpikeSink {
        void spike(int lane, int neuron, long stamp);
    }

    private final int nIn, nHid, nOut, nNext, nDown, lanes, delay, window, ring, refractory;
    private final double expm1, theta, vReset, lowerBound, z30, eL;
    private final double p31Ex, p32Ex, p31In, p32In, p11Ex, p21Ex, p11In, p21In, epscInit, ipscInit;
    private final LockstepInputs inputs;
    private final LockstepInputs.Spikes inputSpikes;
    private SpikeSink sink;
    /** The refractory hidden and output neurons; valid in a window without flush. */
    private final RefractoryNeurons refractoryNeurons;
    /** The neuron and the lane of a state index (no division in the spike path). */
    private final int[] neuronOf, laneOf;
    /** Every non-zero synaptic current at a window's start at least this large: no flush can act in the window. */
    private final double safeCurrent;
    private final boolean alwaysFlush;
    /** The smallest non-zero |weight| of any lane. */
    private double smallestWeight = Double.POSITIVE_INFINITY;
    // hidden then output neurons, [m * lanes + b]
    private final double[] y, iEx, dIEx, iIn, dIIn;
    /** Input slots per step of the ring, each indexed like the state: {@code [slot][m * lanes + b]}. */
    private final double[][] ringEx, ringIn;
    private final int[] r;
    // weights split by sign (+0 in the other array): adding +0 to a slot that is +0 or of the weight's sign changes
    // no bit, so every spike adds to both slots without a branch, as the kernel adds to one (iaf_psc_alpha::handle)
    private final double[] wInEx, wInIn;   // [(b * nIn + j) * nNext + t]
    private final double[] wHidEx, wHidIn; // [(b * nHid + h) * nOut + o]
    /** The ring slot that spikes emitted in this step reach. */
    private int arrival;
    private final int[] counts;   // [b * nOut + o]
    private final int[] active;
    private final boolean[] on;
    private int nActive;
    private long step;

    /** Whether this integrator reproduces the kernel for {@code task}'s network; else the caller uses the kernel. */
    static boolean covers(Task task) {
        double h = task.resolutionMs();
        IafPscAlphaUpdate u = IafPscAlphaUpdate.defaults(Task.DELAY_MS, h);
        for (double v : u.propagators()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        long delay = IafPscAlphaUpdate.steps("delay", Task.DELAY_MS, h);
        long window = IafPscAlphaUpdate.steps("step_ms", task.stepMs(), h);
        for (double p : new double[] {u.p31Ex(), u.p32Ex(), u.p31In(), u.p32In()}) {
            if (Double.doubleToRawLongBits(p * 0.0) != 0L) {
                return false; // a -0 term could turn the input neurons' sum's -0 into +0: not the shortened sum
            }
        }
        boolean restStart = Double.doubleToRawLongBits(u.y3Start()) == 0L; // never-driven inputs stay +0
        // no lower bound (V_min = -inf); a decaying input below threshold stays below it (theta > 0); reset < theta
        boolean bounds = u.lowerBound() == Double.NEGATIVE_INFINITY && u.theta() > 0 && u.vReset() < u.theta();
        return delay >= 1 && delay <= window && u.iE() == 0.0 && u.p30() > 0.0 && restStart && bounds;
    }

    LockstepNetwork(Task task, int lanes) {
        this(task, lanes, false);
    }

    /** @param alwaysFlush take the path with the kernel's flush in every window (tests compare both paths) */
    LockstepNetwork(Task task, int lanes, boolean alwaysFlush) {
        this.lanes = lanes;
        this.alwaysFlush = alwaysFlush;
        nIn = task.inputs();
        nHid = task.hiddenNeurons();
        nOut = task.outputs();
        nNext = nHid == 0 ? nOut : nHid;
        nDown = nHid + nOut;
        double h = task.resolutionMs();
        delay = (int) IafPscAlphaUpdate.steps("delay", Task.DELAY_MS, h);
        window = (int) IafPscAlphaUpdate.steps("step_ms", task.stepMs(), h);
        ring = delay + 1; // an input d >= 1 steps ahead never lands in the slot being read
        IafPscAlphaUpdate u = IafPscAlphaUpdate.defaults(Task.DELAY_MS, h); // SpikingController: t_ref = 1 ms
        refractory = u.refractorySteps();
        p11Ex = u.p11Ex();
        p11In = u.p11In();
        p21Ex = u.p21Ex();
        p21In = u.p21In();
        double p30 = u.p30();
        p31Ex = u.p31Ex();
        p31In = u.p31In();
        p32Ex = u.p32Ex();
        p32In = u.p32In();
        expm1 = u.expm1TauM();
        epscInit = u.epscInit();
        ipscInit = u.ipscInit();
        theta = u.theta();
        vReset = u.vReset();
        lowerBound = u.lowerBound();
        eL = u.eL();
        double iE = u.iE();
        z30 = p30 * (0.0 + iE); // y0 + I_e of a neuron that never receives current
        // all terms of a current pair have one sign, so dI' >= P11 dI and I' >= max(P11 I, P21 dI): over a window a
        // non-zero current shrinks by at most min(1, P21/P11) P11^(steps + 1)
        double shrink = Math.min(1.0, Math.min(p21Ex / p11Ex, p21In / p11In))
                * Math.pow(Math.min(p11Ex, p11In), window + 1);
        safeCurrent = shrink > 0 ? 4e-300 / shrink : Double.POSITIVE_INFINITY;
        inputs = new LockstepInputs(nIn, lanes, delay, window, refractory, p30, expm1, theta, vReset, iE);
        inputSpikes = this::inputSpike;
        refractoryNeurons = new RefractoryNeurons(nDown * lanes, vReset, refractory);
        neuronOf = new int[nDown * lanes];
        laneOf = new int[nDown * lanes];
        for (int i = 0; i < nDown * lanes; i++) {
            neuronOf[i] = i / lanes;
            laneOf[i] = i % lanes;
        }
        y = new double[nDown * lanes];
        iEx = new double[nDown * lanes];
        dIEx = new double[nDown * lanes];
        iIn = new double[nDown * lanes];
        dIIn = new double[nDown * lanes];
        r = new int[nDown * lanes];
        ringEx = new double[ring][nDown * lanes];
        ringIn = new double[ring][nDown * lanes];
        wInEx = new double[lanes * nIn * nNext];
        wInIn = new double[lanes * nIn * nNext];
        wHidEx = new double[lanes * nHid * nOut];
        wHidIn = new double[lanes * nHid * nOut];
        counts = new int[lanes * nOut];
        active = new int[lanes];
        on = new boolean[lanes];
        for (int b = 0; b < lanes; b++) {
            active[b] = b;
            on[b] = true;
        }
        nActive = lanes;
    }

    /**
     * Sets lane {@code b}'s weights as {@link SpikingController} makes them: {@code clip(gene, ±bound) × scale}, the
     * genome's blocks row-major with the target as row (one block per input dimension, or one for all inputs).
     */
    void weights(int b, double[] genome, Task task) {
        double bound = task.weightBound();
        double scale = task.weightScalePa();
        int blockSize = task.layout() == Task.Layout.PER_DIMENSION ? task.perDimension() : nIn;
        for (int j = 0; j < nIn; j++) {
            int block = j / blockSize;
            int first = block * blockSize * nNext; // the genes of the blocks before
            for (int t = 0; t < nNext; t++) {
                double g = genome[first + t * blockSize + (j - block * blockSize)];
                split(Math.min(bound, Math.max(-bound, g)) * scale, wInEx, wInIn, (b * nIn + j) * nNext + t);
            }
        }
        int first = nNext * nIn;
        for (int o = 0; o < nOut; o++) {
            for (int hh = 0; hh < nHid; hh++) {
                double g = genome[first + o * nHid + hh];
                split(Math.min(bound, Math.max(-bound, g)) * scale, wHidEx, wHidIn, (b * nHid + hh) * nOut + o);
            }
        }
    }

    /** weight &gt; 0 excitatory, else inhibitory; a ±0 weight is left out (IafPscAlpha.receiveSpike): +0 in both. */
    private void split(double w, double[] ex, double[] in, int k) {
        if (w != 0.0) {
            smallestWeight = Math.min(smallestWeight, Math.abs(w));
        }
        ex[k] = w > 0.0 ? w : 0.0;
        in[k] = w < 0.0 ? w : 0.0;
    }

    /** Starts a window: the amplitudes set last become the previous window's. */
    void beginWindow() {
        inputs.beginWindow();
    }

    /** Sets lane {@code b}'s dc amplitudes (pA) for the window begun last. */
    void amplitudes(int b, double[] pA) {
        inputs.amplitudes(b, pA);
    }

    /** Ends lane {@code b}'s episode: it is not simulated any more. */
    void retire(int b) {
        on[b] = false;
        int n = 0;
        for (int q = 0; q < nActive; q++) {
            if (active[q] != b) {
                active[n++] = active[q];
            }
        }
        nActive = n;
    }

    /** @return lanes still playing */
    int activeLanes() {
        return nActive;
    }

    /** @return the lane of the {@code q}-th active lane */
    int activeLane(int q) {
        return active[q];
    }

    /** @return the output neuron spikes of lane {@code b} in the last window, written to {@code out} */
    void counts(int b, int[] out) {
        System.arraycopy(counts, b * nOut, out, 0, nOut);
    }

    /**
     * The state the kernel reads as {@code V_m}, {@code I_syn_ex}, {@code I_syn_in} (variable 0, 1, 2) of lane
     * {@code b}'s neuron (inputs, hidden, outputs numbered from 0), for tests against the kernel.
     */
    double read(int variable, int b, int neuron) {
        if (neuron < nIn) {
            return variable == 0 ? inputs.inY[neuron * lanes + b] + eL : 0.0;
        }
        int i = (neuron - nIn) * lanes + b;
        return switch (variable) {
            case 0 -> y[i] + eL;
            case 1 -> iEx[i];
            default -> iIn[i];
        };
    }

    /** Simulates one window of every active lane. */
    void simulateWindow(SpikeSink sink) {
        inputs.startWindow(on);
        this.sink = sink;
        for (int q = 0; q < nActive; q++) {
            Arrays.fill(counts, active[q] * nOut, active[q] * nOut + nOut, 0);
        }
        boolean safe = currentsSafe();
        if (safe) {
            refractoryNeurons.clear();
            for (int i = 0; i < r.length; i++) {
                refractoryNeurons.track(i, r[i]);
            }
        }
        for (int m = 0; m < window; m++, step++) {
            arrival = (int) ((step + delay) % ring);
            inputs.step(m, inputSpikes);
            if (safe) {
                updateDownstreamUnflushed(sink);
            } else {
                updateDownstream(sink);
            }
        }
        inputs.endWindow();
    }

    /**
     * Whether no flush can act in this window: every non-zero synaptic current of an active lane, and every
     * non-zero weight, is so large that a window of decay keeps it above 1e-300.
     */
    private boolean currentsSafe() {
        if (alwaysFlush || smallestWeight < safeCurrent) {
            return false;
        }
        double[][] currents = {iEx, dIEx, iIn, dIIn};
        for (double[] c : currents) {
            for (int m = 0; m < nDown; m++) {
                for (int q = 0; q < nActive; q++) {
                    double x = c[m * lanes + active[q]];
                    if (x != 0.0 && Math.abs(x) < safeCurrent) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void inputSpike(int j, int b) {
        final double[] ringEx = this.ringEx[arrival], ringIn = this.ringIn[arrival], wEx = this.wInEx, wIn = this.wInIn;
        final int base = b, w0 = (b * nIn + j) * nNext;
        for (int t = 0; t < nNext; t++) {
            ringEx[base + t * lanes] += wEx[w0 + t];
            ringIn[base + t * lanes] += wIn[w0 + t];
        }
        if (sink != null) {
            sink.spike(b, j, step + 1);
        }
    }

    /**
     * {@link #updateDownstream} where no flush can act ({@link #currentsSafe}): flush(x) is x for every value formed,
     * so it is left out, and the arithmetic of all hidden and output neurons of all lanes runs in loops with one store
     * and no branch (vectorized). The membrane sum is stored for every neuron; a refractory one then gets back its
     * V_reset (it has held V_reset since its spike) and counts down; a last pass tests the threshold and emits, in
     * ascending neuron then lane order.
     */
    private void updateDownstreamUnflushed(SpikeSink sink) {
        final double[] y = this.y, iEx = this.iEx, dIEx = this.dIEx, iIn = this.iIn, dIIn = this.dIIn;
        final int slot = (int) (step % ring);
        final double[] ringEx = this.ringEx[slot], ringIn = this.ringIn[slot];
        final int[] r = this.r;
        final double z30 = this.z30, p31Ex = this.p31Ex, p32Ex = this.p32Ex, p31In = this.p31In, p32In = this.p32In;
        final double expm1 = this.expm1, theta = this.theta;
        final double p11Ex = this.p11Ex, p21Ex = this.p21Ex, p11In = this.p11In, p21In = this.p21In;
        final double epscInit = this.epscInit, ipscInit = this.ipscInit;
        final int n = nDown * lanes;
        // in the order of the kernel's reads: V from the old currents, then I before dI
        for (int i = 0; i < n; i++) {
            y[i] = z30 + p31Ex * dIEx[i] + p32Ex * iEx[i] + p31In * dIIn[i] + p32In * iIn[i] + expm1 * y[i] + y[i];
        }
        for (int i = 0; i < n; i++) {
            iEx[i] = p21Ex * dIEx[i] + p11Ex * iEx[i];
        }
        for (int i = 0; i < n; i++) {
            dIEx[i] = dIEx[i] * p11Ex + epscInit * ringEx[i];
        }
        for (int i = 0; i < n; i++) {
            iIn[i] = p21In * dIIn[i] + p11In * iIn[i];
        }
        for (int i = 0; i < n; i++) {
            dIIn[i] = dIIn[i] * p11In + ipscInit * ringIn[i];
        }
        Arrays.fill(ringEx, 0.0);
        Arrays.fill(ringIn, 0.0);
        refractoryNeurons.countDown(y, r);
        int nFired = refractoryNeurons.fire(y, r, n, theta);
        final boolean[] on = this.on;
        for (int k = 0; k < nFired; k++) {
            final int i = refractoryNeurons.fired(k), m = neuronOf[i], b = laneOf[i];
            if (on[b]) {
                downstreamSpike(m, b, sink);
            }
        }
    }

    /**
     * Hidden then output neurons of one step: IafPscAlpha.updateUniform's operations, lane by lane. The membrane sum
     * is formed for a refractory neuron too and then not used (no effect but time), so the loop has no branch; the
     * threshold is tested in a second pass, which emits in ascending lane order as one neuron's spikes need no order.
     */
    private void updateDownstream(SpikeSink sink) {
        final double[] y = this.y, iEx = this.iEx, dIEx = this.dIEx, iIn = this.iIn, dIIn = this.dIIn;
        final double[] ringEx = this.ringEx[(int) (step % ring)], ringIn = this.ringIn[(int) (step % ring)];
        final int[] r = this.r;
        final double z30 = this.z30, p31Ex = this.p31Ex, p32Ex = this.p32Ex, p31In = this.p31In, p32In = this.p32In;
        final double expm1 = this.expm1, lowerBound = this.lowerBound, theta = this.theta, vReset = this.vReset;
        final double p11Ex = this.p11Ex, p21Ex = this.p21Ex, p11In = this.p11In, p21In = this.p21In;
        final double epscInit = this.epscInit, ipscInit = this.ipscInit;
        final int lanes = this.lanes, refractory = this.refractory;
        final boolean[] on = this.on;
        for (int m = 0; m < nDown; m++) {
            final int row = m * lanes;
            for (int i = row, s = row; i < row + lanes; i++, s++) {
                final double ex = iEx[i], dEx = dIEx[i], in = iIn[i], dIn = dIIn[i], yv = y[i];
                final int ri = r[i];
                final double v = z30 + p31Ex * dEx + p32Ex * ex + p31In * dIn + p32In * in + expm1 * yv + yv;
                y[i] = ri == 0 ? (v < lowerBound ? lowerBound : v) : yv;
                r[i] = ri == 0 ? 0 : ri - 1;
                final double wE = ringEx[s], wI = ringIn[s];
                iEx[i] = flush(p21Ex * dEx + p11Ex * ex);
                dIEx[i] = flush(dEx * p11Ex) + epscInit * wE;
                iIn[i] = flush(p21In * dIn + p11In * in);
                dIIn[i] = flush(dIn * p11In) + ipscInit * wI;
                ringEx[s] = 0.0;
                ringIn[s] = 0.0;
            }
            for (int b = 0, i = row; b < lanes; b++, i++) {
                if (y[i] >= theta) {
                    y[i] = vReset;
                    r[i] = refractory;
                    if (on[b]) {
                        downstreamSpike(m, b, sink);
                    }
                }
            }
        }
    }

    private void downstreamSpike(int m, int b, SpikeSink sink) {
        if (m < nHid) {
            final double[] ringEx = this.ringEx[arrival], ringIn = this.ringIn[arrival];
            final double[] wEx = this.wHidEx, wIn = this.wHidIn;
            final int base = nHid * lanes + b, w0 = (b * nHid + m) * nOut;
            for (int o = 0; o < nOut; o++) {
                ringEx[base + o * lanes] += wEx[w0 + o];
                ringIn[base + o * lanes] += wIn[w0 + o];
            }
        } else {
            counts[b * nOut + m - nHid]++;
        }
        if (sink != null) {
            sink.spike(b, nIn + m, step + 1);
        }
    }
}
