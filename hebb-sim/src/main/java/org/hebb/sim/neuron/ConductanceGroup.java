package org.hebb.sim.neuron;

import java.util.Arrays;
import org.hebb.sim.kernel.Rkf45;

/**
 * Common part of NEST's conductance-based models integrated with GSL's adaptive RKF45 ({@link Rkf45}): the
 * per-neuron integration step size carried from step to step ({@code B_.IntegrationStep_}, starting at h), the
 * refractory counter, the external current of the previous step ({@code B_.I_stim_}), spike input split by sign
 * with inhibitory weights stored as positive conductances, and the state vector a model's right-hand side reads.
 * The state lives in the model's columns (V_m, g_ex, ...) and is copied into {@link #y} around each integration.
 */
public abstract class ConductanceGroup extends ColumnNeuronGroup {

    /** The resolution h, ms: each step integrates over (0, h]. */
    protected final double h;
    /** The state vector of the neuron being integrated (NEST's State_::y_). */
    protected final double[] y;
    /** Local index of the neuron the right-hand side is evaluated for. */
    protected int node;
    /** Refractory steps left. */
    protected final int[] r = new int[size];
    /** External current received in the previous step, pA. */
    protected final double[] iStim = new double[size];
    private final double[] integrationStep = new double[size];
    protected final Rkf45 rk;
    private final Rkf45.OdeSystem rhs = this::derivatives;

    protected ConductanceGroup(int firstId, int size, double h, int dim, double epsAbs, double epsRel, double aY, double aDydt) {
        super(firstId, size);
        this.h = h;
        this.y = new double[dim];
        this.rk = new Rkf45(dim, epsAbs, epsRel, aY, aDydt);
        Arrays.fill(integrationStep, h); // init_buffers_: a reasonable first trial step
    }

    /** The model's {@code *_dynamics}: {@code f = dy/dt} of neuron {@link #node} at state {@code y}. */
    protected abstract void derivatives(double t, double[] y, double[] f);

    /** One {@code gsl_odeiv_evolve_apply} of neuron {@code i} from {@code t} towards h; returns the time reached. */
    protected final double advance(int i, double t) {
        node = i;
        rk.step = integrationStep[i];
        double reached = rk.apply(rhs, t, h, y);
        integrationStep[i] = rk.step;
        return reached;
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        if (weight > 0.0) { // iaf_cond_*::handle: excitatory if weight > 0, else a positive inhibitory conductance
            exc.add(arrivalStep, local, weight * multiplicity);
        } else {
            inh.add(arrivalStep, local, -weight * multiplicity);
        }
    }

    /** NEST's {@code Parameters_::set} checks shared by iaf_cond_exp and iaf_cond_alpha, in their order. */
    protected final void validateIafCond(int local) {
        double vReset = value(local, "V_reset"), vTh = value(local, "V_th");
        if (vReset >= vTh) { // "Reset potential must be smaller than threshold."
            throw org.hebb.sim.kernel.ParameterCheck.invalid(model() + ".V_reset", vReset, "< V_th = " + vTh);
        }
        requirePositive(local, "C_m");
        requireNonNegative(local, "t_ref");
        requirePositive(local, "tau_syn_ex");
        requirePositive(local, "tau_syn_in");
        requirePositive(local, "tau_minus");
    }
}
