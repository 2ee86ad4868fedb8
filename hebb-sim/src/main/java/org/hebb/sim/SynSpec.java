package org.hebb.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * The synapse part of a {@link Network#connect} call, with NEST's names: {@code synapse_model},
 * {@code weight} (pA for current-based neurons, mV for iaf_psc_delta), {@code delay} (ms, a multiple of
 * the resolution, &gt;= h) and {@code receptor_type}. Weight and delay are each a constant, an array with
 * one value per created connection (in creation order: per target, then per source, for all_to_all,
 * fixed_indegree and pairwise_bernoulli; per source for fixed_outdegree; unlike NEST's 2-D arrays), or a
 * seeded {@link Distribution}
 * (drawn delays are rounded to the grid). Immutable; the {@code with...} methods return copies.
 *
 * <pre>{@code
 * SynSpec syn = SynSpec.of("static_synapse").withWeight(1000.0).withDelay(1.0);
 * }</pre>
 *
 * @param model synapse model name, e.g. {@code static_synapse}
 * @param weight Double, double[] or Distribution
 * @param delay Double, double[] or Distribution
 * @param receptorType receptor port of the target (0; parrot_neuron also 1)
 * @param extra further model parameters (for plastic synapse models)
 */
public record SynSpec(String model, Object weight, Object delay, int receptorType, Map<String, Object> extra) {

    /** Checks the value kinds. */
    public SynSpec {
        checkValue("weight", weight);
        checkValue("delay", delay);
        extra = Map.copyOf(extra);
    }

    private static void checkValue(String field, Object v) {
        if (v instanceof Number n) {
            ParameterCheck.toDouble(field, n, false);
        } else if (v instanceof double[] a) {
            ParameterCheck.toDoubleArray(field, a);
        } else if (!(v instanceof Distribution)) {
            throw ParameterCheck.invalid(field, v, "a number, an array of numbers or a distribution");
        }
    }

    /**
     * @param model synapse model name
     * @return the model with its default weight and delay (static_synapse: 1.0, 1.0 ms)
     */
    public static SynSpec of(String model) {
        if (!Models.names(ModelInfo.Kind.SYNAPSE).contains(model)) { // lists the synapse models only
            throw ParameterCheck.unknown("synapse_model", model, Models.names(ModelInfo.Kind.SYNAPSE));
        }
        Map<String, Object> d = Models.info(model).defaults();
        return new SynSpec(model, d.get("weight"), d.get("delay"), 0, Map.of());
    }

    /** @return {@code static_synapse} with weight 1 and delay 1 ms */
    public static SynSpec staticSynapse() {
        return of("static_synapse");
    }

    /**
     * From a NEST-style dictionary: {@code synapse_model}, {@code weight}, {@code delay},
     * {@code receptor_type}, others passed to the model. A weight or delay given as a table with key
     * {@code distribution} becomes a {@link Distribution}; a list becomes an array.
     *
     * @param spec the dictionary
     * @return the synapse spec
     */
    public static SynSpec of(Map<String, Object> spec) {
        Object modelName = spec.getOrDefault("synapse_model", "static_synapse");
        SynSpec s = of(String.valueOf(modelName));
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : spec.entrySet()) {
            switch (e.getKey()) {
                case "synapse_model" -> { }
                case "weight" -> s = s.withValue("weight", e.getValue());
                case "delay" -> s = s.withValue("delay", e.getValue());
                case "receptor_type" -> {
                    double r = ParameterCheck.toDouble("receptor_type", e.getValue(), false);
                    if (r != Math.rint(r) || r < 0) {
                        throw ParameterCheck.invalid("receptor_type", r, "a non-negative integer");
                    }
                    s = s.withReceptorType((int) r);
                }
                default -> {
                    if (!Models.info(s.model).defaults().containsKey(e.getKey())) {
                        throw ParameterCheck.unknown(s.model + ".parameter", e.getKey(), Models.info(s.model).defaults().keySet());
                    }
                    extra.put(e.getKey(), e.getValue());
                }
            }
        }
        return new SynSpec(s.model, s.weight, s.delay, s.receptorType, extra);
    }

    @SuppressWarnings("unchecked")
    private SynSpec withValue(String field, Object v) {
        Object value = v;
        if (v instanceof Map<?, ?> m) {
            value = Distribution.of((Map<String, Object>) m);
        } else if (v instanceof java.util.Collection<?> c) {
            value = ParameterCheck.toDoubleArray(field, c);
        }
        return field.equals("weight") ? new SynSpec(model, value, delay, receptorType, extra)
                : new SynSpec(model, weight, value, receptorType, extra);
    }

    /** @param w constant weight @return a copy */
    public SynSpec withWeight(double w) {
        return new SynSpec(model, w, delay, receptorType, extra);
    }

    /** @param w one weight per created connection @return a copy */
    public SynSpec withWeight(double[] w) {
        return new SynSpec(model, w.clone(), delay, receptorType, extra);
    }

    /** @param w weight distribution @return a copy */
    public SynSpec withWeight(Distribution w) {
        return new SynSpec(model, w, delay, receptorType, extra);
    }

    /** @param d constant delay in ms @return a copy */
    public SynSpec withDelay(double d) {
        return new SynSpec(model, weight, d, receptorType, extra);
    }

    /** @param d one delay (ms) per created connection @return a copy */
    public SynSpec withDelay(double[] d) {
        return new SynSpec(model, weight, d.clone(), receptorType, extra);
    }

    /** @param d delay distribution (ms, rounded to the grid) @return a copy */
    public SynSpec withDelay(Distribution d) {
        return new SynSpec(model, weight, d, receptorType, extra);
    }

    /** @param r receptor type @return a copy */
    public SynSpec withReceptorType(int r) {
        return new SynSpec(model, weight, delay, r, extra);
    }

    /** Value of weight or delay for the {@code k}-th created connection. */
    public double value(Object v, int k, int count, java.util.random.RandomGenerator rng, String field) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof double[] a) {
            if (a.length != count) {
                throw ParameterCheck.invalid("syn_spec." + field, "array of length " + a.length, "of length " + count + " (one per connection)");
            }
            return a[k];
        }
        return ((Distribution) v).sample(rng);
    }
}
