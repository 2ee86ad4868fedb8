package org.hebb.l2l.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BenchmarkFunctionTest {

    @ParameterizedTest
    @EnumSource(BenchmarkFunction.class)
    void globalMinimumIsZeroAtTheOptimumAndPositiveElsewhere(BenchmarkFunction f) {
        for (int d : new int[] {1, 2, 5, 30}) {
            if (d < f.minDimensions()) {
                continue;
            }
            assertThat(f.value(f.optimum(d))).isCloseTo(0.0, within(1e-12));
            Rng r = Rng.seeded(d);
            for (int k = 0; k < 50; k++) {
                double[] x = new double[d];
                for (int i = 0; i < d; i++) {
                    x[i] = f.lower() + (f.upper() - f.lower()) * r.nextDouble();
                }
                assertThat(f.value(x)).isPositive();
            }
        }
    }

    @Test
    void closedFormValues() {
        assertThat(BenchmarkFunction.SPHERE.value(new double[] {1, 2})).isEqualTo(5.0);
        assertThat(BenchmarkFunction.RASTRIGIN.value(new double[] {1, 2})).isCloseTo(5.0, within(1e-12));
        assertThat(BenchmarkFunction.RASTRIGIN.value(new double[] {0.5})).isCloseTo(20.25, within(1e-12));
        assertThat(BenchmarkFunction.ROSENBROCK.value(new double[] {0, 0})).isEqualTo(1.0);
        assertThat(BenchmarkFunction.ROSENBROCK.value(new double[] {2, 4, 16})).isEqualTo(1.0 + 9.0); // (1 − 2)² + (1 − 4)²; both 100(x₂ − x₁²)² terms vanish
        assertThat(BenchmarkFunction.ACKLEY.value(new double[] {1, 1}))
                .isCloseTo(20 - 20 * Math.exp(-0.2), within(1e-12)); // cos 2π = 1
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 10})
    void optimizeeUsesNamedBlocksInGenomeOrderAndClipsToTheDomain(int d) {
        FunctionOptimizee o = FunctionOptimizee.of(BenchmarkFunction.ROSENBROCK,
                List.of(new ParameterBlock("b", d), new ParameterBlock("a", 1)));
        assertThat(o.layout().size()).isEqualTo(d + 1);
        assertThat(o.layout().offset("a")).isZero();
        double[] x = o.createIndividual(Rng.seeded(d));
        assertThat(java.util.Arrays.stream(x).allMatch(v -> v >= -5.0 && v <= 10.0)).isTrue();
        double[] far = new double[d + 1];
        java.util.Arrays.fill(far, 1e6);
        o.bound(far);
        assertThat(far).containsOnly(10.0);
        assertThat(o.evaluate(o.layout().toGenome(java.util.Map.of("a", new double[] {1}, "b", ones(d))),
                new EvaluationContext(0, 0, 0))).containsExactly(0.0);
        assertThat(o.fitnessWeights().values()).containsExactly(-1.0);
    }

    private static double[] ones(int d) {
        double[] x = new double[d];
        java.util.Arrays.fill(x, 1.0);
        return x;
    }

    @Test
    void badInputIsRejectedInOneLine() {
        assertThatThrownBy(() -> BenchmarkFunction.named("himmelblau"))
                .hasMessage("function: 'himmelblau' is not allowed; must be one of [sphere, rastrigin, rosenbrock, ackley]");
        assertThatThrownBy(() -> FunctionOptimizee.of(BenchmarkFunction.SPHERE, 0))
                .hasMessage("dimensions: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> FunctionOptimizee.of(BenchmarkFunction.ROSENBROCK, 1))
                .hasMessage("dimensions: 1 is not allowed; must be >= 2 for rosenbrock");
        assertThat(BenchmarkFunction.named("Ackley")).isEqualTo(BenchmarkFunction.ACKLEY);
    }
}
