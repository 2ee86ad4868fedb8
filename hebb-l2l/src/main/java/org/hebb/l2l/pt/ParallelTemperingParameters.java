package org.hebb.l2l.pt;

import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * Parallel tempering (replica exchange; Swendsen &amp; Wang 1986, Geyer 1991, review Earl &amp; Deem 2005) on a fixed
 * geometric temperature ladder, declared once in {@link #SCHEMA}. L2L's {@code ParallelTemperingOptimizer} annealed
 * one chain per schedule and never swapped; this one keeps the temperatures and swaps.
 */
public record ParallelTemperingParameters(long seed, int nParallelRuns, double noisyStep, int nIteration,
        double stopCriterion, double temperatureMin, double temperatureMax) {
    public static final String NAME = "parallel_tempering";
    public static final ParameterSchema<ParallelTemperingParameters> SCHEMA = ParameterSchema.of(NAME,
            ParallelTemperingParameters.class,
            integer("n_parallel_runs", 10, Rule.atLeast(2, "a swap needs two chains"), "chains (replicas), ≥ 2"),
            real("noisy_step", 0.03, Rule.positive(), "proposal σ at T = 1; chain i proposes with σ·√Tᵢ, > 0"),
            ParameterField.nIteration(1000),
            ParameterField.stopCriterion(),
            real("temperature_min", 0.01, Rule.positive(), "T of the coldest chain, > 0"),
            real("temperature_max", 10.0, (v, all) -> (Double) v > all.real("temperature_min")
                    && Double.isFinite((Double) v) ? null
                    : "must be finite and > temperature_min = " + all.real("temperature_min"),
                    "T of the hottest chain, > temperature_min"));

    public static ParallelTemperingParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
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
        return SCHEMA.toMap(this);
    }
}
