package org.hebb.l2l.sa;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * Simulated annealing (Kirkpatrick, Gelatt &amp; Vecchi 1983; L2L's {@code SimulatedAnnealingOptimizer}) under L2L's
 * names, plus the start and end temperatures L2L fixes.
 *
 * @param seed               the generator's seed
 * @param nParallelRuns      {@code n_parallel_runs}: independent chains, >= 1
 * @param noisyStep          {@code noisy_step}: proposal σ at T = 1 (scaled by T), > 0
 * @param tempDecay          {@code temp_decay}: factor of the {@code default} schedule, in (0, 1]
 * @param nIteration         {@code n_iteration}: generations, >= 1
 * @param stopCriterion      {@code stop_criterion}: stop once a weighted fitness reaches it
 * @param coolingSchedule    {@code cooling_schedule}: one of {@link CoolingSchedule#NAMES}
 * @param initialTemperature {@code initial_temperature}: T₀ > 0 (L2L: 1)
 * @param finalTemperature   {@code final_temperature}: T_n of the additive schedules, in [0, T₀)
 */
public record SimulatedAnnealingParameters(long seed, int nParallelRuns, double noisyStep, double tempDecay,
        int nIteration, double stopCriterion, CoolingSchedule coolingSchedule, double initialTemperature,
        double finalTemperature) {
    public static final String NAME = "simulated_annealing";
    public static final Set<String> NAMES = Set.of("seed", "n_parallel_runs", "noisy_step", "temp_decay",
            "n_iteration", "stop_criterion", "cooling_schedule", "initial_temperature", "final_temperature");

    public SimulatedAnnealingParameters {
        Check.atLeast(NAME + ".n_parallel_runs", nParallelRuns, 1, "");
        Check.positive(NAME + ".noisy_step", noisyStep);
        if (!(tempDecay > 0 && tempDecay <= 1)) {
            throw Check.bad(NAME + ".temp_decay", tempDecay, "must be in (0, 1]");
        }
        Check.atLeast(NAME + ".n_iteration", nIteration, 1, "");
        Check.notNaN(NAME + ".stop_criterion", stopCriterion);
        Check.positive(NAME + ".initial_temperature", initialTemperature);
        if (!(finalTemperature >= 0 && finalTemperature < initialTemperature)) {
            throw Check.bad(NAME + ".final_temperature", finalTemperature,
                    "must be in [0, initial_temperature = " + initialTemperature + ")");
        }
    }

    public static SimulatedAnnealingParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        return new SimulatedAnnealingParameters(r.integer("seed", 0), r.intValue("n_parallel_runs", 50),
                r.real("noisy_step", 0.03), r.real("temp_decay", 0.99), r.intValue("n_iteration", 100),
                r.real("stop_criterion", Double.POSITIVE_INFINITY),
                CoolingSchedule.named(r.choice("cooling_schedule", "quadratic_additive", CoolingSchedule.NAMES)),
                r.real("initial_temperature", 1.0), r.real("final_temperature", 0.0));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("n_parallel_runs", nParallelRuns);
        m.put("noisy_step", noisyStep);
        m.put("temp_decay", tempDecay);
        m.put("n_iteration", nIteration);
        m.put("stop_criterion", stopCriterion);
        m.put("cooling_schedule", coolingSchedule.configName());
        m.put("initial_temperature", initialTemperature);
        m.put("final_temperature", finalTemperature);
        return m;
    }
}
