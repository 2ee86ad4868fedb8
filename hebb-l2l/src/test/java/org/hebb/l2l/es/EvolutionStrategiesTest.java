package org.hebb.l2l.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class EvolutionStrategiesTest {
    static final Map<String, Object> SPHERE_SETTINGS = Map.of("pop_size", 10, "learning_rate", 0.1,
            "noise_std", 0.5, "learning_rate_decay", 0.998, "noise_std_decay", 0.998, "n_iteration", 100000);

    /** Truth: ES on 10-D sphere below 1e-4 within 1e5 evaluations in >= 9 of 10 seeds. */
    @Test
    void solvesTenDimensionalSphereInNineOfTenSeeds() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 10);
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            Map<String, Object> m = new HashMap<>(SPHERE_SETTINGS);
            m.put("seed", seed);
            Drive.Outcome o = Drive.minimise(new EvolutionStrategies(EvolutionStrategiesParameters.of(m), f), f,
                    100_000, 1e-4);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1e-4 ? 1 : 0;
        }
        System.out.println("ES sphere-10: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(9);
    }

    /** Index 0 is the centre θ; with mirroring individual k + i is θ − σεᵢ for individual i = θ + σεᵢ. */
    @Test
    void asksTheCentreAndMirroredPairs() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.ACKLEY, 3);
        EvolutionStrategies es = new EvolutionStrategies(EvolutionStrategiesParameters.of(Map.of("seed", 3L,
                "pop_size", 5, "noise_std", 0.01)), f);
        org.hebb.l2l.Population p = es.ask();
        assertThat(p.size()).isEqualTo(11);
        double[] theta = es.centre();
        assertThat(p.genome(0)).containsExactly(theta);
        for (int i = 1; i <= 5; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(p.genome(i)[j] + p.genome(i + 5)[j]).isCloseTo(2 * theta[j],
                        org.assertj.core.data.Offset.offset(1e-12));
                assertThat(p.genome(i)[j]).isNotEqualTo(theta[j]);
            }
        }
    }

    @Test
    void badValuesAreRejectedInOneLine() {
        assertThatThrownBy(() -> EvolutionStrategiesParameters.of(Map.of("noise_std", 0.0)))
                .hasMessage("evolution_strategies.noise_std: 0.0 is not allowed; must be > 0");
        assertThatThrownBy(() -> EvolutionStrategiesParameters.of(Map.of("pop_size", 1,
                "mirrored_sampling_enabled", false))).hasMessage("evolution_strategies.pop_size: 1 is not allowed; "
                        + "must be >= 2 (without mirroring the gradient needs two samples)");
        assertThatThrownBy(() -> EvolutionStrategiesParameters.of(Map.of("fitness_shaping", "ranks")))
                .hasMessage("evolution_strategies.fitness_shaping: ranks is not allowed; must be one of "
                        + "[centered_ranks, utilities, none]");
    }
}
