package org.hebb.l2l.cmaes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * CMA-ES settings (Hansen 2016, "The CMA Evolution Strategy: A Tutorial", arXiv:1604.00772, Table 1 defaults for
 * everything not listed here).
 *
 * @param seed          the generator's seed
 * @param popSize       {@code pop_size}: λ, >= 4; 0 = Hansen's default {@code 4 + ⌊3 ln n⌋}
 * @param sigma         {@code sigma}: initial step size σ₀ > 0 (Hansen: about 0.3 of the search interval)
 * @param nIteration    {@code n_iteration}: generations in total, over all restarts, >= 1
 * @param stopCriterion {@code stop_criterion}: stop once a weighted fitness reaches it (L2L), default +∞
 * @param restarts      {@code restarts}: IPOP restarts (Auger &amp; Hansen 2005) with λ doubled each time, >= 0
 * @param tolFun        {@code tol_fun}: restart when the recent best and current scores span less than this, > 0
 * @param tolX          {@code tol_x}: restart when σ·max(√Cᵢᵢ, |p_cᵢ|) falls below {@code tol_x·σ₀}, > 0
 */
public record CmaEsParameters(long seed, int popSize, double sigma, int nIteration, double stopCriterion,
        int restarts, double tolFun, double tolX) {
    public static final String NAME = "cmaes";
    public static final Set<String> NAMES = Set.of("seed", "pop_size", "sigma", "n_iteration", "stop_criterion",
            "restarts", "tol_fun", "tol_x");

    public CmaEsParameters {
        if (popSize != 0 && popSize < 4) {
            throw Check.bad(NAME + ".pop_size", popSize,
                    "must be >= 4 (CMA-ES needs mu = pop_size/2 >= 2 parents), or 0 for 4 + floor(3 ln n)");
        }
        Check.positive(NAME + ".sigma", sigma);
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
        Check.atLeast(NAME + ".restarts", restarts, 0, "");
        Check.positive(NAME + ".tol_fun", tolFun);
        Check.positive(NAME + ".tol_x", tolX);
    }

    /** Defaults: λ = 4 + ⌊3 ln n⌋, σ₀ = 1, 1000 generations, no stop criterion, no restarts, tolerances 1e-12. */
    public static CmaEsParameters defaults(long seed) {
        return of(Map.of("seed", seed));
    }

    public static CmaEsParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new CmaEsParameters(r.integer("seed", 0), r.intValue("pop_size", 0), r.real("sigma", 1.0),
                r.intValue("n_iteration", 1000), r.real("stop_criterion", Double.POSITIVE_INFINITY),
                r.intValue("restarts", 0), r.real("tol_fun", 1e-12), r.real("tol_x", 1e-12));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("pop_size", popSize);
        m.put("sigma", sigma);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        m.put("restarts", restarts);
        m.put("tol_fun", tolFun);
        m.put("tol_x", tolX);
        return m;
    }
}
