package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * NEST's {@code iaf_cond_alpha} (models/iaf_cond_alpha.cpp): leaky integrate-and-fire with alpha-shaped synaptic
 * conductances, {@code C_m dV/dt = -g_L (V - E_L) - g_ex (V - E_ex) - g_in (V - E_in) + I_stim + I_e},
 * {@code d(dg)/dt = -dg / tau_syn}, {@code dg/dt = dg - g / tau_syn}; V is clamped to V_reset while refractory
 * and read as {@code min(V, V_th)}; GSL's RKF45 with {@code control_y_new(1e-3, 0)}. Order per step: integrate;
 * refractoriness, else threshold — before the spike input — then {@code dg += w e / tau_syn} for the spikes
 * arriving now (a spike of w nS peaks at w after tau_syn); buffer the current.
 */
public final class IafCondAlpha extends ConductanceGroup {

    public static final ModelInfo INFO = new ModelInfo("iaf_cond_alpha", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("C_m", 250.0), Map.entry("E_L", -70.0), Map.entry("E_ex", 0.0), Map.entry("E_in", -85.0),
            Map.entry("I_e", 0.0), Map.entry("V_m", -70.0), Map.entry("V_reset", -60.0), Map.entry("V_th", -55.0),
            Map.entry("g_L", 16.6667), Map.entry("t_ref", 2.0), Map.entry("tau_syn_ex", 0.2), Map.entry("tau_syn_in", 2.0),
            Map.entry("g_ex", 0.0), Map.entry("g_in", 0.0), Map.entry("dg_ex", 0.0), Map.entry("dg_in", 0.0),
            Map.entry("tau_minus", 20.0)),
            List.of("V_m", "g_ex", "g_in", "t_ref_remaining"));

    private static final int V = 0, DG_EX = 1, G_EX = 2, DG_IN = 3, G_IN = 4;

    private final double[] vm = column("V_m"), dgEx = column("dg_ex"), gEx = column("g_ex"), dgIn = column("dg_in"), gIn = column("g_in");
    private final double[] cM = column("C_m"), eL = column("E_L"), eEx = column("E_ex"), eIn = column("E_in"), iE = column("I_e");
    private final double[] vReset = column("V_reset"), vTh = column("V_th"), gL = column("g_L"), tRef = column("t_ref");
    private final double[] tauEx = column("tau_syn_ex"), tauIn = column("tau_syn_in");
    private int[] refractoryCounts = new int[0];
    private double[] psConInitEx = new double[0], psConInitIn = new double[0];

    public IafCondAlpha(int firstId, int size, double h) {
        super(firstId, size, h, 5, 1e-3, 0.0, 1.0, 0.0);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    protected void validate(int local) {
        validateIafCond(local);
    }

    @Override
    public void prepare(Kernel kernel) {
        if (dirty || refractoryCounts.length != size) {
            refractoryCounts = new int[size];
            psConInitEx = new double[size];
            psConInitIn = new double[size];
            for (int i = 0; i < size; i++) { // pre_run_hook
                psConInitEx[i] = 1.0 * Math.E / tauEx[i];
                psConInitIn[i] = 1.0 * Math.E / tauIn[i];
                refractoryCounts[i] = IafGroup.refractorySteps(tRef[i], h);
            }
            dirty = false;
        }
    }

    @Override
    protected void derivatives(double t, double[] y, double[] f) { // iaf_cond_alpha_dynamics
        final int i = node;
        final boolean refractory = r[i] > 0;
        final double v = refractory ? vReset[i] : Math.min(y[V], vTh[i]);
        final double iSynExc = y[G_EX] * (v - eEx[i]);
        final double iSynInh = y[G_IN] * (v - eIn[i]);
        final double iLeak = gL[i] * (v - eL[i]);
        f[V] = refractory ? 0.0 : (-iLeak - iSynExc - iSynInh + iStim[i] + iE[i]) / cM[i];
        f[DG_EX] = -y[DG_EX] / tauEx[i];
        f[G_EX] = y[DG_EX] - (y[G_EX] / tauEx[i]);
        f[DG_IN] = -y[DG_IN] / tauIn[i];
        f[G_IN] = y[DG_IN] - (y[G_IN] / tauIn[i]);
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        final double[] wEx = exc.data, wIn = inh.data, cIn = cur.data, y = this.y;
        for (int i = 0; i < size; i++) {
            y[V] = vm[i];
            y[DG_EX] = dgEx[i];
            y[G_EX] = gEx[i];
            y[DG_IN] = dgIn[i];
            y[G_IN] = gIn[i];
            for (double t = 0.0; t < h; ) {
                t = advance(i, t);
            }
            if (r[i] > 0) {
                r[i]--;
                y[V] = vReset[i]; // clamp
            } else if (y[V] >= vTh[i]) {
                r[i] = refractoryCounts[i];
                y[V] = vReset[i];
                kernel.emitSpike(firstId + i, step, 1, 1.0);
            }
            y[DG_EX] += wEx[off + i] * psConInitEx[i]; // the spikes of this step, after the threshold
            y[DG_IN] += wIn[off + i] * psConInitIn[i];
            wEx[off + i] = 0.0;
            wIn[off + i] = 0.0;
            vm[i] = y[V];
            dgEx[i] = y[DG_EX];
            gEx[i] = y[G_EX];
            dgIn[i] = y[DG_IN];
            gIn[i] = y[G_IN];
            iStim[i] = cIn[off + i];
            cIn[off + i] = 0.0;
        }
    }

    @Override
    public double read(int variable, int local) {
        return switch (variable) {
            case 0 -> vm[local];
            case 1 -> gEx[local];
            case 2 -> gIn[local];
            default -> r[local] * h; // t_ref_remaining, ms
        };
    }
}
