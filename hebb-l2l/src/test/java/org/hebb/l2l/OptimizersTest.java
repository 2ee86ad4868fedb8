package org.hebb.l2l;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizersTest {
    private record BadCase(String message, String name, Map<String, ?> params) {
    }

    private static final FunctionOptimizee SPHERE = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4);

    /** Small settings per optimizer that exercise its state (restarts, sampling, temperatures, swaps, ...). */
    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("cmaes", Map.of("sigma", 2.0, "restarts", 3, "tol_fun", 1e-2)),
                Arguments.of("evolution_strategies", Map.of("pop_size", 4, "noise_std_decay", 0.9)),
                Arguments.of("evolution_strategies", Map.of("pop_size", 4, "update_rule", "sgd", "momentum", 0.5,
                        "mirrored_sampling_enabled", false, "fitness_shaping", "utilities")),
                Arguments.of("snes", Map.of("mirrored_sampling_enabled", true)),
                Arguments.of("cross_entropy", Map.of("pop_size", 20, "temp_decay", 0.9, "distribution",
                        "noisy_gaussian")),
                Arguments.of("face", Map.of("temp_decay", 0.9, "distribution", "noisy_gaussian")),
                Arguments.of("gradient_descent", Map.of("variant", "stochastic")),
                Arguments.of("gradient_descent", Map.of("variant", "adamax")),
                Arguments.of("enkf", Map.of("observation", "fitness", "pop_size", 10, "sample", true)),
                Arguments.of("enkf", Map.of("observation", "fitness", "pop_size", 10, "sample", true,
                        "pick_method", "gaussian", "scale_weights", true)),
                Arguments.of("simulated_annealing", Map.of("n_parallel_runs", 5, "noisy_step", 0.5,
                        "cooling_schedule", "default")),
                Arguments.of("parallel_tempering", Map.of("n_parallel_runs", 5, "noisy_step", 0.5)),
                Arguments.of("grid_search", Map.of("param_grid", Map.of("x", List.of(-1.0, 1.0, 3)))),
                Arguments.of("genetic_algorithm", Map.of("pop_size", 10, "tourn_size", 3, "mut_prob", 0.5)));
    }

    /** Truth: a checkpoint/resume mid-run is bit-identical for every optimizer (asked genomes, bit for bit). */
    @ParameterizedTest
    @MethodSource("settings")
    void checkpointResumeMidRunIsBitIdentical(String name, Map<String, Object> params) {
        Optimizer a = Optimizers.create(name, params, SPHERE, 99);
        int before = name.equals("grid_search") ? 0 : 7;
        for (int g = 0; g < before; g++) {
            Drive.step(a, SPHERE);
        }
        Optimizer b = Drive.roundTrip(a, () -> Optimizers.create(name, params, SPHERE, 99));
        assertThat(b.generation()).isEqualTo(a.generation());
        int compared = 0;
        for (int g = 0; g < 12 && !a.isDone(); g++) {
            Population pa = a.ask(), pb = b.ask();
            assertThat(pb.size()).isEqualTo(pa.size());
            for (int i = 0; i < pa.size(); i++) {
                assertThat(Arrays.equals(pa.genome(i), pb.genome(i))).as("%s generation %d individual %d", name,
                        pa.generation(), i).isTrue();
                compared++;
            }
            Drive.step(a, SPHERE);
            Drive.step(b, SPHERE);
            assertThat(b.isDone()).isEqualTo(a.isDone());
        }
        assertThat(compared).isPositive();
    }

    @Test
    void everyOptimizerIsReachableByNameWithItsDefaults() {
        assertThat(Optimizers.names()).containsExactly("cmaes", "evolution_strategies", "snes", "cross_entropy",
                "face", "gradient_descent", "enkf", "simulated_annealing", "parallel_tempering", "grid_search",
                "genetic_algorithm");
        for (String name : Optimizers.names()) {
            Map<String, Object> params = switch (name) {
                case "grid_search" -> Map.of("param_grid", Map.of("x", List.of(-1.0, 1.0, 2)));
                case "enkf" -> Map.of("observation", "fitness");
                default -> Map.of();
            };
            Optimizer o = Optimizers.create(name, params, SPHERE, 5);
            Population p = Drive.step(o, SPHERE);
            assertThat(p.size()).as(name).isPositive();
            assertThat(Optimizers.parameterNames(name)).as(name).containsAll(Optimizers.defaults(name).keySet());
        }
    }

    @Test
    void anUnknownOptimizerNameListsTheNames() {
        assertThatThrownBy(() -> Optimizers.create("pso", Map.of(), SPHERE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("optimizer: 'pso' is not allowed; must be one of [cmaes, evolution_strategies, snes, "
                        + "cross_entropy, face, gradient_descent, enkf, simulated_annealing, parallel_tempering, "
                        + "grid_search, genetic_algorithm]");
    }

    @Test
    void aParameterTheOptimizerDoesNotTakeListsTheNamesItTakes() {
        assertThatThrownBy(() -> Optimizers.create("cmaes", Map.of("pop_size", 10, "mut_par", 1.0), SPHERE, 1))
                .hasMessage("cmaes parameter: 'mut_par' is not allowed; must be one of [n_iteration, pop_size, "
                        + "restarts, sigma, stop_criterion, tol_fun, tol_x]");
        assertThatThrownBy(() -> Optimizers.create("genetic_algorithm", Map.of("sigma", 1.0), SPHERE, 1))
                .hasMessage("genetic_algorithm parameter: 'sigma' is not allowed; must be one of [cx_prob, elitism, "
                        + "ind_prob, mate_par, mut_par, mut_prob, n_iteration, pop_size, reevaluate_all, tourn_size]");
        assertThatThrownBy(() -> Optimizers.create("snes", Map.of("seed", 3), SPHERE, 1))
                .hasMessage("snes.seed: 3 is not allowed; the run's seed seeds the optimizer, so leave seed out of its "
                        + "parameters");
    }

    /** Bad input from the issue: too small populations, sigma <= 0, a grid with zero steps, wrong types. */
    @Test
    void badValuesGiveOneLineErrors() {
        List<BadCase> bad = new java.util.ArrayList<>();
        bad.add(new BadCase("cmaes.sigma: -1.0 is not allowed; must be > 0", "cmaes", Map.of("sigma", -1.0)));
        bad.add(new BadCase("evolution_strategies.noise_std: 0.0 is not allowed; must be > 0",
                "evolution_strategies", Map.of("noise_std", 0.0)));
        bad.add(new BadCase("snes.sigma: 0.0 is not allowed; must be > 0", "snes", Map.of("sigma", 0.0)));
        bad.add(new BadCase("enkf.pop_size: 1 is not allowed; must be >= 2 (the ensemble covariance needs two members)",
                "enkf", Map.of("pop_size", 1, "observation", "fitness")));
        bad.add(new BadCase("parallel_tempering.n_parallel_runs: 1 is not allowed; must be >= 2 "
                + "(a swap needs two chains)",
                "parallel_tempering", Map.of("n_parallel_runs", 1)));
        bad.add(new BadCase("grid_search.param_grid.x.n_steps: 0 is not allowed; must be an integer >= 1",
                "grid_search", Map.of("param_grid", Map.of("x", List.of(0.0, 1.0, 0)))));
        bad.add(new BadCase("cross_entropy.pop_size: 1 is not allowed; must be >= 2 (the elite needs two samples)",
                "cross_entropy", Map.of("pop_size", 1)));
        bad.add(new BadCase("genetic_algorithm.pop_size: 1 is not allowed; must be >= 2",
                "genetic_algorithm", Map.of("pop_size", 1)));
        bad.add(new BadCase("cmaes.n_iteration: ten is not allowed; must be an integer",
                "cmaes", Map.of("n_iteration", "ten")));
        bad.add(new BadCase("simulated_annealing.noisy_step: 0.0 is not allowed; must be > 0",
                "simulated_annealing", Map.of("noisy_step", 0.0)));
        bad.add(new BadCase("gradient_descent.learning_rate: -0.1 is not allowed; must be > 0",
                "gradient_descent", Map.of("learning_rate", -0.1)));
        bad.add(new BadCase("face.n_elite: 1 is not allowed; must be >= 2 (the fit needs two samples)",
                "face", Map.of("n_elite", 1)));
        for (BadCase c : bad) {
            assertThatThrownBy(() -> Optimizers.create(c.name(), c.params(), SPHERE, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(c.message());
            assertThat(c.message()).doesNotContain("\n");
        }
    }
}
