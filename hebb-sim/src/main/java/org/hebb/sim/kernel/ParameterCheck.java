package org.hebb.sim.kernel;

import java.util.Collection;
import java.util.List;

/** One-line validation of user values: every failure names the field, the value and what is allowed. */
public final class ParameterCheck {

    private ParameterCheck() {
    }

    public static IllegalArgumentException invalid(String field, Object value, String allowed) {
        return new IllegalArgumentException(field + ": " + format(value) + " is not allowed; must be " + allowed);
    }

    public static IllegalArgumentException unknown(String field, Object value, Collection<String> valid) {
        return invalid(field, "'" + value + "'", "one of " + String.join(", ", valid));
    }

    static String format(Object value) {
        if (value instanceof double[] a) {
            return java.util.Arrays.toString(a);
        }
        return String.valueOf(value);
    }

    /** @return {@code value} as a finite double (or infinite when {@code allowInfinite}), else throws */
    public static double toDouble(String field, Object value, boolean allowInfinite) {
        if (!(value instanceof Number n)) {
            throw invalid(field, value, "a number");
        }
        double v = n.doubleValue();
        if (Double.isNaN(v) || (!allowInfinite && Double.isInfinite(v))) {
            throw invalid(field, v, "a finite number");
        }
        return v;
    }

    public static double positive(String field, Object value) {
        double v = toDouble(field, value, false);
        if (!(v > 0.0)) {
            throw invalid(field, v, "> 0");
        }
        return v;
    }

    public static double nonNegative(String field, Object value) {
        double v = toDouble(field, value, false);
        if (!(v >= 0.0)) {
            throw invalid(field, v, ">= 0");
        }
        return v;
    }

    public static boolean toBoolean(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw invalid(field, value, "true or false");
    }

    /** Accepts double[], a Collection of numbers, or a single number. */
    public static double[] toDoubleArray(String field, Object value) {
        double[] out;
        if (value instanceof double[] a) {
            out = a.clone();
        } else if (value instanceof Collection<?> c) {
            out = new double[c.size()];
            int i = 0;
            for (Object o : c) {
                out[i++] = toDouble(field, o, false);
            }
        } else if (value instanceof Number) {
            out = new double[] {toDouble(field, value, false)};
        } else {
            throw invalid(field, value, "an array of numbers");
        }
        for (double v : out) {
            if (!Double.isFinite(v)) {
                throw invalid(field, v, "a finite number");
            }
        }
        return out;
    }

    /** Accepts String[], a Collection of strings, or one String. */
    public static List<String> toStrings(String field, Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof String[] a) {
            return List.of(a);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(o -> {
                if (!(o instanceof String s)) {
                    throw invalid(field, o, "a string");
                }
                return s;
            }).toList();
        }
        throw invalid(field, value, "a list of strings");
    }

    /** The largest time in steps: 2^53, where doubles stop counting steps exactly (a long counts far beyond it). */
    public static final long MAX_STEPS = 1L << 53;

    /** The largest delay in steps: a delay is an int and the ring buffers hold max delay + 1 slots. */
    public static final int MAX_DELAY_STEPS = Integer.MAX_VALUE - 1;

    /** {@code steps} steps of {@code h} ms, printed exactly ({@code 214748364.6}, not {@code 2.1474836460000002E8}). */
    public static String stepsInMs(long steps, double h) {
        return new java.math.BigDecimal(Double.toString(h)).multiply(java.math.BigDecimal.valueOf(steps))
                .stripTrailingZeros().toPlainString();
    }

    /**
     * Converts a time in ms to grid steps, requiring it to lie on the grid of resolution {@code h}.
     *
     * @return the number of steps
     */
    public static long toSteps(String field, double ms, double h) {
        if (!Double.isFinite(ms)) {
            throw invalid(field, ms, "a finite number");
        }
        double q = ms / h;
        if (Math.abs(q) > MAX_STEPS) { // beyond it the step counter could not count on, nor a double hold a step exactly
            throw invalid(field, ms, "within the step counter's range, |t| <= 2^53 steps of " + h + " ms = "
                    + stepsInMs(MAX_STEPS, h) + " ms");
        }
        long steps = Math.round(q);
        if (Math.abs(q - steps) > 1e-9 * Math.max(1.0, Math.abs(q))) {
            throw invalid(field, ms, "a multiple of the resolution " + h + " ms");
        }
        return steps;
    }
}
