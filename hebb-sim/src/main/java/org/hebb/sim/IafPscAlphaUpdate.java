package org.hebb.sim;

import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.IafPscAlpha;
import org.hebb.sim.neuron.IafPscAlphaConstants;

/**
 * The numbers of NEST's {@code iaf_psc_alpha} update as the kernel uses them, for an integrator outside the kernel
 * that must reproduce it bit for bit (the task layer's population lockstep): the propagators of
 * {@code IafPscAlpha.prepare}, the thresholds relative to E_L, the refractory steps, the kernel's rounding of a time
 * to steps and its subnormal flush. One source for the numbers, so a second integrator cannot drift from the kernel.
 *
 * @param p11Ex P11_ex = P22_ex
 * @param p11In P11_in = P22_in
 * @param p21Ex P21_ex
 * @param p21In P21_in
 * @param p30 P30
 * @param p31Ex P31_ex
 * @param p31In P31_in
 * @param p32Ex P32_ex
 * @param p32In P32_in
 * @param expm1TauM expm1(-h/tau_m)
 * @param epscInit e/tau_syn_ex
 * @param ipscInit e/tau_syn_in
 * @param theta V_th - E_L
 * @param vReset V_reset - E_L
 * @param lowerBound V_min - E_L
 * @param iE I_e, pA
 * @param eL E_L, mV (the state is relative to it)
 * @param y3Start V_m - E_L at creation
 * @param refractorySteps t_ref in steps
 */
public record IafPscAlphaUpdate(double p11Ex, double p11In, double p21Ex, double p21In, double p30, double p31Ex,
        double p31In, double p32Ex, double p32In, double expm1TauM, double epscInit, double ipscInit, double theta,
        double vReset, double lowerBound, double iE, double eL, double y3Start, int refractorySteps) {

    /** NEST's default iaf_psc_alpha with refractory period {@code tRefMs}, at resolution {@code h} ms. */
    public static IafPscAlphaUpdate defaults(double tRefMs, double h) {
        double tauM = param("tau_m"), cM = param("C_m"), eL = param("E_L");
        double[] p = IafPscAlphaConstants.propagators(tauM, cM, param("tau_syn_ex"), param("tau_syn_in"), h);
        return new IafPscAlphaUpdate(p[IafPscAlphaConstants.P11_EX], p[IafPscAlphaConstants.P11_IN],
                p[IafPscAlphaConstants.P21_EX], p[IafPscAlphaConstants.P21_IN], p[IafPscAlphaConstants.P30],
                p[IafPscAlphaConstants.P31_EX], p[IafPscAlphaConstants.P31_IN], p[IafPscAlphaConstants.P32_EX],
                p[IafPscAlphaConstants.P32_IN], p[IafPscAlphaConstants.EXPM1_TAU_M], p[IafPscAlphaConstants.EPSC_INIT],
                p[IafPscAlphaConstants.IPSC_INIT], param("V_th") - eL, param("V_reset") - eL, param("V_min") - eL,
                param("I_e"), eL, param("V_m") - eL, IafPscAlphaConstants.refractorySteps(tRefMs, h));
    }

    private static double param(String name) {
        return ((Number) IafPscAlpha.INFO.defaults().get(name)).doubleValue();
    }

    /** @return every propagator, in the order of the record's components */
    public double[] propagators() {
        return new double[] {p11Ex, p11In, p21Ex, p21In, p30, p31Ex, p31In, p32Ex, p32In, expm1TauM, epscInit, ipscInit};
    }

    /** The kernel's steps for a time of {@code ms} (delays, simulate): a whole multiple of {@code h}, else refused. */
    public static long steps(String field, double ms, double h) {
        return ParameterCheck.toSteps(field, ms, h);
    }

    /** The kernel's flush of a decaying synaptic current: |x| &lt; 1e-300 becomes +0. */
    public static double flush(double x) {
        return IafPscAlphaConstants.flush(x);
    }
}
