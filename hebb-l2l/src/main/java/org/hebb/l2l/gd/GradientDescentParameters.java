package org.hebb.l2l.gd;

import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * Finite-difference gradient ascent (L2L's {@code GradientDescentOptimizer} with its five parameter types folded into
 * one {@code variant}), declared once in {@link #SCHEMA}. Each variant takes the common names plus its own
 * ({@link #names(String)}); other names are rejected.
 */
public record GradientDescentParameters(long seed, String variant, double learningRate, double explorationStepSize,
        int nRandomSteps, int nIteration, double stopCriterion, double momentum, double momentumDecay,
        double firstOrderDecay, double secondOrderDecay, double stochasticDeviation, double stochasticDecay) {
    public static final String NAME = "gradient_descent";
    public static final List<String> VARIANTS = List.of("classic", "stochastic", "momentum", "rmsprop", "adam",
            "adamax");
    public static final ParameterSchema<GradientDescentParameters> SCHEMA = ParameterSchema.of(NAME,
            GradientDescentParameters.class,
            choice("variant", "adam", VARIANTS, "`classic`, `stochastic`, `momentum`, `rmsprop`, `adam`, `adamax`"),
            real("learning_rate", 0.01, Rule.positive(), "all; α > 0"),
            real("exploration_step_size", 0.01, Rule.positive(),
                    "all; σ > 0 (on smooth functions a small σ, e.g. 1e-6, gives a precise slope)"),
            integer("n_random_steps", 0, Rule.atLeast(0, "0 means one per gene"), "all; random steps per generation")
                    .shownAs("0 → genome length"),
            ParameterField.nIteration(1000).described("all; generations, ≥ 1"),
            ParameterField.stopCriterion().described("all; stop once a weighted fitness reaches it"),
            real("momentum", 0.9, Rule.inHalfOpen(0, 1), "momentum; μ in [0, 1)"),
            real("momentum_decay", 0.9, Rule.inHalfOpen(0, 1), "rmsprop; β in [0, 1)"),
            real("first_order_decay", 0.9, Rule.inHalfOpen(0, 1), "adam, adamax; β₁ in [0, 1)"),
            real("second_order_decay", 0.999, Rule.inHalfOpen(0, 1), "adam, adamax; β₂ in [0, 1)"),
            real("stochastic_deviation", 1.0, Rule.nonNegative(), "stochastic; σ ≥ 0 of the added noise"),
            real("stochastic_decay", 0.99, Rule.inRange(0, 1), "stochastic; noise factor decay^(t+1), in [0, 1]"));
    private static final Set<String> COMMON = Set.of("seed", "variant", "learning_rate", "exploration_step_size",
            "n_random_steps", "n_iteration", "stop_criterion");

    /** The names variant {@code v} takes. */
    public static Set<String> names(String v) {
        Set<String> s = new TreeSet<>(COMMON);
        switch (v) {
            case "stochastic" -> s.addAll(List.of("stochastic_deviation", "stochastic_decay"));
            case "momentum" -> s.add("momentum");
            case "rmsprop" -> s.add("momentum_decay");
            case "adam", "adamax" -> s.addAll(List.of("first_order_decay", "second_order_decay"));
            default -> { }
        }
        return s;
    }

    /** The parameters from a config map: the variant first, then only the names it takes. */
    public static GradientDescentParameters of(Map<String, ?> map) {
        Object raw = map.containsKey("variant") ? map.get("variant") : "adam";
        String v = raw instanceof String s ? s.toLowerCase(Locale.ROOT) : "";
        if (!VARIANTS.contains(v)) {
            throw Check.bad(NAME + ".variant", raw, "must be one of " + VARIANTS);
        }
        for (String k : map.keySet()) {
            if (!names(v).contains(k)) {
                throw new IllegalArgumentException(NAME + " (variant " + v + ") parameter: '" + k
                        + "' is not allowed; must be one of " + names(v));
            }
        }
        return SCHEMA.read(map);
    }

    /** The parameters this variant takes, under L2L's names. */
    public Map<String, Object> toMap() {
        Map<String, Object> all = SCHEMA.toMap(this);
        all.keySet().retainAll(names(variant));
        return all;
    }
}
