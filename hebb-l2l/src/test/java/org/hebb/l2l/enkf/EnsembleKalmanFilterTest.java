package org.hebb.l2l.enkf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnsembleKalmanFilterTest {

    private static double relativeError(double[] u, double[] truth) {
        double e = 0, t = 0;
        for (int i = 0; i < u.length; i++) {
            e += (u[i] - truth[i]) * (u[i] - truth[i]);
            t += truth[i] * truth[i];
        }
        return Math.sqrt(e / t);
    }

    /** Truth: EnKF recovers a noise-free linear model's weights from its outputs to relative error <= 1e-3 in 50 iterations. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void recoversTheWeightsOfANoiseFreeLinearModel(long seed) {
        LinearModel model = new LinearModel(8, 30, seed);
        EnsembleKalmanFilter enkf = new EnsembleKalmanFilter(EnsembleKalmanFilterParameters.of(Map.of("seed", seed,
                "pop_size", 40, "gamma", 1e-3, "n_iteration", 51)), model);
        for (int it = 0; it < 50; it++) {
            Drive.step(enkf, model);
        }
        double err = relativeError(enkf.ensembleMean(), model.truth);
        System.out.println("EnKF linear model seed " + seed + ": relative error " + err);
        assertThat(err).isLessThanOrEqualTo(1e-3);
    }

    /** The reinforcement form pushes the ensemble's fitness up (here: down the sphere) with the fitness as observation. */
    @Test
    void fitnessFormClimbsTowardsATargetAboveTheBest() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 5);
        EnsembleKalmanFilter enkf = new EnsembleKalmanFilter(EnsembleKalmanFilterParameters.of(Map.of("seed", 4L,
                "pop_size", 30, "gamma", 0.1, "n_iteration", 200, "observation", "fitness", "target_increment", 0.5,
                "sample", true, "scale", 0.05)), f);
        Drive.Outcome first = Drive.minimise(enkf, f, 30, Double.NEGATIVE_INFINITY);
        Drive.Outcome rest = Drive.minimise(enkf, f, 3000, Double.NEGATIVE_INFINITY);
        assertThat(rest.best()).isLessThan(first.best() / 100);
    }

    /** A failed member (worst fitness) is left out of the update and restarts next to an updated member. */
    @Test
    void aFailedMemberIsLeftOutAndRestarted() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 3);
        EnsembleKalmanFilter enkf = new EnsembleKalmanFilter(EnsembleKalmanFilterParameters.of(Map.of("seed", 2L,
                "pop_size", 6, "observation", "fitness")), f);
        org.hebb.l2l.Population p = enkf.ask();
        double[][] fit = new double[p.size()][];
        for (int i = 0; i < p.size(); i++) {
            fit[i] = Drive.evaluate(f, p, i);
        }
        fit[2] = f.fitnessWeights().worst();
        enkf.tell(fit);
        org.hebb.l2l.Population next = enkf.ask();
        for (int i = 0; i < next.size(); i++) {
            assertThat(java.util.Arrays.stream(next.genome(i)).allMatch(Double::isFinite)).isTrue();
        }
        assertThat(next.genome(2)).isNotEqualTo(p.genome(2));
    }

    @Test
    void badEnsembleAndTargetsAreRejected() {
        assertThatThrownBy(() -> EnsembleKalmanFilterParameters.of(Map.of("pop_size", 1)))
                .hasMessage("enkf.pop_size: 1 is not allowed; must be >= 2 (the ensemble covariance needs two members)");
        assertThatThrownBy(() -> EnsembleKalmanFilterParameters.of(Map.of("gamma", 0.0)))
                .hasMessage("enkf.gamma: 0.0 is not allowed; must be > 0");
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 3);
        assertThatThrownBy(() -> new EnsembleKalmanFilter(EnsembleKalmanFilterParameters.of(Map.of()), f))
                .hasMessage("enkf.observation: outputs is not allowed; the optimizee's fitness has no model outputs "
                        + "(1 element); use observation = fitness, or an optimizee returning [fitness, outputs...]");
        LinearModel model = new LinearModel(2, 3, 1);
        assertThatThrownBy(() -> new EnsembleKalmanFilter(EnsembleKalmanFilterParameters.of(Map.of("targets",
                java.util.List.of(1.0, 2.0))), model))
                .hasMessage("enkf.targets: [1.0, 2.0] is not allowed; must have 3 values, one per model output "
                        + "(fitness elements 1..3), from the parameter or a SupervisedOptimizee");
    }
}
