package org.hebb.l2l.cmaes;

import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * CMA-ES settings (Hansen 2016, "The CMA Evolution Strategy: A Tutorial", arXiv:1604.00772, Table 1 defaults for
 * everything not listed here). Every parameter is declared once, in {@link #SCHEMA}; build with
 * {@code SCHEMA.builder()} or {@link #of(Map)}.
 */
public record CmaEsParameters(long seed, int popSize, double sigma, int nIteration, double stopCriterion,
        int restarts, double tolFun, double tolX) {
    public static final String NAME = "cmaes";
    public static final ParameterSchema<CmaEsParameters> SCHEMA = ParameterSchema.of(NAME, CmaEsParameters.class,
            integer("pop_size", 0, Rule.when(p -> p == 0 || p >= 4,
                    "must be >= 4 (CMA-ES needs mu = pop_size/2 >= 2 parents), or 0 for 4 + floor(3 ln n)"),
                    "λ; 0 = 4 + ⌊3 ln n⌋, otherwise ≥ 4").shownAs("0 → 4 + ⌊3 ln n⌋"),
            real("sigma", 1.0, Rule.positive(), "initial step size σ₀ > 0 (Hansen: ~0.3 of the search interval)"),
            ParameterField.nIteration(1000).described("generations over all restarts, ≥ 1"),
            ParameterField.stopCriterion().described("stop once a weighted fitness reaches it (L2L)"),
            integer("restarts", 0, Rule.atLeast(0, ""),
                    "IPOP restarts (Auger & Hansen 2005), λ doubled each; with none left, a stop condition ends "
                            + "the run"),
            real("tol_fun", 1e-12, Rule.positive(),
                    "restart when the last 10 + ⌈30n/λ⌉ best scores and the current ones span less"),
            real("tol_x", 1e-12, Rule.positive(), "restart when σ·max(√Cᵢᵢ, \\|p_c,ᵢ\\|) < tol_x·σ₀ for all i"));

    /** Defaults: λ = 4 + ⌊3 ln n⌋, σ₀ = 1, 1000 generations, no stop criterion, no restarts, tolerances 1e-12. */
    public static CmaEsParameters defaults(long seed) {
        return SCHEMA.builder().seed(seed).build();
    }

    public static CmaEsParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
