package org.hebb.l2l.benchmark;

/**
 * Classic test functions for optimizers, any dimension, each with its usual search domain and its global minimum
 * {@code f(x*) = 0}. Formulas as in Jamil &amp; Yang (2013), "A literature survey of benchmark functions for global
 * optimisation problems".
 */
public enum BenchmarkFunction {
    /** {@code Σ xᵢ²}; minimum 0 at 0. */
    SPHERE(-5.12, 5.12, 0.0) {
        @Override
        public double value(double[] x) {
            double s = 0;
            for (double v : x) {
                s += v * v;
            }
            return s;
        }
    },
    /** {@code 10d + Σ (xᵢ² − 10 cos 2πxᵢ)}; minimum 0 at 0; local minima near every integer point. */
    RASTRIGIN(-5.12, 5.12, 0.0) {
        @Override
        public double value(double[] x) {
            double s = 10.0 * x.length;
            for (double v : x) {
                s += v * v - 10.0 * StrictMath.cos(2.0 * Math.PI * v);
            }
            return s;
        }
    },
    /** {@code Σ 100(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)²}; minimum 0 at (1, …, 1). */
    ROSENBROCK(-5.0, 10.0, 1.0) {
        @Override
        public double value(double[] x) {
            double s = 0;
            for (int i = 0; i + 1 < x.length; i++) {
                double a = x[i + 1] - x[i] * x[i], b = 1.0 - x[i];
                s += 100.0 * a * a + b * b;
            }
            return s;
        }
    },
    /** {@code −20 exp(−0.2 √(Σxᵢ²/d)) − exp(Σ cos(2πxᵢ)/d) + 20 + e}; minimum 0 at 0. */
    ACKLEY(-32.768, 32.768, 0.0) {
        @Override
        public double value(double[] x) {
            double sq = 0, cs = 0;
            for (double v : x) {
                sq += v * v;
                cs += StrictMath.cos(2.0 * Math.PI * v);
            }
            double d = x.length;
            return -20.0 * StrictMath.exp(-0.2 * StrictMath.sqrt(sq / d)) - StrictMath.exp(cs / d) + 20.0 + Math.E;
        }
    };

    private final double lower, upper, optimumCoordinate;

    BenchmarkFunction(double lower, double upper, double optimumCoordinate) {
        this.lower = lower;
        this.upper = upper;
        this.optimumCoordinate = optimumCoordinate;
    }

    /** The function's value at {@code x}. */
    public abstract double value(double[] x);

    /** The fewest dimensions the function is meaningful in (Rosenbrock couples neighbours, so it needs 2). */
    public int minDimensions() {
        return this == ROSENBROCK ? 2 : 1;
    }

    /** The lower bound of the usual search domain, per coordinate. */
    public double lower() {
        return lower;
    }

    /** The upper bound of the usual search domain, per coordinate. */
    public double upper() {
        return upper;
    }

    /** The global minimiser in {@code d} dimensions (its value is 0). */
    public double[] optimum(int d) {
        double[] x = new double[d];
        java.util.Arrays.fill(x, optimumCoordinate);
        return x;
    }

    /** The function with the given name, case-insensitive (e.g. {@code rastrigin}). */
    public static BenchmarkFunction named(String name) {
        for (BenchmarkFunction f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("function: '" + name + "' is not allowed; must be one of "
                + java.util.Arrays.stream(values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
