package org.hebb.l2l.search;

/**
 * One-line validation errors for optimizer parameters: {@code field: value is not allowed; allowed}, where the field
 * carries its optimizer's prefix (e.g. {@code cmaes.sigma}). Range rules live in {@link ParameterField.Rule}.
 */
public final class Check {
    private Check() {
    }

    /** The error for {@code field} having {@code value}; {@code allowed} says what would be accepted. */
    public static IllegalArgumentException bad(String field, Object value, String allowed) {
        return new IllegalArgumentException(field + ": " + (value == null ? "missing" : value) + " is not allowed; "
                + allowed);
    }
}
