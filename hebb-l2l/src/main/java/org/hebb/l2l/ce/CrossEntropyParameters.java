package org.hebb.l2l.ce;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * The cross-entropy method (Rubinstein &amp; Kroese 2004, "The Cross-Entropy Method", Alg. 4.3.1 with smoothing;
 * L2L's {@code CrossEntropyOptimizer}) under L2L's names.
 *
 * @param seed           the generator's seed
 * @param popSize        {@code pop_size}: samples per generation, >= 2
 * @param rho            {@code rho}: elite fraction; {@code n_elite = ⌊rho·pop_size⌋} must be >= 2
 * @param smoothing      {@code smoothing}: s in [0, 1): weight of the old distribution
 * @param tempDecay      {@code temp_decay}: 0 = off; else in (0, 1): non-elite samples join the fit with
 *                       probability exp((f − γ)/T), T ← T·temp_decay from T = 1
 * @param distribution   {@code distribution}: {@code gaussian} or {@code noisy_gaussian}
 * @param noiseMagnitude {@code noise_magnitude}: initial m of the noisy Gaussian, >= 0
 * @param noiseDecay     {@code noise_decay}: m ← m·decay per fit, in [0, 1]
 * @param nIteration     {@code n_iteration}: generations, >= 1
 * @param stopCriterion  {@code stop_criterion}: stop once a weighted fitness reaches it
 */
public record CrossEntropyParameters(long seed, int popSize, double rho, double smoothing, double tempDecay,
        String distribution, double noiseMagnitude, double noiseDecay, int nIteration, double stopCriterion) {
    public static final String NAME = "cross_entropy";
    public static final Set<String> NAMES = Set.of("seed", "pop_size", "rho", "smoothing", "temp_decay",
            "distribution", "noise_magnitude", "noise_decay", "n_iteration", "stop_criterion");

    public CrossEntropyParameters {
        Check.atLeast(NAME + ".pop_size", popSize, 2, "the elite needs two samples");
        if (!(rho > 0 && rho <= 1) || (int) (rho * popSize) < 2) {
            throw Check.bad(NAME + ".rho", rho, "must be in (0, 1] with floor(rho * pop_size) >= 2 (pop_size = "
                    + popSize + ")");
        }
        Check.inHalfOpen(NAME + ".smoothing", smoothing, 0, 1);
        Check.inHalfOpen(NAME + ".temp_decay", tempDecay, 0, 1);
        if (!GaussianDistribution.NAMES.contains(distribution)) {
            throw Check.bad(NAME + ".distribution", distribution, "must be one of " + GaussianDistribution.NAMES);
        }
        Check.nonNegative(NAME + ".noise_magnitude", noiseMagnitude);
        Check.inRange(NAME + ".noise_decay", noiseDecay, 0, 1);
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
    }

    public static CrossEntropyParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new CrossEntropyParameters(r.integer("seed", 0), r.intValue("pop_size", 100), r.real("rho", 0.3),
                r.real("smoothing", 0.5), r.real("temp_decay", 0.0),
                r.choice("distribution", "gaussian", GaussianDistribution.NAMES), r.real("noise_magnitude", 1.0),
                r.real("noise_decay", 0.95), r.intValue("n_iteration", 1000),
                r.real("stop_criterion", Double.POSITIVE_INFINITY));
    }

    /** {@code ⌊rho·pop_size⌋}. */
    public int nElite() {
        return (int) (rho * popSize);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("pop_size", popSize);
        m.put("rho", rho);
        m.put("smoothing", smoothing);
        m.put("temp_decay", tempDecay);
        m.put("distribution", distribution);
        m.put("noise_magnitude", noiseMagnitude);
        m.put("noise_decay", noiseDecay);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        return m;
    }
}
