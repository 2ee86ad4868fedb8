package org.hebb.l2l.es;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.FitnessShaping;
import org.hebb.l2l.search.ParameterReader;

/**
 * OpenAI-style evolution strategies (Salimans et al. 2017, arXiv:1703.03864) under L2L's names, plus the step
 * rule and the decays of OpenAI's/estool's implementations.
 *
 * @param seed             the generator's seed
 * @param popSize          {@code pop_size}: perturbations per generation (doubled by mirroring), >= 1; >= 2 unmirrored
 * @param learningRate     {@code learning_rate}: α > 0
 * @param noiseStd         {@code noise_std}: σ > 0 of the perturbations
 * @param mirrored         {@code mirrored_sampling_enabled}: evaluate θ ± σε (antithetic pairs)
 * @param shaping          {@code fitness_shaping}: {@code centered_ranks} (OpenAI), {@code utilities} (Wierstra, L2L), {@code none}
 * @param updateRule       {@code update_rule}: {@code adam} (OpenAI) or {@code sgd} (L2L)
 * @param momentum         {@code momentum}: SGD momentum in [0, 1)
 * @param beta1            {@code adam_beta1} in [0, 1)
 * @param beta2            {@code adam_beta2} in [0, 1)
 * @param learningRateDecay {@code learning_rate_decay}: α ← α·decay each generation, in (0, 1]
 * @param noiseStdDecay    {@code noise_std_decay}: σ ← σ·decay each generation, in (0, 1]
 * @param nIteration       {@code n_iteration}: generations, >= 1
 * @param stopCriterion    {@code stop_criterion}: stop once a weighted fitness reaches it
 */
public record EvolutionStrategiesParameters(long seed, int popSize, double learningRate, double noiseStd,
        boolean mirrored, FitnessShaping shaping, String updateRule, double momentum, double beta1, double beta2,
        double learningRateDecay, double noiseStdDecay, int nIteration, double stopCriterion) {
    public static final String NAME = "evolution_strategies";
    public static final List<String> UPDATE_RULES = List.of("adam", "sgd");
    public static final Set<String> NAMES = Set.of("seed", "pop_size", "learning_rate", "noise_std",
            "mirrored_sampling_enabled", "fitness_shaping", "update_rule", "momentum", "adam_beta1", "adam_beta2",
            "learning_rate_decay", "noise_std_decay", "n_iteration", "stop_criterion");

    public EvolutionStrategiesParameters {
        Check.atLeast(NAME + ".pop_size", popSize, mirrored ? 1 : 2,
                mirrored ? "" : "without mirroring the gradient needs two samples");
        Check.positive(NAME + ".learning_rate", learningRate);
        Check.positive(NAME + ".noise_std", noiseStd);
        if (!UPDATE_RULES.contains(updateRule)) {
            throw Check.bad(NAME + ".update_rule", updateRule, "must be one of " + UPDATE_RULES);
        }
        Check.inHalfOpen(NAME + ".momentum", momentum, 0, 1);
        Check.inHalfOpen(NAME + ".adam_beta1", beta1, 0, 1);
        Check.inHalfOpen(NAME + ".adam_beta2", beta2, 0, 1);
        if (!(learningRateDecay > 0 && learningRateDecay <= 1)) {
            throw Check.bad(NAME + ".learning_rate_decay", learningRateDecay, "must be in (0, 1]");
        }
        if (!(noiseStdDecay > 0 && noiseStdDecay <= 1)) {
            throw Check.bad(NAME + ".noise_std_decay", noiseStdDecay, "must be in (0, 1]");
        }
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
    }

    public static EvolutionStrategiesParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new EvolutionStrategiesParameters(r.integer("seed", 0), r.intValue("pop_size", 20),
                r.real("learning_rate", 0.1), r.real("noise_std", 1.0), r.bool("mirrored_sampling_enabled", true),
                FitnessShaping.named(r.choice("fitness_shaping", "centered_ranks", FitnessShaping.NAMES)),
                r.choice("update_rule", "adam", UPDATE_RULES), r.real("momentum", 0.0), r.real("adam_beta1", 0.9),
                r.real("adam_beta2", 0.999), r.real("learning_rate_decay", 1.0), r.real("noise_std_decay", 1.0),
                r.intValue("n_iteration", 1000), r.real("stop_criterion", Double.POSITIVE_INFINITY));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("pop_size", popSize);
        m.put("learning_rate", learningRate);
        m.put("noise_std", noiseStd);
        m.put("mirrored_sampling_enabled", mirrored);
        m.put("fitness_shaping", shaping.configName());
        m.put("update_rule", updateRule);
        m.put("momentum", momentum);
        m.put("adam_beta1", beta1);
        m.put("adam_beta2", beta2);
        m.put("learning_rate_decay", learningRateDecay);
        m.put("noise_std_decay", noiseStdDecay);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        return m;
    }
}
