package org.hebb.l2l.sa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class SimulatedAnnealingTest {

    /** Truth: SA on 2-D Rastrigin inside the global basin (f &lt; 1) within 4e4 evaluations in >= 8 of 10 seeds. */
    @Test
    void reachesRastriginsGlobalBasinInEightOfTenSeeds() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 2);
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            SimulatedAnnealing sa = new SimulatedAnnealing(SimulatedAnnealingParameters.of(Map.of("seed", seed,
                    "n_parallel_runs", 10, "n_iteration", 4000, "noisy_step", 1.0, "initial_temperature", 3.0,
                    "cooling_schedule", "quadratic_additive")), f);
            Drive.Outcome o = Drive.minimise(sa, f, 40_000, 1.0);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1 ? 1 : 0;
        }
        System.out.println("SA Rastrigin-2: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void schedulesFollowTheirFormulas() {
        assertThat(CoolingSchedule.DEFAULT.temperature(0.5, 3, 10, 1, 0, 0.9)).isEqualTo(0.45);
        assertThat(CoolingSchedule.LOGARITHMIC.temperature(0, 2, 10, 1, 0, 1)).isCloseTo(1 / (1 + Math.log(3)),
                within(1e-15));
        assertThat(CoolingSchedule.EXPONENTIAL.temperature(0, 2, 10, 2, 0, 1)).isCloseTo(2 * 0.85 * 0.85,
                within(1e-15));
        assertThat(CoolingSchedule.LINEAR_MULTIPLICATIVE.temperature(0, 3, 10, 1, 0, 1)).isEqualTo(0.25);
        assertThat(CoolingSchedule.QUADRATIC_MULTIPLICATIVE.temperature(0, 3, 10, 1, 0, 1)).isEqualTo(0.1);
        assertThat(CoolingSchedule.LINEAR_ADDITIVE.temperature(0, 5, 10, 1, 0.2, 1)).isCloseTo(0.6, within(1e-15));
        assertThat(CoolingSchedule.QUADRATIC_ADDITIVE.temperature(0, 5, 10, 1, 0.2, 1)).isCloseTo(0.4, within(1e-15));
        assertThat(CoolingSchedule.EXPONENTIAL_ADDITIVE.temperature(0, 5, 10, 3, 1, 1)).isCloseTo(2, within(1e-15));
        assertThat(CoolingSchedule.TRIGONOMETRIC_ADDITIVE.temperature(0, 10, 10, 1, 0.1, 1)).isCloseTo(0.1,
                within(1e-15));
    }

    @Test
    void badValuesAreRejectedInOneLine() {
        assertThatThrownBy(() -> SimulatedAnnealingParameters.of(Map.of("noisy_step", 0.0)))
                .hasMessage("simulated_annealing.noisy_step: 0.0 is not allowed; must be > 0");
        assertThatThrownBy(() -> SimulatedAnnealingParameters.of(Map.of("n_parallel_runs", 0)))
                .hasMessage("simulated_annealing.n_parallel_runs: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> SimulatedAnnealingParameters.of(Map.of("cooling_schedule", "fast")))
                .hasMessageStartingWith("simulated_annealing.cooling_schedule: fast is not allowed; must be one of "
                        + "[default, logarithmic, exponential,");
    }
}
