package org.hebb.sim.neuron;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * Common part of {@code iaf_cond_exp} and {@code iaf_cond_alpha}: NEST's parameters and defaults (the same in both
 * models), their checks, the refractory count, the conductance-based membrane equation read with
 * {@code V = V_reset} while refractory and {@code min(V, V_th)} otherwise, and the refractoriness-or-threshold
 * block of their updates. The models differ in their synapses and in where the spike input enters the update.
 */
abstract class IafCondGroup extends ConductanceGroup {

    /** @return NEST's defaults of iaf_cond_exp/iaf_cond_alpha (conductance-based: V_reset -60 mV, tau_syn_ex 0.2 ms) plus {@code extra} */
    static ModelInfo info(String name, Map<String, Object> extra, List<String> recordables) {
        Map<String, Object> d = new HashMap<>(Map.ofEntries(
                Map.entry("C_m", 250.0), Map.entry("E_L", -70.0), Map.entry("E_ex", 0.0), Map.entry("E_in", -85.0),
                Map.entry("I_e", 0.0), Map.entry("V_m", -70.0), Map.entry("V_reset", -60.0), Map.entry("V_th", -55.0),
                Map.entry("g_L", 16.6667), Map.entry("t_ref", 2.0), Map.entry("tau_syn_ex", 0.2), Map.entry("tau_syn_in", 2.0),
                Map.entry("g_ex", 0.0), Map.entry("g_in", 0.0), Map.entry("tau_minus", 20.0)));
        d.putAll(extra);
        return new ModelInfo(name, ModelInfo.Kind.NEURON, d, recordables);
    }

    final double[] vm = column("V_m"), gEx = column("g_ex"), gIn = column("g_in");
    final double[] cM = column("C_m"), eL = column("E_L"), eEx = column("E_ex"), eIn = column("E_in"), iE = column("I_e");
    final double[] vReset = column("V_reset"), vTh = column("V_th"), gL = column("g_L"), tRef = column("t_ref");
    final double[] tauEx = column("tau_syn_ex"), tauIn = column("tau_syn_in");
    int[] refractoryCounts = new int[0];

    IafCondGroup(int firstId, int size, double h, String... state) {
        super(firstId, size, h, 1e-3, 0.0, 1.0, 0.0, state); // gsl_odeiv_control_y_new(1e-3, 0.0)
    }

    @Override
    protected void validate(int local) { // Parameters_::set, in its order
        double reset = value(local, "V_reset"), th = value(local, "V_th");
        if (reset >= th) { // "Reset potential must be smaller than threshold."
            throw ParameterCheck.invalid(model() + ".V_reset", reset, "< V_th = " + th);
        }
        requirePositive(local, "C_m");
        requireNonNegative(local, "t_ref");
        requirePositive(local, "tau_syn_ex");
        requirePositive(local, "tau_syn_in");
        requirePositive(local, "tau_minus");
    }

    @Override
    public void prepare(Kernel kernel) {
        if (dirty || refractoryCounts.length != size) {
            refractoryCounts = new int[size];
            for (int i = 0; i < size; i++) {
                refractoryCounts[i] = IafGroup.refractorySteps(tRef[i], h); // pre_run_hook: Time(ms(t_ref)).get_steps()
            }
            prepareSynapses();
            dirty = false;
        }
    }

    /** Recomputes the model's synaptic constants after a parameter change. */
    void prepareSynapses() {
    }

    /** {@code dV/dt} of neuron i with conductances gE, gI: the membrane part of the models' {@code *_dynamics}. */
    final double membrane(int i, double v, double gE, double gI, boolean alphaOrder) {
        final boolean refractory = r[i] > 0;
        if (refractory) {
            return 0.0;
        }
        final double u = Math.min(v, vTh[i]);
        final double iSynExc = gE * (u - eEx[i]);
        final double iSynInh = gI * (u - eIn[i]);
        final double iL = gL[i] * (u - eL[i]);
        return alphaOrder // the two files sum the same currents in different orders
                ? (-iL - iSynExc - iSynInh + iStim[i] + iE[i]) / cM[i]
                : (-iL + iStim[i] + iE[i] - iSynExc - iSynInh) / cM[i];
    }

    /** The refractoriness-or-threshold block of both updates on {@code y[0] = V_m}. */
    final void refractoryOrThreshold(int i, long step, Kernel kernel) {
        if (r[i] > 0) {
            r[i]--;
            y[0] = vReset[i]; // clamped while refractory
        } else if (y[0] >= vTh[i]) {
            r[i] = refractoryCounts[i];
            y[0] = vReset[i];
            kernel.emitSpike(firstId + i, step, 1, 1.0);
        }
    }
}
