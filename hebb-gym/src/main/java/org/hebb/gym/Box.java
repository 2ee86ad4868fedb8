package org.hebb.gym;

import java.util.Arrays;

/**
 * Gymnasium's {@code Box(low, high, (k,), float32)}: float32 vectors of length k bounded elementwise (bounds may be
 * infinite). Immutable; accessors return copies.
 */
public final class Box implements Space {

    private final float[] low;
    private final float[] high;

    private Box(float[] low, float[] high) {
        if (low.length != high.length || low.length == 0) {
            throw new IllegalArgumentException("Box bounds: lengths " + low.length + " and " + high.length
                    + " are not allowed; must be equal and >= 1");
        }
        for (int i = 0; i < low.length; i++) {
            if (!(low[i] <= high[i])) {
                throw new IllegalArgumentException("Box bounds[" + i + "]: low " + low[i] + " > high " + high[i]
                        + " is not allowed; must be low <= high");
            }
        }
        this.low = low.clone();
        this.high = high.clone();
    }

    /** A float32 box with the given bounds (copied). */
    public static Box of(float[] low, float[] high) {
        return new Box(low, high);
    }

    /** A float32 box symmetric around zero: {@code [-high, high]}. */
    public static Box symmetric(float... high) {
        float[] low = new float[high.length];
        for (int i = 0; i < high.length; i++) {
            low[i] = -high[i];
        }
        return new Box(low, high);
    }

    /** Lower bounds (copy). */
    public float[] low() {
        return low.clone();
    }

    /** Upper bounds (copy). */
    public float[] high() {
        return high.clone();
    }

    /** Lower bound of element i. */
    public float low(int i) {
        return low[i];
    }

    /** Upper bound of element i. */
    public float high(int i) {
        return high[i];
    }

    /** Number of elements, k. */
    public int size() {
        return low.length;
    }

    /** True when x has the box's shape and every element lies within the bounds. */
    public boolean contains(float[] x) {
        if (x.length != low.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= low[i] && x[i] <= high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DType dtype() {
        return DType.FLOAT32;
    }

    @Override
    public int[] shape() {
        return new int[] {low.length};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(low, b.low) && Arrays.equals(high, b.high);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return "Box(" + Arrays.toString(low) + ", " + Arrays.toString(high) + ", (" + low.length + ",), float32)";
    }
}
