package org.hebb.l2l;

import java.io.Serializable;
import java.util.Arrays;

/**
 * L2L's {@code optimizee_fitness_weights}: every optimizer maximises the weighted fitness, so a negative weight
 * minimises that objective. Individuals compare lexicographically on the weighted values, as DEAP's
 * {@code Fitness} does; a NaN weighted value counts as worse than any number.
 */
public final class FitnessWeights implements Serializable {
    private final double[] weights;

    private FitnessWeights(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("fitness_weights: [] is not allowed; must have at least one weight");
        }
        for (double w : weights) {
            if (!Double.isFinite(w) || w == 0) {
                throw new IllegalArgumentException("fitness_weights: " + Arrays.toString(weights)
                        + " is not allowed; every weight must be finite and non-zero");
            }
        }
        this.weights = weights.clone();
    }

    /** Weights for the objectives, in fitness-tuple order. */
    public static FitnessWeights of(double... weights) {
        return new FitnessWeights(weights);
    }

    /** The number of objectives. */
    public int size() {
        return weights.length;
    }

    /** A copy of the weights. */
    public double[] values() {
        return weights.clone();
    }

    /** Weight {@code i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** {@code Σ wᵢ fᵢ}, the scalar most L2L optimizers use ({@code np.dot(fitness, weights)}). */
    public double weightedSum(double[] fitness) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * fitness[i];
        }
        return s;
    }

    /** {@code > 0} if {@code a} is better than {@code b}: lexicographic on weighted values, as DEAP compares wvalues. */
    public int compare(double[] a, double[] b) {
        for (int i = 0; i < weights.length; i++) {
            int c = compareNanWorst(weights[i] * a[i], weights[i] * b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The fitness worse than every number for each objective: {@code -inf} where maximised, {@code +inf} where minimised. */
    public double[] worst() {
        double[] f = new double[weights.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = weights[i] > 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return f;
    }

    private static int compareNanWorst(double x, double y) {
        boolean nx = Double.isNaN(x), ny = Double.isNaN(y);
        if (nx || ny) {
            return nx == ny ? 0 : nx ? -1 : 1;
        }
        return Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y); // -0.0 equals 0.0, as in Python
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitnessWeights f && Arrays.equals(f.weights, weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return Arrays.toString(weights);
    }
}
