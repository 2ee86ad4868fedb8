package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * NEST's {@code iaf_psc_alpha}: leaky integrate-and-fire neuron with alpha-shaped postsynaptic currents,
 * integrated exactly (Rotter &amp; Diesmann 1999); the update order follows models/iaf_psc_alpha.cpp.
 * A spike of weight {@code w} pA gives the current {@code w (t/tau_syn) e^(1 - t/tau_syn)}.
 */
public final class IafPscAlpha extends IafGroup {

    public static final ModelInfo INFO = new ModelInfo("iaf_psc_alpha", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("C_m", 250.0), Map.entry("E_L", -70.0), Map.entry("I_e", 0.0),
            Map.entry("V_m", -70.0), Map.entry("V_min", Double.NEGATIVE_INFINITY), Map.entry("V_reset", -70.0),
            Map.entry("V_th", -55.0), Map.entry("t_ref", 2.0), Map.entry("tau_m", 10.0),
            Map.entry("tau_minus", 20.0), Map.entry("tau_syn_ex", 2.0), Map.entry("tau_syn_in", 2.0)),
            List.of("V_m", "I_syn_ex", "I_syn_in"));

    /** Names of the entries of {@link #propagators}, as in the golden propagators.csv. */
    static final List<String> PROPAGATOR_NAMES = List.of("P11_ex=P22_ex", "P11_in=P22_in", "P21_ex", "P21_in",
            "P30", "P31_ex", "P31_in", "P32_ex", "P32_in", "P33", "expm1_tau_m", "EPSCInitialValue", "IPSCInitialValue");

    final double[] iEx = new double[size];
    final double[] dIEx = new double[size];
    final double[] iIn = new double[size];
    final double[] dIIn = new double[size];
    private double[] p11Ex, p21Ex, p11In, p21In, p30, p31Ex, p32Ex, p31In, p32In, expm1TauM, epscInit, ipscInit;
    private double[] theta, vResetRel, lowerBound;
    private int[] refractoryCounts;
    /** 0 for a uniform population (propagator arrays of length 1), -1 otherwise; see propagatorMask(). */
    private int mask;
    /** Neurons not awake have their whole state +0 and no input due: their update would write the same bits. */
    private final AwakeSet awake = new AwakeSet(size);
    /** Whether the all-zero state is a fixed point of the uniform update (finite propagators, V_min &lt;= E_L &lt; V_th). */
    private boolean canSleep;
    /** Every uniform propagator finite: all-+0 currents with empty input slots then stay +0 bit for bit. */
    private boolean finiteUniform;

    public IafPscAlpha(int firstId, int size) {
        super(firstId, size);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    /** iaf_psc_alpha::pre_run_hook, in the order and association NEST evaluates it. */
    static double[] propagators(double tauM, double cM, double tauSynEx, double tauSynIn, double h) {
        double p11Ex = Math.exp(-h / tauSynEx);
        double p11In = Math.exp(-h / tauSynIn);
        double expm1TauM = Propagators.expm1(-h / tauM);
        return new double[] {p11Ex, p11In, h * p11Ex, h * p11In,
            -tauM / cM * expm1TauM,
            Propagators.p31(tauSynEx, tauM, cM, h), Propagators.p31(tauSynIn, tauM, cM, h),
            Propagators.p32(tauSynEx, tauM, cM, h), Propagators.p32(tauSynIn, tauM, cM, h),
            Math.exp(-h / tauM), expm1TauM, Math.E / tauSynEx, Math.E / tauSynIn};
    }

    @Override
    public void prepare(Kernel kernel) {
        if (!dirty && p30 != null) {
            return;
        }
        double h = kernel.resolution();
        mask = propagatorMask();
        int len = mask == 0 ? 1 : size;
        p11Ex = new double[len]; p21Ex = new double[len]; p11In = new double[len]; p21In = new double[len];
        p30 = new double[len]; p31Ex = new double[len]; p32Ex = new double[len]; p31In = new double[len];
        p32In = new double[len]; expm1TauM = new double[len]; epscInit = new double[len]; ipscInit = new double[len];
        theta = new double[len]; vResetRel = new double[len]; lowerBound = new double[len];
        refractoryCounts = new int[len];
        double[] tauM = column("tau_m"), cM = column("C_m"), tauEx = column("tau_syn_ex"), tauIn = column("tau_syn_in");
        double[] el = column("E_L"), vTh = column("V_th"), vReset = column("V_reset"), vMin = column("V_min"), tRef = column("t_ref");
        double[] p = null;
        for (int i = 0; i < len; i++) {
            if (p == null || tauM[i] != tauM[i - 1] || cM[i] != cM[i - 1] || tauEx[i] != tauEx[i - 1] || tauIn[i] != tauIn[i - 1]) {
                p = propagators(tauM[i], cM[i], tauEx[i], tauIn[i], h);
            }
            p11Ex[i] = p[0]; p11In[i] = p[1]; p21Ex[i] = p[2]; p21In[i] = p[3]; p30[i] = p[4];
            p31Ex[i] = p[5]; p31In[i] = p[6]; p32Ex[i] = p[7]; p32In[i] = p[8]; expm1TauM[i] = p[10];
            epscInit[i] = p[11]; ipscInit[i] = p[12];
            theta[i] = vTh[i] - el[i];
            vResetRel[i] = vReset[i] - el[i];
            lowerBound[i] = vMin[i] - el[i];
            refractoryCounts[i] = refractorySteps(tRef[i], h);
        }
        awake.wakeAll(); // a parameter or V_m changed: every neuron runs until it is proven idle again
        finiteUniform = mask == 0 && finite(p11Ex[0], p21Ex[0], p11In[0], p21In[0], p30[0],
                p31Ex[0], p32Ex[0], p31In[0], p32In[0], expm1TauM[0], epscInit[0], ipscInit[0]);
        canSleep = finiteUniform && lowerBound[0] <= 0.0 && theta[0] > 0.0;
        dirty = false;
    }

    private static boolean finite(double... v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        if (weight * multiplicity != 0.0) { // +-0 would change no bit of a slot (slots are never -0): no need to wake
            wake(local, arrivalStep);
            super.receiveSpike(local, receptor, arrivalStep, weight, multiplicity);
        }
    }

    @Override
    public void receiveCurrent(int local, long arrivalStep, double current) {
        if (current != 0.0) {
            wake(local, arrivalStep);
            super.receiveCurrent(local, arrivalStep, current);
        }
    }

    private void wake(int local, long arrivalStep) {
        awake.wake(local, arrivalStep);
    }

    @Override
    public void update(long step, Kernel kernel) {
        if (mask == 0) {
            updateUniform(step, kernel);
        } else {
            updateMixed(step, kernel);
        }
    }

    private static long raw(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /**
     * The update of a population whose parameters (but I_e) are all equal: the propagators are loop constants.
     * Every array lives in a local, so the JIT keeps nothing in memory across the emitSpike call. Stores that
     * would rewrite the bits already there are left out (less memory traffic); sleeping neurons are skipped.
     */
    private void updateUniform(long step, Kernel kernel) {
        final int off = exc.offset(step), n = size, id0 = firstId;
        final double[] wEx = exc.data, wIn = inh.data, cIn = cur.data;
        final double[] y3 = this.y3, y0 = this.y0, iE = this.iE;
        final double[] iEx = this.iEx, dIEx = this.dIEx, iIn = this.iIn, dIIn = this.dIIn;
        final int[] r = this.r;
        final double p30 = this.p30[0], p31Ex = this.p31Ex[0], p32Ex = this.p32Ex[0], p31In = this.p31In[0], p32In = this.p32In[0];
        final double expm1TauM = this.expm1TauM[0], lowerBound = this.lowerBound[0], theta = this.theta[0], vReset = this.vResetRel[0];
        final double p11Ex = this.p11Ex[0], p21Ex = this.p21Ex[0], p11In = this.p11In[0], p21In = this.p21In[0];
        final double epscInit = this.epscInit[0], ipscInit = this.ipscInit[0];
        final int refractory = refractoryCounts[0];
        final AwakeSet awake = this.awake;
        final boolean[] on = awake.flags;
        final boolean canSleep = this.canSleep, finite = finiteUniform;
        if (awake.count == 0) {
            return; // every neuron idle: no update would change a bit
        }
        for (int i = 0; i < n; i++) {
            if (on[i]) {
                final double ex = iEx[i], dEx = dIEx[i], in = iIn[i], dIn = dIIn[i];
                final double wE = wEx[off + i], wI = wIn[off + i];
                double y = y3[i];
                int ri = r[i];
                if (ri == 0) { // same terms, same left-to-right order as updateMixed (and NEST)
                    double v = p30 * (y0[i] + iE[i]) + p31Ex * dEx + p32Ex * ex + p31In * dIn + p32In * in + expm1TauM * y + y;
                    y = v < lowerBound ? lowerBound : v;
                } else {
                    ri--;
                }
                if (!finite || (raw(ex) | raw(dEx) | raw(in) | raw(dIn) | raw(wE) | raw(wI)) != 0L) { // else all stay +0
                    iEx[i] = flush(p21Ex * dEx + p11Ex * ex);
                    dIEx[i] = flush(dEx * p11Ex) + epscInit * wE;
                    iIn[i] = flush(p21In * dIn + p11In * in);
                    dIIn[i] = flush(dIn * p11In) + ipscInit * wI;
                    wEx[off + i] = 0.0;
                    wIn[off + i] = 0.0;
                }
                if (y >= theta) {
                    ri = refractory;
                    y = vReset;
                    kernel.emitSpike(id0 + i, step, 1, 1.0);
                }
                y3[i] = y;
                r[i] = ri;
                final double c = cIn[off + i];
                y0[i] = c; // current of this step acts from the next step on
                if (raw(c) != 0L) {
                    cIn[off + i] = 0.0; // a +0 slot is left as it is
                }
                if (canSleep && ri == 0 && (raw(y) | raw(c)) == 0L && (raw(iE[i]) | raw(iEx[i]) | raw(dIEx[i]) | raw(iIn[i])
                        | raw(dIIn[i])) == 0L && awake.nothingDueAfter(i, step)) {
                    awake.sleep(i); // all state +0, nothing due: the update maps it to itself (see canSleep)
                }
            }
        }
    }

    /** The update with per-neuron propagators (a population with mixed parameters). */
    private void updateMixed(long step, Kernel kernel) {
        final int off = exc.offset(step), n = size, id0 = firstId;
        final double[] wEx = exc.data, wIn = inh.data, cIn = cur.data;
        final double[] y3 = this.y3, y0 = this.y0, iE = this.iE;
        final double[] iEx = this.iEx, dIEx = this.dIEx, iIn = this.iIn, dIIn = this.dIIn;
        final int[] r = this.r;
        final double[] p30 = this.p30, p31Ex = this.p31Ex, p32Ex = this.p32Ex, p31In = this.p31In, p32In = this.p32In;
        final double[] expm1TauM = this.expm1TauM, lowerBound = this.lowerBound, theta = this.theta, vResetRel = this.vResetRel;
        final double[] p11Ex = this.p11Ex, p21Ex = this.p21Ex, p11In = this.p11In, p21In = this.p21In;
        final double[] epscInit = this.epscInit, ipscInit = this.ipscInit;
        final int[] refractoryCounts = this.refractoryCounts;
        for (int i = 0; i < n; i++) {
            final double ex = iEx[i], dEx = dIEx[i], in = iIn[i], dIn = dIIn[i];
            double y = y3[i];
            int ri = r[i];
            if (ri == 0) { // iaf_psc_alpha.cpp update(): exact membrane propagation, left-to-right sum
                double v = p30[i] * (y0[i] + iE[i]) + p31Ex[i] * dEx + p32Ex[i] * ex
                        + p31In[i] * dIn + p32In[i] * in + expm1TauM[i] * y + y;
                y = v < lowerBound[i] ? lowerBound[i] : v;
            } else {
                ri--;
            }
            iEx[i] = flush(p21Ex[i] * dEx + p11Ex[i] * ex); // P21*dI + P22*I with P22 = P11
            dIEx[i] = flush(dEx * p11Ex[i]) + epscInit[i] * wEx[off + i]; // spikes of this step enter after the membrane update
            iIn[i] = flush(p21In[i] * dIn + p11In[i] * in);
            dIIn[i] = flush(dIn * p11In[i]) + ipscInit[i] * wIn[off + i];
            wEx[off + i] = 0.0;
            wIn[off + i] = 0.0;
            if (y >= theta[i]) {
                ri = refractoryCounts[i];
                y = vResetRel[i];
                kernel.emitSpike(id0 + i, step, 1, 1.0);
            }
            y3[i] = y;
            r[i] = ri;
            y0[i] = cIn[off + i]; // current of this step acts from the next step on
            cIn[off + i] = 0.0;
        }
    }

    @Override
    public double read(int variable, int local) {
        return switch (variable) {
            case 0 -> y3[local] + eL[local];
            case 1 -> iEx[local];
            default -> iIn[local];
        };
    }
}
