package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.hebb.cli.CliRun;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hebb evaluate RUN_DIR}: the held-out test of the run's best individual, as {@link HeldOut}. */
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
        Task task = Task.mountainCarL2L().toBuilder().maxSteps(10).build();
        HeldOut.Result h = new HeldOut(10_000, 3).runSequential("MountainCar-v0", Episode.player(task),
                RunDirectory.readBestGenome(run));
        assertThat(r.out()).contains("held-out test of " + run.resolve("best.genome") + " (run finished)")
                .contains("episodes:           3 (reset(seed=10000..10002), MountainCar-v0's 200-step limit)")
                .contains(String.format(Locale.ROOT, "success rate:       %.2f (%d/3 reached the goal)",
                        h.successRate(), h.successCount()))
                .contains(String.format(Locale.ROOT, "mean return:        %.2f", h.meanReturn()))
                .contains("solved:             not decided (the test is 100 episodes from seed 10000)");
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
