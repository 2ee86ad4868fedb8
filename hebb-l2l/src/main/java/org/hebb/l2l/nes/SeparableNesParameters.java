package org.hebb.l2l.nes;

import static org.hebb.l2l.search.ParameterField.bool;
import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.search.FitnessShaping;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * Separable natural evolution strategies (Wierstra et al. 2014, JMLR 15:949, Algorithm 6 "SNES"; L2L's
 * {@code NaturalEvolutionStrategiesOptimizer}) under L2L's names, declared once in {@link #SCHEMA}. Zero means "the
 * paper's default" for {@code pop_size} and {@code learning_rate_sigma}.
 */
public record SeparableNesParameters(long seed, int popSize, double learningRateMu, double learningRateSigma,
        double sigma, boolean mirrored, FitnessShaping shaping, int nIteration, double stopCriterion) {
    public static final String NAME = "snes";
    public static final ParameterSchema<SeparableNesParameters> SCHEMA = ParameterSchema.of(NAME,
            SeparableNesParameters.class,
            integer("pop_size", 0, Rule.when(p -> p == 0 || p >= 2,
                    "must be >= 2 (the natural gradient needs two samples), or 0 for 4 + floor(3 ln d)"),
                    "samples (mirroring doubles them); 0 = 4 + ⌊3 ln d⌋, otherwise ≥ 2").shownAs("0 → 4 + ⌊3 ln d⌋"),
            real("learning_rate_mu", 1.0, Rule.positive(), "η_μ > 0"),
            real("learning_rate_sigma", 0.0, (v, all) -> (Double) v == 0 ? null : Rule.positive().violation(v, all),
                    "η_σ > 0; 0 = (3 + ln d)/(5√d)").shownAs("0 → (3 + ln d)/(5√d)"),
            real("sigma", 1.0, Rule.positive(), "initial σ of every coordinate, > 0"),
            bool("mirrored_sampling_enabled", false, "also evaluate μ − σ⊙sᵢ"),
            choice("fitness_shaping", "utilities", FitnessShaping.NAMES, "`utilities`, `centered_ranks` or `none`, "
                    + "as for ES", FitnessShaping.class, FitnessShaping::named, FitnessShaping::configName),
            ParameterField.nIteration(1000),
            ParameterField.stopCriterion());

    public static SeparableNesParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
