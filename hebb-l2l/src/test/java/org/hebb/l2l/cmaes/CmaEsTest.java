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

    /** IPOP: a stop condition restarts with λ doubled, and a checkpoint taken after the restart resumes exactly. */
    @Test
    void restartsDoubleLambdaAndSurviveACheckpoint() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4);
        Map<String, Object> m = Map.of("seed", 5L, "sigma", 1.0, "restarts", 2, "tol_x", 1e-3, "n_iteration", 10000);
        CmaEs a = new CmaEs(CmaEsParameters.of(m), f);
        assertThat(a.lambda()).isEqualTo(8);
        while (a.lambda() == 8) {
            Drive.step(a, f);
        }
        assertThat(a.lambda()).isEqualTo(16);
        Drive.step(a, f);
        CmaEs b = (CmaEs) Drive.roundTrip(a, () -> new CmaEs(CmaEsParameters.of(m), f));
        for (int g = 0; g < 20; g++) {
            org.hebb.l2l.Population pa = Drive.step(a, f), pb = Drive.step(b, f);
            for (int i = 0; i < pa.size(); i++) {
                assertThat(java.util.Arrays.equals(pa.genome(i), pb.genome(i))).isTrue();
            }
        }
        assertThat(b.sigma()).isEqualTo(a.sigma());
    }

    /** Without restarts left, a stop condition ends the run before n_iteration. */
    @Test
    void aStopConditionWithoutRestartsEndsTheRun() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4);
        CmaEs es = new CmaEs(CmaEsParameters.of(Map.of("seed", 5L, "tol_x", 1e-3, "n_iteration", 10000)), f);
        int g = 0;
        while (!es.isDone()) {
            Drive.step(es, f);
            g++;
        }
        assertThat(g).isLessThan(10000);
        assertThat(es.sigma()).isLessThan(1e-2);
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
