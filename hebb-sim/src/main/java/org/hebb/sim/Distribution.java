package org.hebb.sim;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * A seeded random distribution with NEST's names, parameter names and defaults ({@code nest.random.uniform},
 * {@code normal}, {@code lognormal}, {@code exponential}, {@code uniform_int}), for connection weights and delays
 * ({@link SynSpec}) and for node parameters ({@link Network#create(String, int, Map)}). Draws come from the
 * network's seeded generators, so the same seed and the same sequence of calls give the same network; they cannot
 * equal NEST's draws (another generator).
 */
public sealed interface Distribution {

    /** The names {@link #of} accepts, NEST's. */
    List<String> NAMES = List.of("uniform", "normal", "lognormal", "exponential", "uniform_int");

    /**
     * @param rng the generator to draw from
     * @return one draw
     */
    double sample(RandomGenerator rng);

    /**
     * Uniform on {@code [min, max)} (NEST: {@code uniform(min=0.0, max=1.0)}).
     *
     * @param min lower bound
     * @param max upper bound, &gt; min
     * @return the distribution
     */
    static Distribution uniform(double min, double max) {
        return new Uniform(min, max);
    }

    /**
     * Normal (Gaussian) (NEST: {@code normal(mean=0.0, std=1.0)}).
     *
     * @param mean the mean
     * @param std the standard deviation, &gt;= 0
     * @return the distribution
     */
    static Distribution normal(double mean, double std) {
        return new Normal(mean, std);
    }

    /**
     * Log-normal: {@code exp(X)} for a normal {@code X} (NEST: {@code lognormal(mean=0.0, std=1.0)}, the parameters
     * of the underlying normal).
     *
     * @param mean mean of the underlying normal
     * @param std standard deviation of the underlying normal, &gt;= 0
     * @return the distribution
     */
    static Distribution lognormal(double mean, double std) {
        return new Lognormal(mean, std);
    }

    /**
     * Exponential with scale {@code beta} (mean {@code beta}) (NEST: {@code exponential(beta=1.0)}).
     *
     * @param beta the scale, &gt; 0
     * @return the distribution
     */
    static Distribution exponential(double beta) {
        return new Exponential(beta);
    }

    /**
     * Integers uniform on {@code [0, max)} (NEST: {@code uniform_int(max)}, no default).
     *
     * @param max the exclusive upper bound, an integer &gt;= 1
     * @return the distribution
     */
    static Distribution uniformInt(long max) {
        return new UniformInt(max);
    }

    /**
     * From a NEST-style table: {@code {distribution = "uniform", min, max}}, {@code "normal"} or {@code "lognormal"}
     * with {@code mean, std}, {@code "exponential"} with {@code beta}, {@code "uniform_int"} with {@code max};
     * missing parameters take NEST's defaults, other keys are refused.
     *
     * @param spec the table
     * @return the distribution
     */
    static Distribution of(Map<String, Object> spec) {
        Object kind = spec.get("distribution");
        List<String> keys = switch (kind instanceof String s ? s : "") {
            case "uniform" -> List.of("min", "max");
            case "normal", "lognormal" -> List.of("mean", "std");
            case "exponential" -> List.of("beta");
            case "uniform_int" -> List.of("max");
            default -> throw ParameterCheck.unknown("distribution", kind, NAMES);
        };
        for (String k : spec.keySet()) {
            if (!k.equals("distribution") && !keys.contains(k)) {
                throw ParameterCheck.unknown(kind + ".parameter", k, keys);
            }
        }
        return switch ((String) kind) {
            case "uniform" -> uniform(number(spec, kind, "min", 0.0), number(spec, kind, "max", 1.0));
            case "normal" -> normal(number(spec, kind, "mean", 0.0), number(spec, kind, "std", 1.0));
            case "lognormal" -> lognormal(number(spec, kind, "mean", 0.0), number(spec, kind, "std", 1.0));
            case "exponential" -> exponential(number(spec, kind, "beta", 1.0));
            default -> {
                if (!spec.containsKey("max")) {
                    throw ParameterCheck.invalid("uniform_int.max", "missing", "given (an integer >= 1; NEST has no default)");
                }
                double max = number(spec, kind, "max", 0.0);
                if (max != Math.rint(max)) {
                    throw ParameterCheck.invalid("uniform_int.max", max, "an integer >= 1");
                }
                yield uniformInt((long) max);
            }
        };
    }

    private static double number(Map<String, Object> spec, Object kind, String key, double nestDefault) {
        return ParameterCheck.toDouble(kind + "." + key, spec.getOrDefault(key, nestDefault), false);
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
            checkNormal("normal", mean, std);
        }

        @Override
        public double sample(RandomGenerator rng) {
            return mean + std * rng.nextGaussian();
        }
    }

    /** Log-normal distribution. @param mean mean of the underlying normal @param std its standard deviation */
    record Lognormal(double mean, double std) implements Distribution {
        /** Validates the parameters. */
        public Lognormal {
            checkNormal("lognormal", mean, std);
        }

        @Override
        public double sample(RandomGenerator rng) {
            return Math.exp(mean + std * rng.nextGaussian());
        }
    }

    /** Exponential distribution. @param beta the scale (the mean) */
    record Exponential(double beta) implements Distribution {
        /** Validates the scale. */
        public Exponential {
            if (!(ParameterCheck.toDouble("exponential.beta", beta, false) > 0.0)) {
                throw ParameterCheck.invalid("exponential.beta", beta, "> 0");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return -beta * Math.log1p(-rng.nextDouble()); // inverse CDF; 1 - U is in (0, 1], so the log is finite
        }
    }

    /** Integers uniform on {@code [0, max)}. @param max the exclusive upper bound */
    record UniformInt(long max) implements Distribution {
        /** Validates the bound. */
        public UniformInt {
            if (max < 1) {
                throw ParameterCheck.invalid("uniform_int.max", max, "an integer >= 1");
            }
        }

        @Override
        public double sample(RandomGenerator rng) {
            return rng.nextLong(max);
        }
    }

    private static void checkNormal(String kind, double mean, double std) {
        ParameterCheck.toDouble(kind + ".mean", mean, false);
        if (!(ParameterCheck.toDouble(kind + ".std", std, false) >= 0.0)) {
            throw ParameterCheck.invalid(kind + ".std", std, ">= 0");
        }
    }
}
