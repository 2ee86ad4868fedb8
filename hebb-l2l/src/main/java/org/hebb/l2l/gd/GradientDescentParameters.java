package org.hebb.l2l.gd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * Finite-difference gradient ascent (L2L's {@code GradientDescentOptimizer} with its five parameter types folded into
 * one {@code variant}). Each variant takes the common names plus its own; other names are rejected.
 *
 * @param seed                the generator's seed
 * @param variant             {@code variant}: classic, stochastic, momentum, rmsprop, adam, adamax
 * @param learningRate        {@code learning_rate} > 0
 * @param explorationStepSize {@code exploration_step_size}: σ > 0 of the random steps
 * @param nRandomSteps        {@code n_random_steps}: random steps per generation, >= 1; 0 = the genome length
 * @param nIteration          {@code n_iteration}: generations, >= 1
 * @param stopCriterion       {@code stop_criterion}: stop once a weighted fitness reaches it
 * @param momentum            {@code momentum} (momentum): μ in [0, 1)
 * @param momentumDecay       {@code momentum_decay} (rmsprop): β in [0, 1)
 * @param firstOrderDecay     {@code first_order_decay} (adam, adamax): β₁ in [0, 1)
 * @param secondOrderDecay    {@code second_order_decay} (adam, adamax): β₂ in [0, 1)
 * @param stochasticDeviation {@code stochastic_deviation} (stochastic): σ of the added noise, >= 0
 * @param stochasticDecay     {@code stochastic_decay} (stochastic): noise factor decay^(t+1), in [0, 1]
 */
public record GradientDescentParameters(long seed, String variant, double learningRate, double explorationStepSize,
        int nRandomSteps, int nIteration, double stopCriterion, double momentum, double momentumDecay,
        double firstOrderDecay, double secondOrderDecay, double stochasticDeviation, double stochasticDecay) {
    public static final String NAME = "gradient_descent";
    public static final List<String> VARIANTS = List.of("classic", "stochastic", "momentum", "rmsprop", "adam",
            "adamax");
    private static final Set<String> COMMON = Set.of("seed", "variant", "learning_rate", "exploration_step_size",
            "n_random_steps", "n_iteration", "stop_criterion");

    public GradientDescentParameters {
        if (!VARIANTS.contains(variant)) {
            throw Check.bad(NAME + ".variant", variant, "must be one of " + VARIANTS);
        }
        Check.positive(NAME + ".learning_rate", learningRate);
        Check.positive(NAME + ".exploration_step_size", explorationStepSize);
        Check.atLeast(NAME + ".n_random_steps", nRandomSteps, 0, "0 means one per gene");
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
        Check.inHalfOpen(NAME + ".momentum", momentum, 0, 1);
        Check.inHalfOpen(NAME + ".momentum_decay", momentumDecay, 0, 1);
        Check.inHalfOpen(NAME + ".first_order_decay", firstOrderDecay, 0, 1);
        Check.inHalfOpen(NAME + ".second_order_decay", secondOrderDecay, 0, 1);
        Check.nonNegative(NAME + ".stochastic_deviation", stochasticDeviation);
        Check.inRange(NAME + ".stochastic_decay", stochasticDecay, 0, 1);
    }

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

    /** Every name any variant takes. */
    public static Set<String> allNames() {
        Set<String> s = new TreeSet<>();
        VARIANTS.forEach(v -> s.addAll(names(v)));
        return s;
    }

    public static GradientDescentParameters of(Map<String, ?> map) {
        Object raw = map.containsKey("variant") ? map.get("variant") : "adam";
        String v = raw instanceof String s ? s.toLowerCase(Locale.ROOT) : "";
        if (!VARIANTS.contains(v)) {
            throw Check.bad(NAME + ".variant", raw, "must be one of " + VARIANTS);
        }
        new ParameterReader(NAME + " (variant " + v + ")", map, names(v)); // rejects names this variant does not take
        ParameterReader f = new ParameterReader(NAME, map, names(v));
        return new GradientDescentParameters(f.integer("seed", 0), v, f.real("learning_rate", 0.01),
                f.real("exploration_step_size", 0.01), f.intValue("n_random_steps", 0),
                f.intValue("n_iteration", 1000), f.real("stop_criterion", Double.POSITIVE_INFINITY),
                f.real("momentum", 0.9), f.real("momentum_decay", 0.9), f.real("first_order_decay", 0.9),
                f.real("second_order_decay", 0.999), f.real("stochastic_deviation", 1.0),
                f.real("stochastic_decay", 0.99));
    }

    /** The parameters this variant takes, under L2L's names. */
    public Map<String, Object> toMap() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("seed", seed);
        all.put("variant", variant);
        all.put("learning_rate", learningRate);
        all.put("exploration_step_size", explorationStepSize);
        all.put("n_random_steps", nRandomSteps);
        all.put("n_iteration", nIteration);
        all.put("stop_criterion", stopCriterion);
        all.put("momentum", momentum);
        all.put("momentum_decay", momentumDecay);
        all.put("first_order_decay", firstOrderDecay);
        all.put("second_order_decay", secondOrderDecay);
        all.put("stochastic_deviation", stochasticDeviation);
        all.put("stochastic_decay", stochasticDecay);
        all.keySet().retainAll(names(variant));
        return all;
    }
}
