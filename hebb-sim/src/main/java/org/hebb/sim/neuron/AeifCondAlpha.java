package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code aeif_cond_alpha} (models/aeif_cond_alpha.cpp; Brette &amp; Gerstner 2005, AdEx) with alpha-shaped
 * conductances: {@code C_m dV/dt = -g_L (V - E_L) + g_L Delta_T exp((V - V_th)/Delta_T) - g_ex (V - E_ex)
 * - g_in (V - E_in) - w + I_e + I_stim}, {@code tau_w dw/dt = a (V - E_L) - w}, V read as {@code min(V, V_peak)}
 * (V_reset while refractory). GSL's RKF45 with {@code control_yp_new(gsl_error_tol, gsl_error_tol)}. Threshold,
 * reset and adaptation act inside the integration loop, after each GSL step: NEST's numerical-instability error
 * for V_m &lt; -1e3 mV or |w| &gt; 1e6 pA; V_m held at V_reset while refractory; {@code V_m >= V_peak} (V_th when
 * Delta_T = 0) resets V_m, adds b to w, starts the refractory count (t_ref/h + 1, or 0) and spikes — so several
 * spikes per step are possible. After the loop: the count decrements, the spikes of the step enter
 * {@code dg += w e / tau_syn}, the current is buffered.
 */
public final class AeifCondAlpha extends ConductanceGroup {

