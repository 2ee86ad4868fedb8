package org.hebb.sim.neuron;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;

/**
 * NEST's {@code iaf_cond_exp} (models/iaf_cond_exp.cpp): leaky integrate-and-fire with exponentially decaying
 * synaptic conductances, {@code C_m dV/dt = -g_L (V - E_L) + I_stim + I_e - g_ex (V - E_ex) - g_in (V - E_in)},
 * {@code dg/dt = -g / tau_syn}, with V clamped to V_reset while refractory and read as {@code min(V, V_th)} in the
 * currents; integrated by GSL's RKF45 with {@code control_y_new(1e-3, 0)}. Order per step: integrate over (0, h];
 * add the conductance jumps of the spikes arriving now (weights in nS); refractoriness, else threshold; buffer the
 * current for the next step.
 */
public final class IafCondExp extends ConductanceGroup {

    public static final ModelInfo INFO = new ModelInfo("iaf_cond_exp", ModelInfo.Kind.NEURON, Map.ofEntries(
            Map.entry("C_m", 250.0), Map.entry("E_L", -70.0), Map.entry("E_ex", 0.0), Map.entry("E_in", -85.0),
            Map.entry("I_e", 0.0), Map.entry("V_m", -70.0), Map.entry("V_reset", -60.0), Map.entry("V_th", -55.0),
            Map.entry("g_L", 16.6667), Map.entry("t_ref", 2.0), Map.entry("tau_syn_ex", 0.2), Map.entry("tau_syn_in", 2.0),
            Map.entry("g_ex", 0.0), Map.entry("g_in", 0.0), Map.entry("tau_minus", 20.0)),
            List.of("V_m", "g_ex", "g_in"));

    private static final int V = 0, G_EX = 1, G_IN = 2;

    private final double[] vm = column("V_m"), gEx = column("g_ex"), gIn = column("g_in");
    private final double[] cM = column("C_m"), eL = column("E_L"), eEx = column("E_ex"), eIn = column("E_in"), iE = column("I_e");
    private final double[] vReset = column("V_reset"), vTh = column("V_th"), gL = column("g_L"), tRef = column("t_ref");
    private final double[] tauEx = column("tau_syn_ex"), tauIn = column("tau_syn_in");
    private int[] refractoryCounts = new int[0];

    public IafCondExp(int firstId, int size, double h) {
        super(firstId, size, h, 3, 1e-3, 0.0, 1.0, 0.0);
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
            for (int i = 0; i < size; i++) {
                refractoryCounts[i] = IafGroup.refractorySteps(tRef[i], h); // pre_run_hook: Time(ms(t_ref)).get_steps()
            }
            dirty = false;
        }
    }

    @Override
    protected void derivatives(double t, double[] y, double[] f) { // iaf_cond_exp_dynamics
        final int i = node;
        final boolean refractory = r[i] > 0;
        final double v = refractory ? vReset[i] : Math.min(y[V], vTh[i]);
        final double iSynExc = y[G_EX] * (v - eEx[i]);
        final double iSynInh = y[G_IN] * (v - eIn[i]);
        final double iL = gL[i] * (v - eL[i]);
        f[V] = refractory ? 0.0 : (-iL + iStim[i] + iE[i] - iSynExc - iSynInh) / cM[i];
        f[G_EX] = -y[G_EX] / tauEx[i];
        f[G_IN] = -y[G_IN] / tauIn[i];
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        final double[] wEx = exc.data, wIn = inh.data, cIn = cur.data, y = this.y;
        for (int i = 0; i < size; i++) {
            y[V] = vm[i];
            y[G_EX] = gEx[i];
            y[G_IN] = gIn[i];
            for (double t = 0.0; t < h; ) {
                t = advance(i, t);
            }
            y[G_EX] += wEx[off + i]; // the spikes of this step, after the integration
            y[G_IN] += wIn[off + i];
            wEx[off + i] = 0.0;
            wIn[off + i] = 0.0;
            if (r[i] > 0) {
                r[i]--;
                y[V] = vReset[i];
            } else if (y[V] >= vTh[i]) {
                r[i] = refractoryCounts[i];
                y[V] = vReset[i];
                kernel.emitSpike(firstId + i, step, 1, 1.0);
            }
            vm[i] = y[V];
            gEx[i] = y[G_EX];
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
            default -> gIn[local];
        };
    }
}
