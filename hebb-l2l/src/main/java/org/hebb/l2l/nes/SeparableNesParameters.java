package org.hebb.l2l.nes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.FitnessShaping;
import org.hebb.l2l.search.ParameterReader;

/**
 * Separable natural evolution strategies (Wierstra et al. 2014, JMLR 15:949, Algorithm 6 "SNES"; L2L's
 * {@code NaturalEvolutionStrategiesOptimizer}) under L2L's names. Zero means "the paper's default" for
 * {@code pop_size} and {@code learning_rate_sigma}.
 *
 * @param seed              the generator's seed
 * @param popSize           {@code pop_size}: samples per generation (doubled by mirroring); 0 = 4 + ⌊3 ln d⌋; else >= 2
 * @param learningRateMu    {@code learning_rate_mu}: η_μ > 0 (default 1)
 * @param learningRateSigma {@code learning_rate_sigma}: η_σ > 0; 0 = (3 + ln d)/(5√d)
 * @param sigma             {@code sigma}: initial σ of every coordinate, > 0
 * @param mirrored          {@code mirrored_sampling_enabled}: also evaluate μ − σ⊙sᵢ
 * @param shaping           {@code fitness_shaping}: {@code utilities} (default), {@code centered_ranks}, {@code none}
 * @param nIteration        {@code n_iteration}: generations, >= 1
 * @param stopCriterion     {@code stop_criterion}: stop once a weighted fitness reaches it
 */
public record SeparableNesParameters(long seed, int popSize, double learningRateMu, double learningRateSigma,
        double sigma, boolean mirrored, FitnessShaping shaping, int nIteration, double stopCriterion) {
    public static final String NAME = "snes";
    public static final Set<String> NAMES = Set.of("seed", "pop_size", "learning_rate_mu", "learning_rate_sigma",
            "sigma", "mirrored_sampling_enabled", "fitness_shaping", "n_iteration", "stop_criterion");

    public SeparableNesParameters {
        if (popSize != 0 && popSize < 2) {
            throw Check.bad(NAME + ".pop_size", popSize,
                    "must be >= 2 (the natural gradient needs two samples), or 0 for 4 + floor(3 ln d)");
        }
        Check.positive(NAME + ".learning_rate_mu", learningRateMu);
        if (learningRateSigma != 0) {
            Check.positive(NAME + ".learning_rate_sigma", learningRateSigma);
        }
        Check.positive(NAME + ".sigma", sigma);
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
    }

    public static SeparableNesParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new SeparableNesParameters(r.integer("seed", 0), r.intValue("pop_size", 0),
                r.real("learning_rate_mu", 1.0), r.real("learning_rate_sigma", 0.0), r.real("sigma", 1.0),
                r.bool("mirrored_sampling_enabled", false),
                FitnessShaping.named(r.choice("fitness_shaping", "utilities", FitnessShaping.NAMES)),
                r.intValue("n_iteration", 1000), r.real("stop_criterion", Double.POSITIVE_INFINITY));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("pop_size", popSize);
        m.put("learning_rate_mu", learningRateMu);
        m.put("learning_rate_sigma", learningRateSigma);
        m.put("sigma", sigma);
        m.put("mirrored_sampling_enabled", mirrored);
        m.put("fitness_shaping", shaping.configName());
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        return m;
    }
}
