package org.hebb.sim.neuron;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Common part of NEST's current-based integrate-and-fire models: the parameter table (one primitive
 * column per parameter, absolute mV values as the user sees them), the membrane state
 * {@code y3 = V_m - E_L}, the buffered external current {@code y0} and the refractory counter,
 * and NEST's validation rules.
 */
public abstract class IafGroup extends NeuronGroup {

    private static final Set<String> POSITIVE = Set.of("C_m", "tau_m", "tau_syn_ex", "tau_syn_in", "tau_minus");

    /** Parameter names in column order (sorted, without the state V_m). */
    private final List<String> names;
    /** {@code col[p][i]}: parameter {@code p} of neuron {@code i}; booleans stored as 0/1. */
    final double[][] col;
    /** The E_L column (mV), cached for reading V_m = y3 + E_L. */
    final double[] eL;
    /** The I_e column (pA), read in every step (changes act at once). */
    final double[] iE;
    /** Membrane potential relative to E_L (mV). */
    final double[] y3;
    /** External current buffered in the previous step (pA). */
    final double[] y0;
    /** Refractory steps left. */
    final int[] r;
    /** Set when a parameter changed; propagators are recomputed in {@link #prepare}. */
    boolean dirty = true;
    /** 0 for a uniform population (per-neuron constant arrays of length 1), -1 otherwise; see propagatorMask(). */
    int mask;
    /** Per neuron (or one for all): the all-zero state is a fixed point of the update (set by prepare). */
    boolean[] zeroIsFixed;
    /** Which neurons the next step updates; the others sleep at a fixed point or with their decay pending. */
    final QuietSet quiet;
    /** Whether a neuron may sleep with its decay pending (kernel status lazy_decay); else only at a fixed point. */
    private boolean lazy = true;
    /** The step the next update computes: the awake neurons' state is that of its start. */
    private long clock;

    /** {@link #rest} answers: update it in the next step, it sleeps at a fixed point, it sleeps decaying. */
    static final int AWAKE = 0, FIXED_POINT = 1, DECAYING = 2;

