package org.hebb.gym;

/**
 * Gymnasium's {@code Discrete(n)}: the integers {@code 0, 1, ..., n-1}.
 *
 * @param n number of actions, at least 1
 */
public record Discrete(int n) implements Space {

    /** Validates n. */
    public Discrete {
        if (n < 1) {
            throw new IllegalArgumentException("Discrete n: " + n + " is not allowed; must be >= 1");
        }
    }

    /** True when {@code a} is a valid index. */
    public boolean contains(int a) {
        return a >= 0 && a < n;
    }

    /** The allowed values as text, {@code "0, 1, 2"}. */
    public String describeValues() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(i);
        }
        return sb.toString();
    }

    @Override
    public DType dtype() {
        return DType.INT64;
    }

    @Override
    public int[] shape() {
        return new int[0];
    }

    @Override
    public String toString() {
        return "Discrete(" + n + ")";
    }
}
