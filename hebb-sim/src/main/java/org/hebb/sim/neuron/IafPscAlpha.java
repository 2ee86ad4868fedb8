package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.RingBuffer;

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
    /** Charge bound factors of lazy decay: tau_syn / C_m and tau_syn^2 / C_m per synapse type (mV per pA, per pA/ms). */
    private double[] qEx, qEx2, qIn, qIn2;
    private int[] refractoryCounts;
    /** Per neuron (or one for all): the constants of {@link #advance}, {@value #STRIDE} per neuron at these offsets. */
    private double[] coef;
    private static final int P30 = 0, P31_EX = 1, P32_EX = 2, P31_IN = 3, P32_IN = 4, EXPM1_TAU_M = 5, LOWER_BOUND = 6, P21_EX = 7, P11_EX = 8, EPSC_INIT = 9, P21_IN = 10, P11_IN = 11, IPSC_INIT = 12, THETA = 13, V_RESET = 14, REFRACTORY = 15, STRIDE = 16;

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
        wakeAll(); // a parameter or V_m changed: every neuron runs until it is proven idle again
        double h = kernel.resolution();
        mask = propagatorMask();
        int len = mask == 0 ? 1 : size;
        p11Ex = new double[len]; p21Ex = new double[len]; p11In = new double[len]; p21In = new double[len];
        p30 = new double[len]; p31Ex = new double[len]; p32Ex = new double[len]; p31In = new double[len];
        p32In = new double[len]; expm1TauM = new double[len]; epscInit = new double[len]; ipscInit = new double[len];
        theta = new double[len]; vResetRel = new double[len]; lowerBound = new double[len];
        refractoryCounts = new int[len];
        qEx = new double[len]; qEx2 = new double[len]; qIn = new double[len]; qIn2 = new double[len];
        zeroIsFixed = new boolean[len];
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
            qEx[i] = tauEx[i] / cM[i];
            qEx2[i] = tauEx[i] * tauEx[i] / cM[i];
            qIn[i] = tauIn[i] / cM[i];
            qIn2[i] = tauIn[i] * tauIn[i] / cM[i];
            zeroIsFixed[i] = finite(p) && lowerBound[i] <= 0.0 && theta[i] > 0.0;
        }
        coef = new double[len * STRIDE];
        for (int i = 0; i < len; i++) {
            double[] row = {p30[i], p31Ex[i], p32Ex[i], p31In[i], p32In[i], expm1TauM[i], lowerBound[i], p21Ex[i], p11Ex[i], epscInit[i], p21In[i], p11In[i], ipscInit[i], theta[i], vResetRel[i], refractoryCounts[i]};
            System.arraycopy(row, 0, coef, i * STRIDE, row.length);
        }
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
        double w = weight * multiplicity;
        if (w != 0.0) { // +-0 would change no bit of a slot (slots are never -0): no need to wake
            quiet.wake(local, arrivalStep);
            RingBuffer ring = w > 0.0 ? exc : inh; // iaf_psc_alpha::handle: weight > 0 excitatory, else inhibitory
            ring.data[ring.offset(arrivalStep) + local] += w;
        }
    }

    /** iaf_psc_alpha.cpp update(), in NEST's order and association. */
    @Override
    boolean advance(int i, double wEx, double wIn, double current) {
        final int o = (i & mask) * STRIDE; // one neuron's constants side by side: one bounds check, one cache line
        final double[] k = coef;
        final double ex = iEx[i], dEx = dIEx[i], in = iIn[i], dIn = dIIn[i];
        double y = y3[i];
        int ri = r[i];
        if (ri == 0) { // exact membrane propagation, left-to-right sum
            double v = k[o + P30] * (y0[i] + iE[i]) + k[o + P31_EX] * dEx + k[o + P32_EX] * ex
                    + k[o + P31_IN] * dIn + k[o + P32_IN] * in + k[o + EXPM1_TAU_M] * y + y;
            y = v < k[o + LOWER_BOUND] ? k[o + LOWER_BOUND] : v;
        } else {
            ri--;
        }
        iEx[i] = flush(k[o + P21_EX] * dEx + k[o + P11_EX] * ex); // P21*dI + P22*I with P22 = P11
        dIEx[i] = flush(dEx * k[o + P11_EX]) + k[o + EPSC_INIT] * wEx; // spikes of this step enter after the membrane update
        iIn[i] = flush(k[o + P21_IN] * dIn + k[o + P11_IN] * in);
        dIIn[i] = flush(dIn * k[o + P11_IN]) + k[o + IPSC_INIT] * wIn;
        boolean spike = y >= k[o + THETA];
        if (spike) {
            ri = (int) k[o + REFRACTORY];
            y = k[o + V_RESET];
        }
        y3[i] = y;
        r[i] = ri;
        y0[i] = current; // current of this step acts from the next step on
        return spike;
    }

    @Override
    boolean atZero(int i) {
        return (raw(y3[i]) | raw(y0[i]) | raw(iE[i]) | raw(iEx[i]) | raw(dIEx[i]) | raw(iIn[i]) | raw(dIIn[i])) == 0L;
    }

    /**
     * Without input the membrane stays below {@code max(y3, 0, V_min) + P30 y0+ + (the charge left in the alpha
     * currents) / C_m}, the charge of {@code (I + dI t) e^(-t/tau)} being at most {@code I+ tau + dI+ tau^2}.
     */
    @Override
    double peak(int i) {
        final int p = i & mask;
        return Math.max(Math.max(y3[i], 0.0), lowerBound[p]) + p30[p] * Math.max(y0[i], 0.0)
                + qEx[p] * Math.max(iEx[i], 0.0) + qEx2[p] * Math.max(dIEx[i], 0.0)
                + qIn[p] * Math.max(iIn[i], 0.0) + qIn2[p] * Math.max(dIIn[i], 0.0);
    }

    @Override
    double theta(int i) {
        return theta[i & mask];
    }

    private static long raw(double x) {
        return Double.doubleToRawLongBits(x);
    }

    @Override
    double value(int variable, int local) {
        return switch (variable) {
            case 0 -> y3[local] + eL[local];
            case 1 -> iEx[local];
            default -> iIn[local];
        };
    }
}
