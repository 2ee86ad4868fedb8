package org.hebb.l2l.es;

import static org.hebb.l2l.search.ParameterField.bool;
import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.List;
import java.util.Map;
import org.hebb.l2l.search.FitnessShaping;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * OpenAI-style evolution strategies (Salimans et al. 2017, arXiv:1703.03864) under L2L's names, plus the step
 * rule and the decays of OpenAI's/estool's implementations; declared once in {@link #SCHEMA}.
 */
public record EvolutionStrategiesParameters(long seed, int popSize, double learningRate, double noiseStd,
        boolean mirrored, FitnessShaping shaping, String updateRule, double momentum, double beta1, double beta2,
        double learningRateDecay, double noiseStdDecay, int nIteration, double stopCriterion) {
    public static final String NAME = "evolution_strategies";
    public static final List<String> UPDATE_RULES = List.of("adam", "sgd");
    public static final ParameterSchema<EvolutionStrategiesParameters> SCHEMA = ParameterSchema.of(NAME,
            EvolutionStrategiesParameters.class,
            integer("pop_size", 20, (v, all) -> all.bool("mirrored_sampling_enabled")
                    ? Rule.atLeast(1, "").violation(v, all)
                    : Rule.atLeast(2, "without mirroring the gradient needs two samples").violation(v, all),
                    "perturbations per generation (mirroring doubles them); ≥ 1, ≥ 2 without mirroring"),
            real("learning_rate", 0.1, Rule.positive(), "α > 0"),
            real("noise_std", 1.0, Rule.positive(), "σ > 0 of the perturbations"),
            bool("mirrored_sampling_enabled", true, "antithetic pairs θ ± σε"),
            choice("fitness_shaping", "centered_ranks", FitnessShaping.NAMES, "`centered_ranks` (OpenAI: rank/(N−1) "
                    + "− ½), `utilities` (Wierstra et al. 2014, L2L), `none` (raw scores)", FitnessShaping.class,
                    FitnessShaping::named, FitnessShaping::configName),
            choice("update_rule", "adam", UPDATE_RULES, "`adam` (OpenAI) or `sgd` (L2L)"),
            real("momentum", 0.0, Rule.inHalfOpen(0, 1), "SGD momentum in [0, 1)"),
            real("adam_beta1", 0.9, Rule.inHalfOpen(0, 1), "Adam's β₁ in [0, 1) (ε = 1e-8)"),
            real("adam_beta2", 0.999, Rule.inHalfOpen(0, 1), "Adam's β₂ in [0, 1)"),
            real("learning_rate_decay", 1.0, Rule.when(d -> d > 0 && d <= 1, "must be in (0, 1]"),
                    "α ← α·decay each generation, in (0, 1]"),
            real("noise_std_decay", 1.0, Rule.when(d -> d > 0 && d <= 1, "must be in (0, 1]"),
                    "σ ← σ·decay each generation, in (0, 1]"),
            ParameterField.nIteration(1000),
            ParameterField.stopCriterion());

    public static EvolutionStrategiesParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
