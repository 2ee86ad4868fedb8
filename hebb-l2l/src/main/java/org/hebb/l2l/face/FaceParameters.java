package org.hebb.l2l.face;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.ce.GaussianDistribution;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * The fully adaptive cross-entropy method (FACE; Rubinstein &amp; Kroese 2004, §5.4 "fully adaptive CE"; L2L's
 * {@code FACEOptimizer}) under L2L's names.
 *
 * @param seed           the generator's seed
 * @param minPopSize     {@code min_pop_size}: smallest generation, >= n_elite
 * @param maxPopSize     {@code max_pop_size}: largest generation, >= min_pop_size
 * @param nElite         {@code n_elite}: samples fitted, >= 2
 * @param smoothing      {@code smoothing}: s in [0, 1)
 * @param tempDecay      {@code temp_decay}: 0 = off; else in (0, 1) as in cross-entropy
 * @param distribution   {@code distribution}: {@code gaussian} or {@code noisy_gaussian}
 * @param noiseMagnitude {@code noise_magnitude}: initial m of the noisy Gaussian, >= 0
 * @param noiseDecay     {@code noise_decay}: m ← m·decay per fit, in [0, 1]
 * @param nExpand        {@code n_expand}: samples added when a generation brings no improvement, >= 1
 * @param nIteration     {@code n_iteration}: generations, >= 1
 * @param stopCriterion  {@code stop_criterion}: stop once a weighted fitness reaches it
 */
public record FaceParameters(long seed, int minPopSize, int maxPopSize, int nElite, double smoothing,
        double tempDecay, String distribution, double noiseMagnitude, double noiseDecay, int nExpand, int nIteration,
        double stopCriterion) {
    public static final String NAME = "face";
    public static final Set<String> NAMES = Set.of("seed", "min_pop_size", "max_pop_size", "n_elite", "smoothing",
            "temp_decay", "distribution", "noise_magnitude", "noise_decay", "n_expand", "n_iteration",
            "stop_criterion");

    public FaceParameters {
        Check.atLeast(NAME + ".n_elite", nElite, 2, "the fit needs two samples");
        Check.atLeast(NAME + ".min_pop_size", minPopSize, nElite, "n_elite");
        Check.atLeast(NAME + ".max_pop_size", maxPopSize, minPopSize, "min_pop_size");
        Check.inHalfOpen(NAME + ".smoothing", smoothing, 0, 1);
        Check.inHalfOpen(NAME + ".temp_decay", tempDecay, 0, 1);
        if (!GaussianDistribution.NAMES.contains(distribution)) {
            throw Check.bad(NAME + ".distribution", distribution, "must be one of " + GaussianDistribution.NAMES);
        }
        Check.nonNegative(NAME + ".noise_magnitude", noiseMagnitude);
        Check.inRange(NAME + ".noise_decay", noiseDecay, 0, 1);
        Check.atLeast(NAME + ".n_expand", nExpand, 1, "");
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
    }

    public static FaceParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new FaceParameters(r.integer("seed", 0), r.intValue("min_pop_size", 20),
                r.intValue("max_pop_size", 50), r.intValue("n_elite", 10), r.real("smoothing", 0.2),
                r.real("temp_decay", 0.0), r.choice("distribution", "gaussian", GaussianDistribution.NAMES),
                r.real("noise_magnitude", 1.0), r.real("noise_decay", 0.95), r.intValue("n_expand", 5),
                r.intValue("n_iteration", 1000), r.real("stop_criterion", Double.POSITIVE_INFINITY));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("min_pop_size", minPopSize);
        m.put("max_pop_size", maxPopSize);
        m.put("n_elite", nElite);
        m.put("smoothing", smoothing);
        m.put("temp_decay", tempDecay);
        m.put("distribution", distribution);
        m.put("noise_magnitude", noiseMagnitude);
        m.put("noise_decay", noiseDecay);
        m.put("n_expand", nExpand);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        return m;
    }
}
