package org.hebb.l2l.face;

import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.ce.GaussianDistribution;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * The fully adaptive cross-entropy method (FACE; Rubinstein &amp; Kroese 2004, §5.4 "fully adaptive CE"; L2L's
 * {@code FACEOptimizer}) under L2L's names, declared once in {@link #SCHEMA}.
 */
public record FaceParameters(long seed, int minPopSize, int maxPopSize, int nElite, double smoothing,
        double tempDecay, String distribution, double noiseMagnitude, double noiseDecay, int nExpand, int nIteration,
        double stopCriterion) {
    public static final String NAME = "face";
    public static final ParameterSchema<FaceParameters> SCHEMA = ParameterSchema.of(NAME, FaceParameters.class,
            integer("min_pop_size", 20, (v, all) -> Rule.atLeast(all.integer("n_elite"), "n_elite").violation(v, all),
                    "smallest generation, ≥ n_elite"),
            integer("max_pop_size", 50, (v, all) -> Rule.atLeast(all.integer("min_pop_size"), "min_pop_size")
                    .violation(v, all), "largest generation, ≥ min_pop_size"),
            integer("n_elite", 10, Rule.atLeast(2, "the fit needs two samples"), "samples fitted, ≥ 2"),
            real("smoothing", 0.2, Rule.inHalfOpen(0, 1), "s in [0, 1), as cross-entropy"),
            real("temp_decay", 0.0, Rule.inHalfOpen(0, 1), "0 = off; else in (0, 1), as cross-entropy"),
            choice("distribution", "gaussian", GaussianDistribution.NAMES, "`gaussian` or `noisy_gaussian`"),
            real("noise_magnitude", 1.0, Rule.nonNegative(), "initial m ≥ 0 of the noisy Gaussian"),
            real("noise_decay", 0.95, Rule.inRange(0, 1), "m ← m·decay per fit, in [0, 1]"),
            integer("n_expand", 5, Rule.atLeast(1, ""), "samples added when a generation brings no improvement, ≥ 1"),
            ParameterField.nIteration(1000),
            ParameterField.stopCriterion());

    public static FaceParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