    public static final ModelInfo INFO = new ModelInfo("aeif_cond_alpha", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("C_m", 281.0), Map.entry("Delta_T", 2.0), Map.entry("E_L", -70.6), Map.entry("E_ex", 0.0),
            Map.entry("E_in", -85.0), Map.entry("I_e", 0.0), Map.entry("V_m", -70.6), Map.entry("V_peak", 0.0),
            Map.entry("V_reset", -60.0), Map.entry("V_th", -50.4), Map.entry("a", 4.0), Map.entry("b", 80.5),
            Map.entry("g_L", 30.0), Map.entry("gsl_error_tol", 1e-6), Map.entry("t_ref", 0.0),
            Map.entry("tau_syn_ex", 0.2), Map.entry("tau_syn_in", 2.0), Map.entry("tau_w", 144.0),
            Map.entry("g_ex", 0.0), Map.entry("g_in", 0.0), Map.entry("dg_ex", 0.0), Map.entry("dg_in", 0.0),
            Map.entry("w", 0.0), Map.entry("tau_minus", 20.0)),
            List.of("V_m", "w", "g_ex", "g_in"));

    /** {@code log(DBL_MAX / 1e20)}: NEST's bound on (V_peak - V_th) / Delta_T, so exp() cannot overflow at a spike. */
    static final double MAX_EXP_ARG = Math.log(Double.MAX_VALUE / 1e20);

    private static final int V = 0, DG_EX = 1, G_EX = 2, DG_IN = 3, G_IN = 4, W = 5;

    private final double[] vm = column("V_m"), gEx = column("g_ex"), gIn = column("g_in"), w = column("w");
    private final double[] cM = column("C_m"), eL = column("E_L"), eEx = column("E_ex"), eIn = column("E_in"), iE = column("I_e");
    private final double[] vReset = column("V_reset"), vTh = column("V_th"), vPeakParam = column("V_peak"), gL = column("g_L");
    private final double[] deltaT = column("Delta_T"), a = column("a"), b = column("b"), tauW = column("tau_w"), tRef = column("t_ref");
    private final double[] tauEx = column("tau_syn_ex"), tauIn = column("tau_syn_in"), tol = column("gsl_error_tol");
    private int[] refractoryCounts = new int[0];
    private double[] vPeak = new double[0], g0Ex = new double[0], g0In = new double[0];

    public AeifCondAlpha(int firstId, int size, double h) {
        super(firstId, size, h, 1e-6, 1e-6, 0.0, 1.0, "V_m", "dg_ex", "g_ex", "dg_in", "g_in", "w"); // State_::StateVecElems
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    protected void validate(int local) { // aeif_cond_alpha::Parameters_::set and State_::set, in their order
        double vReset = value(local, "V_reset"), vPeak = value(local, "V_peak"), vTh = value(local, "V_th");
        double deltaT = value(local, "Delta_T");
        if (vReset >= vPeak) {
            throw ParameterCheck.invalid(model() + ".V_reset", vReset, "< V_peak = " + vPeak);
        }
        if (deltaT < 0.0) {
            throw ParameterCheck.invalid(model() + ".Delta_T", deltaT, ">= 0");
        }
        if (deltaT > 0.0 && (vPeak - vTh) / deltaT >= MAX_EXP_ARG) {
            throw ParameterCheck.invalid(model() + ".Delta_T", deltaT, "> (V_peak - V_th) / " + MAX_EXP_ARG
                    + " = " + (vPeak - vTh) / MAX_EXP_ARG + " (exp would overflow at a spike)");
        }
        if (vPeak < vTh) {
            throw ParameterCheck.invalid(model() + ".V_peak", vPeak, ">= V_th = " + vTh);
        }
        requirePositive(local, "C_m");
        requireNonNegative(local, "t_ref");
        requirePositive(local, "tau_syn_ex");
        requirePositive(local, "tau_syn_in");
        requirePositive(local, "tau_w");
        requirePositive(local, "gsl_error_tol");
        requireNonNegative(local, "g_ex"); // "Conductances must not be negative."
        requireNonNegative(local, "g_in");
        requirePositive(local, "tau_minus");
    }

    @Override
    public void prepare(Kernel kernel) {
        if (dirty || refractoryCounts.length != size) {
            refractoryCounts = new int[size];
            vPeak = new double[size];
            g0Ex = new double[size];
            g0In = new double[size];
            for (int i = 0; i < size; i++) { // pre_run_hook
                vPeak[i] = deltaT[i] > 0.0 ? vPeakParam[i] : vTh[i]; // Delta_T = 0: iaf dynamics, spike at V_th
                g0Ex[i] = 1.0 * Math.E / tauEx[i];
                g0In[i] = 1.0 * Math.E / tauIn[i];
                refractoryCounts[i] = IafGroup.refractorySteps(tRef[i], h);
            }
            dirty = false;
        }
    }

    @Override
    protected void derivatives(double t, double[] y, double[] f) { // aeif_cond_alpha_dynamics
        final int i = node;
        final boolean refractory = r[i] > 0;
        final double v = refractory ? vReset[i] : Math.min(y[V], vPeakParam[i]);
        final double dgE = y[DG_EX], gE = y[G_EX], dgI = y[DG_IN], gI = y[G_IN], wi = y[W];
        final double iSynExc = gE * (v - eEx[i]);
        final double iSynInh = gI * (v - eIn[i]);
        // near V_peak, where this term dominates, an ulp of exp is what separates hebb from NEST's glibc exp: 6.7e-11 mV
        // at most over the golden run (StrictMath.exp: 2.1e-11, but it takes 60% of the model's time)
        final double iSpike = deltaT[i] == 0. ? 0. : (gL[i] * deltaT[i] * Math.exp((v - vTh[i]) / deltaT[i]));
        f[V] = refractory ? 0. : (-gL[i] * (v - eL[i]) + iSpike - iSynExc - iSynInh - wi + iE[i] + iStim[i]) / cM[i];
        f[DG_EX] = -dgE / tauEx[i];
        f[G_EX] = dgE - gE / tauEx[i];
        f[DG_IN] = -dgI / tauIn[i];
        f[G_IN] = dgI - gI / tauIn[i];
        f[W] = (a[i] * (v - eL[i]) - wi) / tauW[i];
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        for (int i = 0; i < size; i++) {
            load(i);
            rk.control(tol[i], tol[i], 0.0, 1.0); // gsl_odeiv_control_yp_new(gsl_error_tol, gsl_error_tol)
            for (double t = 0.0; t < h; ) {
                t = advance(i, t);
                if (y[V] < -1e3 || y[W] < -1e6 || y[W] > 1e6) {
                    throw new ArithmeticException(model() + " node " + (firstId + i) + ": numerical instability in step " + step
                            + " (V_m = " + y[V] + " mV, w = " + y[W] + " pA; NEST: V_m < -1e3 or |w| > 1e6)");
                }
                if (r[i] > 0) {
                    y[V] = vReset[i];
                } else if (y[V] >= vPeak[i]) {
                    y[V] = vReset[i];
                    y[W] += b[i]; // spike-driven adaptation
                    r[i] = refractoryCounts[i] > 0 ? refractoryCounts[i] + 1 : 0; // +1: counted down right after the loop
                    kernel.emitSpike(firstId + i, step, 1, 1.0);
                }
            }
            if (r[i] > 0) {
                r[i]--;
            }
            y[DG_EX] += takeExcitatory(off, i) * g0Ex[i];
            y[DG_IN] += takeInhibitory(off, i) * g0In[i];
            store(i);
            bufferCurrent(off, i);
        }
    }

    @Override
    public double read(int variable, int local) {
        return switch (variable) {
            case 0 -> vm[local];
            case 1 -> w[local];
            case 2 -> gEx[local];
            default -> gIn[local];
        };
    }
}
