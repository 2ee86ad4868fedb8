package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.hebb.cli.CliRun;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.mountaincar.HeldOutEvaluation;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hebb evaluate RUN_DIR}: the held-out test of the run's best individual, as {@link HeldOutEvaluation}. */
class EvaluateCommandTest {
    @TempDir
    static Path tmp;
    static Path run;

    @BeforeAll
    static void aSmallRun() throws Exception {
        run = tmp.resolve("run");
        Path cfg = SmallRun.write(tmp, "small.toml", SmallRun.toml(2, 10));
        assertThat(CliRun.of("run", cfg.toString(), "--out", run.toString()).exitCode()).isZero();
    }

    @Test
    void printsTheHeldOutTestOfTheBestGenome() throws Exception {
        CliRun r = CliRun.of("evaluate", run.toString(), "--episodes", "3");

        assertThat(r.exitCode()).as(r.err()).isZero();
        // the run's optimizee settings (steps = 10 for fitness) do not shorten the test: full 200-step episodes
        HeldOutEvaluation h = HeldOutEvaluation.of(RunDirectory.readBestGenome(run),
                MountainCarConfig.DEFAULT.withSteps(10), 10_000, 3);
        assertThat(r.out()).contains("held-out test of " + run.resolve("best.genome") + " (run finished)")
                .contains("episodes:           3 (reset(seed=10000..10002), MountainCar-v0's 200-step limit)")
                .contains(String.format(Locale.ROOT, "success rate:       %.2f (%d/3 reached the goal)",
                        h.successRate(), h.successes()))
                .contains(String.format(Locale.ROOT, "mean return:        %.2f", h.meanReturn()))
                .contains("solved:             " + (h.solved() ? "yes" : "no"));
    }

    @Test
    void spreadingEpisodesOverThreadsGivesTheSequentialResultExactly() throws Exception {
        double[] genome = velocityPolicy(); // reaches the goal, so the mean steps to it is a number
        MountainCarConfig c = MountainCarConfig.DEFAULT;
        EvaluateCommand e = new EvaluateCommand();
        e.episodes = 4;
        e.firstSeed = 20;
        HeldOutEvaluation parallel = e.evaluate(genome, c, 2);
        HeldOutEvaluation sequential = HeldOutEvaluation.of(genome, c, 20, 4);

        assertThat(parallel.returns()).containsExactly(sequential.returns());
        assertThat(parallel.meanReturn()).isEqualTo(sequential.meanReturn());
        assertThat(parallel.successes()).isEqualTo(sequential.successes());
        assertThat(parallel.meanStepsToGoal()).isEqualTo(sequential.meanStepsToGoal());
        assertThat(parallel.successes()).isEqualTo(4);
    }

    /** docs/mountain-car.md's hard-wired "push in the direction of velocity" genome (H = 5). */
    private static double[] velocityPolicy() {
        double[] g = new double[315];
        for (int i = 0; i < 30; i++) {
            g[(i < 15 ? 0 : 1) * 30 + i] = 20; // velocity bin i -> hidden 0 (negative) or 1 (non-negative)
        }
        g[300 + 0 * 5 + 0] = 20;  // hidden 0 -> left
        g[300 + 2 * 5 + 0] = -20; // hidden 0 -| right
        g[300 + 2 * 5 + 1] = 20;  // hidden 1 -> right
        g[300 + 0 * 5 + 1] = -20; // hidden 1 -| left
        return g;
    }

    @Test
    void aRunWithoutBestGenomeIsOneLine() throws Exception {
        java.nio.file.Files.copy(run.resolve("run.json"), java.nio.file.Files.createDirectory(tmp.resolve("early"))
                .resolve("run.json"));
        CliRun r = CliRun.of("evaluate", tmp.resolve("early").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: RUN_DIR: " + tmp.resolve("early")
                + " has no best.genome yet is not allowed; must have finished at least one generation\n");
    }
}
