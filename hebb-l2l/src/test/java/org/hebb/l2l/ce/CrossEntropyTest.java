package org.hebb.l2l.ce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class CrossEntropyTest {

    /** Truth: cross-entropy on 10-D sphere below 1e-6 within 5e4 evaluations in >= 9 of 10 seeds. */
    @Test
    void solvesTenDimensionalSphereInNineOfTenSeeds() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 10);
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            CrossEntropy ce = new CrossEntropy(CrossEntropyParameters.of(Map.of("seed", seed, "n_iteration", 100000)),
                    f);
            Drive.Outcome o = Drive.minimise(ce, f, 50_000, 1e-6);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1e-6 ? 1 : 0;
        }
        System.out.println("CE sphere-10: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void eliteTooSmallIsRejected() {
        assertThatThrownBy(() -> CrossEntropyParameters.of(Map.of("pop_size", 10, "rho", 0.1)))
                .hasMessage("cross_entropy.rho: 0.1 is not allowed; must be in (0, 1] with floor(rho * pop_size) >= 2 "
                        + "(pop_size = 10)");
        assertThatThrownBy(() -> CrossEntropyParameters.of(Map.of("pop_size", 1)))
                .hasMessage("cross_entropy.pop_size: 1 is not allowed; must be >= 2 (the elite needs two samples)");
    }
}
