package org.hebb.l2l.search;

/**
 * One-line validation errors for optimizer parameters: {@code field: value is not allowed; allowed}, where the field
 * carries its optimizer's prefix (e.g. {@code cmaes.sigma}).
 */
public final class Check {
    private Check() {
    }

    /** The error for {@code field} having {@code value}; {@code allowed} says what would be accepted. */
    public static IllegalArgumentException bad(String field, Object value, String allowed) {
        return new IllegalArgumentException(field + ": " + (value == null ? "missing" : value) + " is not allowed; "
                + allowed);
    }

    /** {@code value > 0} and finite. */
    public static double positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw bad(field, value, "must be > 0");
        }
        return value;
    }

    /** {@code value >= 0} and finite. */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw bad(field, value, "must be finite and >= 0");
        }
        return value;
    }

    /** {@code value} in {@code [lo, hi]}. */
    public static double inRange(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw bad(field, value, "must be in [" + lo + ", " + hi + "]");
        }
        return value;
    }

    /** {@code value} in {@code [lo, hi)}. */
    public static double inHalfOpen(String field, double value, double lo, double hi) {
        if (!(value >= lo && value < hi)) {
            throw bad(field, value, "must be in [" + lo + ", " + hi + ")");
        }
        return value;
    }

    /** An integer {@code >= min}; {@code why} explains the bound (may be empty). */
    public static int atLeast(String field, int value, int min, String why) {
        if (value < min) {
            throw bad(field, value, "must be >= " + min + (why.isEmpty() ? "" : " (" + why + ")"));
        }
        return value;
    }

    /** Not NaN (infinities allowed, e.g. a stop criterion of +inf). */
    public static double notNaN(String field, double value) {
        if (Double.isNaN(value)) {
            throw bad(field, value, "must be a number or +-inf");
        }
        return value;
    }
}
