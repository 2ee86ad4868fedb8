package org.hebb.l2l.pt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * Parallel tempering (replica exchange; Swendsen &amp; Wang 1986, Geyer 1991, review Earl &amp; Deem 2005) on a fixed
 * geometric temperature ladder. L2L's {@code ParallelTemperingOptimizer} annealed one chain per schedule and never
 * swapped; this one keeps the temperatures and swaps.
 *
 * @param seed           the generator's seed
 * @param nParallelRuns  {@code n_parallel_runs}: chains (replicas), >= 2
 * @param noisyStep      {@code noisy_step}: proposal σ at T = 1; chain i proposes with σ·√Tᵢ, > 0
 * @param nIteration     {@code n_iteration}: generations, >= 1
 * @param stopCriterion  {@code stop_criterion}: stop once a weighted fitness reaches it
 * @param temperatureMin {@code temperature_min}: T of the coldest chain, > 0
 * @param temperatureMax {@code temperature_max}: T of the hottest chain, > temperature_min
 */
public record ParallelTemperingParameters(long seed, int nParallelRuns, double noisyStep, int nIteration,
        double stopCriterion, double temperatureMin, double temperatureMax) {
    public static final String NAME = "parallel_tempering";
    public static final Set<String> NAMES = Set.of("seed", "n_parallel_runs", "noisy_step", "n_iteration",
            "stop_criterion", "temperature_min", "temperature_max");

    public ParallelTemperingParameters {
        Check.atLeast(NAME + ".n_parallel_runs", nParallelRuns, 2, "a swap needs two chains");
        Check.positive(NAME + ".noisy_step", noisyStep);
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
        Check.positive(NAME + ".temperature_min", temperatureMin);
        if (!(temperatureMax > temperatureMin) || !Double.isFinite(temperatureMax)) {
            throw Check.bad(NAME + ".temperature_max", temperatureMax, "must be finite and > temperature_min = "
                    + temperatureMin);
        }
    }

    public static ParallelTemperingParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new ParallelTemperingParameters(r.integer("seed", 0), r.intValue("n_parallel_runs", 10),
                r.real("noisy_step", 0.03), r.intValue("n_iteration", 1000),
                r.real("stop_criterion", Double.POSITIVE_INFINITY), r.real("temperature_min", 0.01),
                r.real("temperature_max", 10.0));
    }

    /** Tᵢ = T_min·(T_max/T_min)^(i/(K−1)), coldest first. */
    public double[] ladder() {
        double[] t = new double[nParallelRuns];
        for (int i = 0; i < t.length; i++) {
            t[i] = temperatureMin * Math.pow(temperatureMax / temperatureMin, (double) i / (nParallelRuns - 1));
        }
        return t;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("n_parallel_runs", nParallelRuns);
        m.put("noisy_step", noisyStep);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        m.put("temperature_min", temperatureMin);
        m.put("temperature_max", temperatureMax);
        return m;
    }
}
