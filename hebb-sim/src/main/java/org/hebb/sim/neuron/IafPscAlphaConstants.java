package org.hebb.sim.neuron;

/**
 * The constants of {@link IafPscAlpha}'s update for integrators outside the kernel that must reproduce it bit for
 * bit (the task layer's population lockstep): the same propagator values, refractory step count and subnormal flush
 * that {@link IafPscAlpha} computes in {@code prepare} and uses in {@code updateUniform}. One source for the numbers,
 * so a second integrator can never drift from the kernel's.
 */
public final class IafPscAlphaConstants {

    /** Index of P11_ex (= P22_ex) in {@link #propagators}. */
    public static final int P11_EX = 0;
    /** Index of P11_in (= P22_in). */
    public static final int P11_IN = 1;
    /** Index of P21_ex. */
    public static final int P21_EX = 2;
    /** Index of P21_in. */
    public static final int P21_IN = 3;
    /** Index of P30. */
    public static final int P30 = 4;
    /** Index of P31_ex. */
    public static final int P31_EX = 5;
    /** Index of P31_in. */
    public static final int P31_IN = 6;
    /** Index of P32_ex. */
    public static final int P32_EX = 7;
    /** Index of P32_in. */
    public static final int P32_IN = 8;
    /** Index of P33. */
    public static final int P33 = 9;
    /** Index of expm1(-h/tau_m). */
    public static final int EXPM1_TAU_M = 10;
    /** Index of the EPSC initial value e/tau_syn_ex. */
    public static final int EPSC_INIT = 11;
    /** Index of the IPSC initial value e/tau_syn_in. */
    public static final int IPSC_INIT = 12;

    private IafPscAlphaConstants() {
    }

    /**
     * iaf_psc_alpha::pre_run_hook's propagators as {@link IafPscAlpha} computes them (indices above).
     *
     * @param tauM membrane time constant, ms
     * @param cM capacitance, pF
     * @param tauSynEx excitatory synaptic time constant, ms
     * @param tauSynIn inhibitory synaptic time constant, ms
     * @param h resolution, ms
     */
    public static double[] propagators(double tauM, double cM, double tauSynEx, double tauSynIn, double h) {
        return IafPscAlpha.propagators(tauM, cM, tauSynEx, tauSynIn, h);
    }

    /** The refractory period in steps, rounded as the kernel rounds it (NEST's {@code Time(ms(t_ref))}). */
    public static int refractorySteps(double tRefMs, double h) {
        return IafGroup.refractorySteps(tRefMs, h);
    }

    /** The kernel's flush of a decaying synaptic current: |x| &lt; 1e-300 becomes +0. */
    public static double flush(double x) {
        return NeuronGroup.flush(x);
    }
}
