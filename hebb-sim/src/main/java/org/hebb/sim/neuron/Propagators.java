package org.hebb.sim.neuron;

/**
 * Exact-integration propagators of the current-based integrate-and-fire models, evaluated the way
 * NEST 3.9 evaluates them (nestkernel/propagator_stability, libnestutil/numerics), so that a Java
 * run reproduces NEST's constants bit for bit.
 *
 * <p>All methods are pure functions of the time constants (ms), the capacitance (pF) and the step
 * {@code h} (ms). They are computed once per resolution and parameter change, never per step.
 */
public final class Propagators {

    private static final double LOG_2 = Math.log(2.0);

    private Propagators() {
    }

    /**
     * NEST's own {@code expm1}: every NEST build uses this series fallback (HAVE_EXPM1 is never
     * defined), and it differs from {@link Math#expm1} in the last bits.
     *
     * @param x the argument
     * @return {@code exp(x) - 1} as NEST computes it
     */
    public static double expm1(double x) {
        if (x == 0.0) {
            return 0.0;
        }
        if (Math.abs(x) > LOG_2) {
            return Math.exp(x) - 1.0; // numerics.h: large |x| needs no series
        }
        double sum = x;
        double term = x * x / 2.0;
        int n = 2;
        while (Math.abs(term) > Math.abs(sum) * Math.ulp(1.0)) { // DBL_EPSILON = ulp(1.0)
            sum += term;
            n += 1;
            term *= x / n;
        }
        return sum;
    }

    /**
     * Propagator from the synaptic current {@code I} to the membrane potential for an
     * exponentially decaying or alpha-shaped current (NEST's IAFPropagator P32, also iaf_psc_exp's P21).
     * Falls back to the {@code tau_syn == tau_m} limit where the regular form is not a positive normal number.
     *
     * @param tauSyn synaptic time constant in ms
     * @param tauM membrane time constant in ms
     * @param cM membrane capacitance in pF
     * @param h resolution in ms
     * @return the propagator in mV/pA
     */
    public static double p32(double tauSyn, double tauM, double cM, double h) {
        double beta = tauSyn * tauM / (tauM - tauSyn);
        double gamma = beta / cM;
        double invBeta = (tauM - tauSyn) / (tauSyn * tauM);
        double eS = Math.exp(-h / tauSyn);
        double m = expm1(h * invBeta);
        double p32 = gamma * eS * m;
        if (!(isNormal(p32) && p32 > 0.0)) {
            p32 = h * (1.0 / cM) * Math.exp(-h * (1.0 / tauM)); // singular limit tau_syn -> tau_m
        }
        return p32;
    }

    /**
     * Propagator from the derivative of an alpha-shaped current to the membrane potential (NEST's P31),
     * with the series form below {@code h_min_regular = 1e-7 tau_m^2 / |tau_m - tau_syn|}.
     *
     * @param tauSyn synaptic time constant in ms
     * @param tauM membrane time constant in ms
     * @param cM membrane capacitance in pF
     * @param h resolution in ms
     * @return the propagator
     */
    public static double p31(double tauSyn, double tauM, double cM, double h) {
        double beta = tauSyn * tauM / (tauM - tauSyn);
        double gamma = beta / cM;
        double invBeta = (tauM - tauSyn) / (tauSyn * tauM);
        double hMinRegular = 1e-7 * tauM * tauM / Math.abs(tauM - tauSyn);
        if (h > hMinRegular) {
            double eS = Math.exp(-h / tauSyn);
            double m = expm1(h * invBeta);
            return gamma * eS * (beta * m - h);
        }
        return 0.5 * h * h * (1.0 / cM) * Math.exp(-h * (1.0 / tauM)); // singular limit
    }

    private static boolean isNormal(double x) {
        return Double.isFinite(x) && Math.abs(x) >= Double.MIN_NORMAL;
    }
}
