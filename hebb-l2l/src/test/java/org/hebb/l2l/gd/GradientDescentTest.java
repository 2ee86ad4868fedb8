package org.hebb.l2l.gd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradientDescentTest {
    private static final FunctionOptimizee SPHERE = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 10);

    /** Truth: finite-difference Adam on 10-D sphere below 1e-8 within 2e4 evaluations in 10 of 10 seeds. */
    @Test
    void adamSolvesTenDimensionalSphereInEverySeed() {
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            GradientDescent gd = new GradientDescent(GradientDescentParameters.of(Map.of("seed", seed, "variant",
                    "adam", "learning_rate", 0.1, "exploration_step_size", 1e-6, "n_iteration", 100000)), SPHERE);
            Drive.Outcome o = Drive.minimise(gd, SPHERE, 20_000, 1e-8);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1e-8 ? 1 : 0;
        }
        System.out.println("FD-Adam sphere-10: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isEqualTo(10);
    }

    /** Every variant descends the 10-D sphere (RMSProp, without momentum, hovers at the learning-rate scale). */
    @ParameterizedTest
    @CsvSource({"classic, 0.1, 1e-8", "stochastic, 0.1, 1e-8", "momentum, 0.05, 1e-8", "rmsprop, 0.05, 1e-2",
            "adamax, 0.1, 1e-8"})
    void everyVariantDescends(String variant, double rate, double target) {
        GradientDescent gd = new GradientDescent(GradientDescentParameters.of(Map.of("seed", 3L, "variant", variant,
                "learning_rate", rate, "exploration_step_size", 1e-6, "n_iteration", 100000)), SPHERE);
        assertThat(Drive.minimise(gd, SPHERE, 20_000, target).best()).isLessThan(target);
    }

    @Test
    void gradientIsTheLeastSquaresSlope() {
        double[][] asked = {{1, 1}, {2, 1}, {1, 3}, {2, 2}};
        double[] scores = {5, 8, 3, 7}; // f = 3x − y + 3 exactly
        assertThat(GradientDescent.gradient(asked, scores)).containsExactly(new double[] {3, -1},
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aParameterTheVariantDoesNotTakeIsRejectedWithTheNamesItTakes() {
        assertThatThrownBy(() -> GradientDescentParameters.of(Map.of("variant", "adam", "momentum", 0.9)))
                .hasMessage("gradient_descent (variant adam) parameter: 'momentum' is not allowed; must be one of "
                        + "[exploration_step_size, first_order_decay, learning_rate, n_iteration, n_random_steps, "
                        + "second_order_decay, seed, stop_criterion, variant]");
        assertThatThrownBy(() -> GradientDescentParameters.of(Map.of("variant", "newton")))
                .hasMessage("gradient_descent.variant: newton is not allowed; must be one of "
                        + "[classic, stochastic, momentum, rmsprop, adam, adamax]");
        assertThatThrownBy(() -> GradientDescentParameters.of(Map.of("exploration_step_size", 0.0)))
                .hasMessage("gradient_descent.exploration_step_size: 0.0 is not allowed; must be > 0");
    }
}
