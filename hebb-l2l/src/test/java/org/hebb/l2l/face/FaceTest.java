package org.hebb.l2l.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class FaceTest {

    /** Without improvement the sample grows by n_expand up to max_pop_size, then FACE reports possible divergence. */
    @Test
    void sampleSizeGrowsWithoutImprovementAndShrinksWithIt() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 3);
        Face face = new Face(FaceParameters.of(Map.of("seed", 1L, "min_pop_size", 20, "max_pop_size", 32,
                "n_elite", 5, "n_expand", 5)), f);
        List<Integer> sizes = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            int n = face.ask().size();
            sizes.add(n);
            face.tell(constant(n)); // a flat landscape: nothing improves after generation 0
        }
        assertThat(sizes).containsExactly(20, 20, 25, 30, 30, 30);
        assertThat(face.possiblyDiverged()).isTrue();
    }

    private static double[][] constant(int n) {
        double[][] f = new double[n][];
        for (int i = 0; i < n; i++) {
            f[i] = new double[] {1.0};
        }
        return f;
    }

    /** FACE descends the 5-D sphere, with and without a temperature (L2L's FACE crashed with temp_decay > 0). */
    @Test
    void descendsTheSphereWithAndWithoutTemperature() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 5);
        for (double decay : new double[] {0.0, 0.9}) {
            Face face = new Face(FaceParameters.of(Map.of("seed", 2L, "min_pop_size", 40, "max_pop_size", 100,
                    "n_elite", 15, "smoothing", 0.5, "temp_decay", decay, "n_iteration", 10000)), f);
            Drive.Outcome first = Drive.minimise(face, f, 40, Double.NEGATIVE_INFINITY);
            Drive.Outcome rest = Drive.minimise(face, f, 10_000, Double.NEGATIVE_INFINITY);
            assertThat(rest.best()).isLessThan(first.best() * 1e-3);
        }
    }

    @Test
    void populationsSmallerThanTheMethodNeedsAreRejected() {
        assertThatThrownBy(() -> FaceParameters.of(Map.of("n_elite", 1)))
                .hasMessage("face.n_elite: 1 is not allowed; must be >= 2 (the fit needs two samples)");
        assertThatThrownBy(() -> FaceParameters.of(Map.of("min_pop_size", 5, "n_elite", 10)))
                .hasMessage("face.min_pop_size: 5 is not allowed; must be >= 10 (n_elite)");
        assertThatThrownBy(() -> FaceParameters.of(Map.of("max_pop_size", 10)))
                .hasMessage("face.max_pop_size: 10 is not allowed; must be >= 20 (min_pop_size)");
    }
}
