package org.hebb.l2l.pt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.Distributions;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class ParallelTemperingTest {
    private static final FunctionOptimizee RASTRIGIN = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 2);

    private static ParallelTempering pt(long seed, int generations) {
        return new ParallelTempering(ParallelTemperingParameters.of(Map.of("seed", seed, "n_parallel_runs", 8,
                "n_iteration", generations, "noisy_step", 0.5, "temperature_min", 0.05, "temperature_max", 10.0)),
                RASTRIGIN);
    }

    /** Truth: PT on 2-D Rastrigin inside the global basin (f &lt; 1) within 4e4 evaluations in >= 8 of 10 seeds. */
    @Test
    void reachesRastriginsGlobalBasinInEightOfTenSeeds() {
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            Drive.Outcome o = Drive.minimise(pt(seed, 5000), RASTRIGIN, 40_000, 1.0);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1 ? 1 : 0;
        }
        System.out.println("PT Rastrigin-2: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(8);
    }

    /**
     * Truth: swaps happen, and each offered swap is accepted with probability
     * min(1, exp((f_j − f_i)(1/T_i − 1/T_j))): the accepted counts in ten bins of that probability match their
     * expectation (Pearson chi-square at 0.001), and every swap with probability 1 is accepted.
     */
    @Test
    void swapsHappenAndFollowTheAcceptanceFormula() {
        ParallelTempering pt = pt(11, 100_000);
        List<ParallelTempering.SwapAttempt> all = new ArrayList<>();
        for (int g = 0; g < 6000; g++) {
            Drive.step(pt, RASTRIGIN);
            all.addAll(pt.lastSwaps());
        }
        assertThat(pt.swapRate()).isPositive();
        int bins = 10;
        long[] acc = new long[bins], n = new long[bins];
        double[] expected = new double[bins];
        int certain = 0;
        for (ParallelTempering.SwapAttempt s : all) {
            double prob = Math.min(1, Math.exp((s.fj() - s.fi()) * (1 / s.ti() - 1 / s.tj())));
            if (prob == 1) {
                assertThat(s.accepted()).isTrue();
                certain++;
                continue;
            }
            int b = (int) (prob * bins);
            n[b]++;
            expected[b] += prob;
            acc[b] += s.accepted() ? 1 : 0;
        }
        double chi = 0;
        int df = 0;
        for (int b = 0; b < bins; b++) {
            double e = expected[b], f = n[b] - expected[b];
            if (e >= 5 && f >= 5) {
                chi += (acc[b] - e) * (acc[b] - e) / e + (n[b] - acc[b] - f) * (n[b] - acc[b] - f) / f;
                df++;
            }
        }
        System.out.println("PT swaps: " + all.size() + " offered, rate " + pt.swapRate() + ", " + certain
                + " certain, chi2 " + chi + " on " + df + " bins");
        assertThat(certain).isPositive();
        assertThat(df).isGreaterThanOrEqualTo(5);
        assertThat(chi).isLessThan(Distributions.chiSquareCritical001(df));
    }

    @Test
    void badValuesAreRejectedInOneLine() {
        assertThatThrownBy(() -> ParallelTemperingParameters.of(Map.of("n_parallel_runs", 1)))
                .hasMessage("parallel_tempering.n_parallel_runs: 1 is not allowed; must be >= 2 (a swap needs two chains)");
        assertThatThrownBy(() -> ParallelTemperingParameters.of(Map.of("temperature_max", 0.001)))
                .hasMessage("parallel_tempering.temperature_max: 0.001 is not allowed; must be finite and > "
                        + "temperature_min = 0.01");
    }
}
