package org.hebb.l2l.nes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class SeparableNesTest {

    /** Truth: sNES on 10-D sphere below 1e-4 within 1e5 evaluations in >= 9 of 10 seeds (paper defaults). */
    @Test
    void solvesTenDimensionalSphereInNineOfTenSeeds() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 10);
        int solved = 0;
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 10; seed++) {
            SeparableNes nes = new SeparableNes(SeparableNesParameters.of(Map.of("seed", seed, "sigma", 3.0,
                    "n_iteration", 100000)), f);
            Drive.Outcome o = Drive.minimise(nes, f, 100_000, 1e-4);
            log.append(seed).append(": ").append(o).append('\n');
            solved += o.best() < 1e-4 ? 1 : 0;
        }
        System.out.println("sNES sphere-10: " + solved + "/10\n" + log);
        assertThat(solved).as(log.toString()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void badValuesAreRejectedInOneLine() {
        assertThatThrownBy(() -> SeparableNesParameters.of(Map.of("sigma", -1.0)))
                .hasMessage("snes.sigma: -1.0 is not allowed; must be > 0");
        assertThatThrownBy(() -> SeparableNesParameters.of(Map.of("pop_size", 1)))
                .hasMessage("snes.pop_size: 1 is not allowed; must be >= 2 (the natural gradient needs two samples), "
                        + "or 0 for 4 + floor(3 ln d)");
    }
}
