package org.hebb.l2l.sa;

import static org.hebb.l2l.search.ParameterField.choice;
import static org.hebb.l2l.search.ParameterField.integer;
import static org.hebb.l2l.search.ParameterField.real;

import java.util.Map;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterField.Rule;
import org.hebb.l2l.search.ParameterSchema;

/**
 * Simulated annealing (Kirkpatrick, Gelatt &amp; Vecchi 1983; L2L's {@code SimulatedAnnealingOptimizer}) under L2L's
 * names, plus the start and end temperatures L2L fixes; declared once in {@link #SCHEMA}.
 */
public record SimulatedAnnealingParameters(long seed, int nParallelRuns, double noisyStep, double tempDecay,
        int nIteration, double stopCriterion, CoolingSchedule coolingSchedule, double initialTemperature,
        double finalTemperature) {
    public static final String NAME = "simulated_annealing";
    public static final ParameterSchema<SimulatedAnnealingParameters> SCHEMA = ParameterSchema.of(NAME,
            SimulatedAnnealingParameters.class,
            integer("n_parallel_runs", 50, Rule.atLeast(1, ""), "independent chains, ≥ 1"),
            real("noisy_step", 0.03, Rule.positive(), "proposal σ at T = 1 (scaled by T), > 0"),
            real("temp_decay", 0.99, Rule.when(d -> d > 0 && d <= 1, "must be in (0, 1]"),
                    "factor of the `default` schedule, in (0, 1]"),
            ParameterField.nIteration(100),
            ParameterField.stopCriterion(),
            choice("cooling_schedule", "quadratic_additive", CoolingSchedule.NAMES, "see above",
                    CoolingSchedule.class, CoolingSchedule::named, CoolingSchedule::configName),
            real("initial_temperature", 1.0, Rule.positive(), "T₀ > 0 (L2L fixed it at 1)"),
            real("final_temperature", 0.0, (v, all) -> (Double) v >= 0 && (Double) v < all.real("initial_temperature")
                    ? null : "must be in [0, initial_temperature = " + all.real("initial_temperature") + ")",
                    "T_n of the additive schedules, in [0, T₀) (L2L fixed it at 0)"));

    public static SimulatedAnnealingParameters of(Map<String, ?> map) {
        return SCHEMA.read(map);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }
}
