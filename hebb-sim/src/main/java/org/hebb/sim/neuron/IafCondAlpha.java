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
public final class IafCondAlpha extends IafCondGroup {

    public static final ModelInfo INFO = info("iaf_cond_alpha", Map.of("dg_ex", 0.0, "dg_in", 0.0),
            List.of("V_m", "g_ex", "g_in", "t_ref_remaining"));

    private static final int V = 0, DG_EX = 1, G_EX = 2, DG_IN = 3, G_IN = 4;

    private double[] psConInitEx = new double[0], psConInitIn = new double[0];

    public IafCondAlpha(int firstId, int size, double h) {
        super(firstId, size, h, "V_m", "dg_ex", "g_ex", "dg_in", "g_in"); // State_::StateVecElems
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    void prepareSynapses() { // pre_run_hook: PSConInit = 1.0 * e / tau_syn
        psConInitEx = new double[size];
        psConInitIn = new double[size];
        for (int i = 0; i < size; i++) {
            psConInitEx[i] = 1.0 * Math.E / tauEx[i];
            psConInitIn[i] = 1.0 * Math.E / tauIn[i];
        }
    }

    @Override
    protected void derivatives(double t, double[] y, double[] f) { // iaf_cond_alpha_dynamics
        final int i = node;
        f[V] = membrane(i, y[V], y[G_EX], y[G_IN], true);
        f[DG_EX] = -y[DG_EX] / tauEx[i];
        f[G_EX] = y[DG_EX] - (y[G_EX] / tauEx[i]);
        f[DG_IN] = -y[DG_IN] / tauIn[i];
        f[G_IN] = y[DG_IN] - (y[G_IN] / tauIn[i]);
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        for (int i = 0; i < size; i++) {
            load(i);
            integrate(i);
            refractoryOrThreshold(i, step, kernel);
            y[DG_EX] += takeExcitatory(off, i) * psConInitEx[i]; // the spikes of this step, after the threshold
            y[DG_IN] += takeInhibitory(off, i) * psConInitIn[i];
            store(i);
            bufferCurrent(off, i);
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
