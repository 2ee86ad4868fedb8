package org.hebb.l2l.ce;

import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * The cross-entropy method (Rubinstein &amp; Kroese 2004, "The Cross-Entropy Method", Alg. 4.3.1 with smoothing;
 * L2L's {@code CrossEntropyOptimizer}) under L2L's names, declared once in {@link #SCHEMA}.
 */
public record CrossEntropyParameters(long seed, int popSize, double rho, double smoothing, double tempDecay,
        String distribution, double noiseMagnitude, double noiseDecay, int nIteration, double stopCriterion) {
    public static final String NAME = "cross_entropy";
    public static final ParameterSchema<CrossEntropyParameters> SCHEMA = ParameterSchema.of(NAME,
            CrossEntropyParameters.class,
            integer("pop_size", 100, Rule.atLeast(2, "the elite needs two samples"), "samples per generation, ≥ 2"),
            real("rho", 0.3, (v, all) -> {
                double rho = (Double) v;
                int pop = all.integer("pop_size");
                return rho > 0 && rho <= 1 && (int) (rho * pop) >= 2 ? null
                        : "must be in (0, 1] with floor(rho * pop_size) >= 2 (pop_size = " + pop + ")";
            }, "elite fraction in (0, 1]; ⌊rho·pop_size⌋ ≥ 2"),
            real("smoothing", 0.5, Rule.inHalfOpen(0, 1), "s in [0, 1): weight of the old distribution"),
            real("temp_decay", 0.0, Rule.inHalfOpen(0, 1), "0 = elite only; else in (0, 1): non-elite samples join "
                    + "the fit with probability exp((f − γ)/T), T ← T·temp_decay from 1"),
            choice("distribution", "gaussian", GaussianDistribution.NAMES, "`gaussian` or `noisy_gaussian`"),
            real("noise_magnitude", 1.0, Rule.nonNegative(), "initial m ≥ 0 of the noisy Gaussian"),
            real("noise_decay", 0.95, Rule.inRange(0, 1), "m ← m·decay per fit, in [0, 1]"),
            ParameterField.nIteration(1000),
            ParameterField.stopCriterion());

    public static CrossEntropyParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
    }

    /** {@code ⌊rho·pop_size⌋}. */
    public int nElite() {
        return (int) (rho * popSize);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
