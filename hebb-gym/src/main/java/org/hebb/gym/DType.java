package org.hebb.gym;

/** The numpy element types that appear in the classic-control spaces and states. */
public enum DType {
    /** {@code np.float32}: every observation and every continuous action. */
    FLOAT32,
    /** {@code np.float64}: most internal states. */
    FLOAT64,
    /** {@code np.int64}: the elements of a {@link Discrete} space. */
    INT64;

    /** numpy's name for the type ({@code "float32"}, ...). */
    public String numpyName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
