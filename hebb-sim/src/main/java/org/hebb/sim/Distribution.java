package org.hebb.sim;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * A seeded random distribution for connection weights or delays (NEST's {@code nest.random.uniform},
 * {@code nest.random.normal}). Draws come from the network's seeded generator, so the same seed and
 * the same sequence of {@link Network#connect} calls give the same network.
 */
public sealed interface Distribution {

    /**
     * @param rng the generator to draw from
     * @return one draw
     */
    double sample(RandomGenerator rng);

    /**
     * Uniform on {@code [min, max)}.
     *
     * @param min lower bound
     * @param max upper bound, &gt; min
     * @return the distribution
     */
    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /**
     * Normal (Gaussian).
     *
     * @param mean the mean
     * @param std the standard deviation, &gt;= 0
     * @return the distribution
     */
    static Distribution normal(double mean, double std) {
        return new Normal(mean, std);
    }

    /**
     * From a spec-file table: {@code {distribution = "uniform", min, max}} or
     * {@code {distribution = "normal", mean, std}}.
     *
     * @param spec the table
     * @return the distribution
     */
    static Distribution of(Map<String, Object> spec) {
        Object kind = spec.get("distribution");
        if ("uniform".equals(kind)) {
            return uniform(ParameterCheck.toDouble("uniform.min", spec.get("min"), false),
                    ParameterCheck.toDouble("uniform.max", spec.get("max"), false));
        }
        if ("normal".equals(kind)) {
            return normal(ParameterCheck.toDouble("normal.mean", spec.getOrDefault("mean", 0.0), false),
                    ParameterCheck.toDouble("normal.std", spec.getOrDefault("std", 1.0), false));
        }
        throw ParameterCheck.unknown("distribution", kind, java.util.List.of("uniform", "normal"));
    }

    /** Uniform distribution on {@code [min, max)}. @param min lower bound @param max upper bound */
    record Uniform(double min, double max) implements Distribution {
        /** Validates the bounds. */
        public Uniform {
            ParameterCheck.toDouble("uniform.min", min, false);
            ParameterCheck.toDouble("uniform.max", max, false);
            if (!(max > min)) {
                throw ParameterCheck.invalid("uniform.max", max, "> min = " + min);
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return min + (max - min) * rng.nextDouble();
        }
    }

    /** Normal distribution. @param mean the mean @param std the standard deviation */
    record Normal(double mean, double std) implements Distribution {
        /** Validates the parameters. */
        public Normal {
            ParameterCheck.toDouble("normal.mean", mean, false);
            if (!(ParameterCheck.toDouble("normal.std", std, false) >= 0.0)) {
                throw ParameterCheck.invalid("normal.std", std, ">= 0");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return mean + std * rng.nextGaussian();
        }
    }
}
