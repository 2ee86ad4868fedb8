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
public final class IafCondExp extends IafCondGroup {

    public static final ModelInfo INFO = info("iaf_cond_exp", Map.of(), List.of("V_m", "g_ex", "g_in"));

    private static final int V = 0, G_EX = 1, G_IN = 2;

    public IafCondExp(int firstId, int size, double h) {
        super(firstId, size, h, "V_m", "g_ex", "g_in"); // State_::StateVecElems
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    protected void derivatives(double t, double[] y, double[] f) { // iaf_cond_exp_dynamics
        final int i = node;
        f[V] = membrane(i, y[V], y[G_EX], y[G_IN], false);
        f[G_EX] = -y[G_EX] / tauEx[i];
        f[G_IN] = -y[G_IN] / tauIn[i];
    }

    @Override
    public void update(long step, Kernel kernel) {
        final int off = exc.offset(step);
        for (int i = 0; i < size; i++) {
            load(i);
            integrate(i);
            y[G_EX] += takeExcitatory(off, i); // the spikes of this step, after the integration
            y[G_IN] += takeInhibitory(off, i);
            refractoryOrThreshold(i, step, kernel);
            store(i);
            bufferCurrent(off, i);
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
