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

    /** The columns of the state variables, in the order of {@link #y}. */
    private final double[][] state;

    /**
     * @param epsAbs, epsRel, aY, aDydt the GSL control's tolerances
     * @param stateNames the state variables in NEST's State_ vector order (columns of the model)
     */
    protected ConductanceGroup(int firstId, int size, double h, double epsAbs, double epsRel, double aY, double aDydt,
            String... stateNames) {
        super(firstId, size);
        this.h = h;
        this.y = new double[stateNames.length];
        this.rk = new Rkf45(stateNames.length, epsAbs, epsRel, aY, aDydt);
        this.state = new double[stateNames.length][];
        for (int k = 0; k < stateNames.length; k++) {
            state[k] = column(stateNames[k]);
        }
        Arrays.fill(integrationStep, h); // init_buffers_: a reasonable first trial step
    }

    /** Copies the state of neuron {@code i} into {@link #y}. */
    protected final void load(int i) {
        for (int k = 0; k < y.length; k++) {
            y[k] = state[k][i];
        }
    }

    /** Copies {@link #y} back into the state of neuron {@code i}. */
    protected final void store(int i) {
        for (int k = 0; k < y.length; k++) {
            state[k][i] = y[k];
        }
    }

    /** Integrates neuron {@code i} over (0, h] (NEST's while loop of gsl_odeiv_evolve_apply). */
    protected final void integrate(int i) {
        for (double t = 0.0; t < h; ) {
            t = advance(i, t);
        }
    }

    /** @return the excitatory spike input of neuron {@code i} in the step at ring offset {@code off}, clearing it */
    protected final double takeExcitatory(int off, int i) {
        double w = exc.data[off + i];
        exc.data[off + i] = 0.0;
        return w;
    }

    /** @return the inhibitory spike input (a positive conductance) of neuron {@code i}, clearing it */
    protected final double takeInhibitory(int off, int i) {
        double w = inh.data[off + i];
        inh.data[off + i] = 0.0;
        return w;
    }

    /** Buffers the current of this step for the next one ({@code B_.I_stim_ = B_.currents_.get_value(lag)}). */
    protected final void bufferCurrent(int off, int i) {
        iStim[i] = cur.data[off + i];
        cur.data[off + i] = 0.0;
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
}