    protected IafGroup(int firstId, int size) {
        super(firstId, size);
        Map<String, Object> defaults = info().defaults();
        names = new ArrayList<>();
        for (String k : defaults.keySet()) {
            if (!k.equals("V_m")) {
                names.add(k);
            }
        }
        col = new double[names.size()][size];
        for (int p = 0; p < names.size(); p++) {
            Object d = defaults.get(names.get(p));
            double v = d instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) d).doubleValue();
            java.util.Arrays.fill(col[p], v);
        }
        eL = column("E_L");
        iE = column("I_e");
        y3 = new double[size];
        double vm = ((Number) defaults.get("V_m")).doubleValue();
        double el = ((Number) defaults.get("E_L")).doubleValue();
        java.util.Arrays.fill(y3, vm - el);
        y0 = new double[size];
        r = new int[size];
        quiet = new QuietSet(size);
    }

    /**
     * One step of neuron {@code i}, exactly the model's NEST update (the same operations in the same order whether
     * the step is taken on time or replayed by lazy decay), with this step's ring inputs {@code wEx}, {@code wIn}
     * (spikes) and {@code current} (pA).
     *
     * @return whether the neuron spiked
     */
    abstract boolean advance(int i, double wEx, double wIn, double current);

    /**
     * Called after a step of neuron {@code i} with no input due: {@link #FIXED_POINT} if its state is a fixed point of
     * {@link #advance} without input (every bit stays), {@link #DECAYING} if {@code lazy} and its free evolution
     * provably stays below threshold (no spike possible until an input arrives), else {@link #AWAKE}.
     */
    final int rest(int i, boolean lazy) {
        if (iE[i] != 0.0 || !mayRest(i)) {
            return AWAKE;
        }
        if (r[i] == 0 && atZero(i)) {
            return FIXED_POINT;
        }
        return lazy && belowThreshold(peak(i), theta(i)) ? DECAYING : AWAKE;
    }

    /** @return whether the all-zero state of neuron {@code i} is a fixed point and nothing is held back for it */
    boolean mayRest(int i) {
        return zeroIsFixed[i & mask];
    }

    /**
     * NEST's threshold test after the membrane update of neuron {@code i}: on a spike V_m is reset and the refractory
     * count starts; the step's current is buffered for the next step. @return whether it spiked
     */
    final boolean fire(int i, double theta, int refractorySteps, double reset, double current) {
        boolean spike = y3[i] >= theta;
        if (spike) {
            r[i] = refractorySteps;
            y3[i] = reset;
        }
        y0[i] = current;
        return spike;
    }

    /** @return whether every state variable of neuron {@code i} is +0 */
    abstract boolean atZero(int i);

    /** @return an upper bound of the free membrane trajectory of neuron {@code i} (mV relative to E_L), see the models */
    abstract double peak(int i);

    /** @return the threshold of neuron {@code i}, mV relative to E_L */
    abstract double theta(int i);

    /**
     * The upper bound test of lazy decay: {@code peak}, an upper bound of the free membrane trajectory (mV relative
     * to E_L) computed from the continuous solution, stays below {@code theta} with a margin far above the rounding
     * error of the exact-integration steps (a contraction: errors do not grow).
     */
    static boolean belowThreshold(double peak, double theta) {
        return peak + 1e-9 * (Math.abs(peak) + Math.abs(theta) + 1.0) < theta;
    }

    @Override
    public final boolean updatesInBlocks() {
        return true;
    }

    @Override
    public final void update(long step, Kernel kernel) {
        update(step, kernel, 0, size);
    }

    /**
     * The step of the awake neurons in {@code [lo, hi)} ({@code lo} a multiple of 64), in ascending order; a neuron
     * woken by an input first replays the steps it slept through. Slots holding +0 are not rewritten.
     */
    @Override
    public final void update(long step, Kernel kernel, int lo, int hi) {
        final int off = exc.offset(step), id0 = firstId;
        final double[] wEx = exc.data, wIn = inh.data, cIn = cur.data;
        final long[] awake = quiet.awake, lagging = quiet.lagging;
        final boolean lazy = this.lazy;
        for (int w = lo >>> 6, end = (hi + 63) >>> 6; w < end; w++) {
            long bits = awake[w];
            long late = bits & lagging[w];
            if (late != 0L) {
                lagging[w] &= ~late;
                for (; late != 0L; late &= late - 1) {
                    catchUp((w << 6) | Long.numberOfTrailingZeros(late), step);
                }
            }
            for (; bits != 0L; bits &= bits - 1) {
                final int i = (w << 6) | Long.numberOfTrailingZeros(bits);
                final int at = off + i;
                final double e = wEx[at], n = wIn[at], c = cIn[at];
                if ((Double.doubleToRawLongBits(e) | Double.doubleToRawLongBits(n)) != 0L) {
                    wEx[at] = 0.0;
                    wIn[at] = 0.0;
                }
                if (Double.doubleToRawLongBits(c) != 0L) {
                    cIn[at] = 0.0;
                }
                if (advance(i, e, n, c)) {
                    kernel.emitSpike(id0 + i, step, 1, 1.0);
                }
                if (quiet.nothingDueAfter(i, step)) {
                    int rest = rest(i, lazy);
                    if (rest != AWAKE) {
                        awake[w] &= ~(1L << i);
                        if (rest == DECAYING) {
                            lagging[w] |= 1L << i;
                            quiet.since[i] = step + 1;
                        }
                    }
                }
            }
        }
        if (lo == 0) {
            clock = step + 1;
        }
    }

    /** Replays the steps neuron {@code i} slept through, up to (not including) {@code step}, without input. */
    private void catchUp(int i, long step) {
        for (long s = quiet.since[i]; s < step; s++) {
            if (advance(i, 0.0, 0.0, 0.0)) { // excluded by rest(): the free trajectory stays below threshold
                throw new IllegalStateException(model() + " neuron " + (firstId + i) + " crossed threshold in step "
                        + s + " while its decay was pending (lazy decay bound violated)");
            }
        }
        quiet.since[i] = step;
    }

    @Override
    public final void settle() {
        for (int w = 0; w < quiet.lagging.length; w++) {
            for (long late = quiet.lagging[w]; late != 0L; late &= late - 1) {
                catchUp((w << 6) | Long.numberOfTrailingZeros(late), clock);
            }
        }
    }

    @Override
    public final void lazyDecay(boolean on) {
        lazy = on;
    }

    /** Wakes every neuron: parameters or V_m changed (the state was settled at the end of the last simulate). */
    final void wakeAll() {
        settle();
        quiet.wakeAll();
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        quiet.wake(local, arrivalStep);
        super.receiveSpike(local, receptor, arrivalStep, weight, multiplicity);
    }

    @Override
    public final void receiveCurrent(int local, long arrivalStep, double current) {
        if (current != 0.0) { // a +-0 current changes no bit of a slot: no need to wake
            quiet.wake(local, arrivalStep);
            super.receiveCurrent(local, arrivalStep, current);
        }
    }

    /** @return recordable {@code variable} of neuron {@code local}, its state as of the current step */
    abstract double value(int variable, int local);

    @Override
    public final double read(int variable, int local) {
        if (quiet.isLagging(local)) {
            catchUp(local, clock); // it stays asleep, now up to date
        }
        return value(variable, local);
    }

    /** @return the column of parameter {@code name} */
    final double[] column(String name) {
        return col[names.indexOf(name)];
    }

    @Override
    public Object get(int local, String name) {
        return columnOrRecordable(local, name, names, col);
    }

    @Override
    public void set(int local, Map<String, Object> params) {
        if (quiet.isLagging(local)) {
            catchUp(local, clock); // the pending decay is replayed with the parameters it was computed for
        }
        double[] before = new double[names.size()];
        for (int p = 0; p < before.length; p++) {
            before[p] = col[p][local];
        }
        double elOld = column("E_L")[local];
        try {
            for (Map.Entry<String, Object> e : params.entrySet()) {
                String name = e.getKey();
                String field = model() + "." + name;
                if (name.equals("V_m")) {
                    ParameterCheck.toDouble(field, e.getValue(), false);
                    continue;
                }
                int p = names.indexOf(name);
                if (p < 0) {
                    throw unknownParameter(name);
                }
                double v;
                if (info().defaults().get(name) instanceof Boolean) {
                    v = ParameterCheck.toBoolean(field, e.getValue()) ? 1.0 : 0.0;
                } else if (POSITIVE.contains(name)) {
                    v = ParameterCheck.positive(field, e.getValue());
                } else if (name.equals("t_ref")) {
                    v = ParameterCheck.nonNegative(field, e.getValue());
                } else {
                    v = ParameterCheck.toDouble(field, e.getValue(), name.equals("V_min"));
                    if (name.equals("V_min") && v == Double.POSITIVE_INFINITY) {
                        throw ParameterCheck.invalid(field, v, "finite or -inf");
                    }
                }
                col[p][local] = v;
            }
            double vth = column("V_th")[local];
            double vreset = column("V_reset")[local];
            if (!(vreset < vth)) { // iaf_psc_alpha.cpp: "Reset potential must be smaller than threshold."
                throw ParameterCheck.invalid(model() + ".V_reset", vreset, "< V_th = " + vth);
            }
            if (names.contains("V_min") && column("V_min")[local] > vreset) {
                throw ParameterCheck.invalid(model() + ".V_min", column("V_min")[local], "<= V_reset = " + vreset);
            }
        } catch (IllegalArgumentException ex) {
            for (int p = 0; p < before.length; p++) {
                col[p][local] = before[p];
            }
            throw ex;
        }
        double el = column("E_L")[local];
        if (params.containsKey("V_m")) {
            y3[local] = ((Number) params.get("V_m")).doubleValue() - el;
        } else {
            y3[local] -= el - elOld; // NEST keeps the absolute V_m when only E_L changes
        }
        dirty = true;
    }

    @Override
    protected java.util.Collection<String> settableNames() {
        return info().defaults().keySet();
    }

    /**
     * Index mask for the per-neuron propagator arrays: 0 when every parameter except I_e is the same for
     * all neurons (the arrays then have length 1, so the update loop streams only the state through the
     * cache), -1 otherwise. Use as {@code p[i & mask]}.
     */
    final int propagatorMask() {
        String iE = "I_e";
        for (int p = 0; p < col.length; p++) {
            if (names.get(p).equals(iE)) {
                continue;
            }
            double[] c = col[p];
            for (int i = 1; i < size; i++) {
                if (Double.doubleToRawLongBits(c[i]) != Double.doubleToRawLongBits(c[0])) {
                    return -1;
                }
            }
        }
        return 0;
    }

    /** Refractory period in steps, rounded like NEST's Time(ms(t_ref)). */
    static int refractorySteps(double tRef, double h) {
        return (int) Math.round(tRef / h);
    }
}
