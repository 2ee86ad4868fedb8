package org.hebb.l2l.cmaes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class CmaEsTest {

    /** Truth: CMA-ES on 10-D Rosenbrock below 1e-8 within 1e5 evaluations in >= 9 of 10 seeds. */
    @Test
    void solvesTenDimensionalRosenbrockInNineOfTenSeeds() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.ROSENBROCK, 10);
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            CmaEs es = new CmaEs(CmaEsParameters.of(Map.of("seed", seed, "sigma", 2.0, "n_iteration", 100000,
                    "restarts", 9)), f);
            Drive.Outcome o = Drive.minimise(es, f, 100_000, 1e-8);
            log.append(seed).append(": ").append(o).append('\n');
            if (o.best() < 1e-8) {
                solved++;
            }
        }
        System.out.println("CMA-ES Rosenbrock-10: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void sigmaMustBePositive() {
        assertThatThrownBy(() -> CmaEsParameters.of(Map.of("sigma", 0.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cmaes.sigma: 0.0 is not allowed; must be > 0");
    }

    @Test
    void populationTooSmallIsRejected() {
        assertThatThrownBy(() -> CmaEsParameters.of(Map.of("pop_size", 3)))
                .hasMessage("cmaes.pop_size: 3 is not allowed; must be >= 4 (CMA-ES needs mu = pop_size/2 >= 2 "
                        + "parents), or 0 for 4 + floor(3 ln n)");
    }
}
