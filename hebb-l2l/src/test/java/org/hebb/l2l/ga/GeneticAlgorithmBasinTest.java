package org.hebb.l2l.ga;

import static org.assertj.core.api.Assertions.assertThat;

import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class GeneticAlgorithmBasinTest {

    /** Truth: the GA on 2-D Rastrigin inside the global basin (f &lt; 1) within 4e4 evaluations in >= 8 of 10 seeds. */
    @Test
    void reachesRastriginsGlobalBasinInEightOfTenSeeds() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 2);
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(seed)
                    .set("pop_size", 50).set("cx_prob", 0.5).set("mut_prob", 0.3).set("n_iteration", 10_000)
                    .set("ind_prob", 0.5).set("tourn_size", 3).set("mate_par", 0.5)
                    .set("mut_par", 0.3).build(), f, f.fitnessWeights());
            Drive.Outcome o = Drive.minimise(ga, f, 40_000, 1.0);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1 ? 1 : 0;
        }
        System.out.println("GA Rastrigin-2: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(8);
    }
}
