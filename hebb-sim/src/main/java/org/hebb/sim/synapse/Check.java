package org.hebb.sim.synapse;

/** One-line parameter checks of the plasticity rules: each names the field, the value and what is allowed. */
final class Check {

    private Check() {
    }

    static IllegalArgumentException invalid(String field, Object value, String allowed) {
        return new IllegalArgumentException(field + ": " + value + " is not allowed; must be " + allowed);
    }

    static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw invalid(field, v, "a finite number");
        }
    }

    static void nonNegative(String field, double v) {
        if (!(v >= 0.0) || Double.isInfinite(v)) {
            throw invalid(field, v, ">= 0 and finite");
        }
    }

    static void positive(String field, double v) {
        if (!(v > 0.0) || Double.isInfinite(v)) {
            throw invalid(field, v, "> 0 and finite");
        }
    }

    /** Wmin &lt;= Wmax, both finite, and the interval must not contain weights of both signs. */
    static void bounds(double wmin, double wmax) {
        finite("Wmin", wmin);
        finite("Wmax", wmax);
        if (!(wmin <= wmax)) {
            throw invalid("Wmax", wmax, ">= Wmin = " + wmin);
        }
        if (wmin < 0.0 && wmax > 0.0) {
            throw invalid("Wmin", wmin, ">= 0 when Wmax = " + wmax + " > 0 (a plastic synapse must not flip sign)");
        }
    }

    static void weight(double w, double wmin, double wmax) {
        if (!(w >= wmin && w <= wmax)) {
            throw invalid("weight", w, "in [Wmin, Wmax] = [" + wmin + ", " + wmax + "]");
        }
    }

    /** Flushes a decayed value to 0 before it turns subnormal. */
    static double flush(double x) {
        return Math.abs(x) < 1e-300 ? 0.0 : x;
    }
}
