package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hebb.cli.CliRun;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hebb run}, {@code resume}, {@code evaluate} and the end-of-run report with a registry optimizer (CMA-ES) on
 * the control optimizee (CartPole-v1): what the MountainCar GA tests check, for the general case.
 */
class ControlRunTest {
    static final int GENERATIONS = 5;

    @TempDir
    static Path tmp;
    static Path config;
    static Path whole;
    static CliRun wholeRun;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        config = SmallRun.write(tmp, "control.toml", SmallRun.controlToml(GENERATIONS, 30));
        whole = tmp.resolve("whole");
        wholeRun = CliRun.of("run", config.toString(), "--out", whole.toString(), "--progress", "lines");
        assertThat(wholeRun.exitCode()).as(wholeRun.err()).isZero();
    }

    @Test
    void aCompletedControlRunEndsWithItsReport() throws Exception {
        assertThat(wholeRun.out()).contains("run " + whole + ": cmaes on CartPole-v1, " + GENERATIONS
                        + " generations, 2 evaluation threads")
                .contains("generation " + GENERATIONS + "/" + GENERATIONS + "  best ")
                .contains("finished " + GENERATIONS + " generations")
                .contains("report: " + whole.resolve("report.html")); // RunReport.write, as 'hebb run' registers it
        assertThat(whole.resolve("report.html")).isNotEmptyFile();
        assertThat(SmallRun.files(whole)).hasSize(SmallRun.FILES.size() + 3); // h5_every = 2: segments 0, 2, 4
        for (String f : SmallRun.files(whole)) {
            assertThat(whole.resolve(f)).isNotEmptyFile();
        }
        var user = new ObjectMapper().readTree(whole.resolve("run.json").toFile()).path("config").path("user");
        assertThat(user.path("optimizer").path("name").asText()).isEqualTo("cmaes");
        assertThat(user.path("optimizee").path("env").asText()).isEqualTo("CartPole-v1");
        assertThat(user.path("optimizee").path("ranges")).as("defaults recorded, not left to the resuming version")
                .hasSize(4);
    }

    @Test
    void aStoppedControlRunResumesToTheUninterruptedFilesByteForByte() throws Exception {
        Path dir = tmp.resolve("stopped");
        RunConfig c = RunConfig.read(TomlFile.read(config));
        StringWriter log = new StringWriter();
        int code = new RunSession(c, dir, ProgressReporter.Mode.none, d -> null, new PrintWriter(log))
                .listener(e -> {
                    if (e.generationsDone() == 2) {
                        e.requestStop(); // after generation 2's checkpoint, as Ctrl-C would
                    }
                }).execute(false);
        assertThat(code).isZero();
        assertThat(log.toString()).contains("stopped after generation 2 of " + GENERATIONS);

        CliRun r = CliRun.of("resume", dir.toString(), "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("resuming " + dir + ": cmaes on CartPole-v1")
                .contains("finished " + GENERATIONS + " generations");
        assertThat(SmallRun.files(dir)).isEqualTo(SmallRun.files(whole));
        for (String f : SmallRun.files(whole)) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }

    @Test
    void evaluateRunsTheTasksHeldOutTest() throws Exception {
        CliRun r = CliRun.of("evaluate", whole.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();

        // the run's 30-step fitness episodes do not shorten the test: full episodes, CartPole-v1's 500-step limit
        Task c = RunConfig.read(TomlFile.read(config)).task();
        HeldOut.Result t = HeldOut.STANDARD.runSequential(c.envId(), Episode.player(c), RunDirectory.readBestGenome(whole));
        assertThat(r.out()).contains("held-out test of " + whole.resolve("best.genome") + " (run finished)")
                .contains("episodes:           100 (reset(seed=10000..10099), CartPole-v1's 500-step limit)")
                .contains(String.format(Locale.ROOT, "mean return:        %.2f", t.meanReturn()))
                .contains("solved:             " + (t.solved() ? "yes" : "no"))
                .contains("CartPole-v1's threshold 475.0")
                .contains(String.format(Locale.ROOT, "success rate:       %.2f (%d/100 lasted the whole limit)",
                        t.successRate(), t.successCount()));
    }

    @Test
    void aTaskWithoutAThresholdGetsNoVerdict() {
        StringWriter out = new StringWriter();
        EvaluateCommand.print(new PrintWriter(out), new HeldOut.Result(new HeldOut(10_000, 2), "Pendulum-v1",
                new double[] {-100, -201}, new int[] {200, 200}, new boolean[2]));

        assertThat(out.toString()).contains("episodes:           2 (reset(seed=10000..10001), Pendulum-v1's 200-step limit)")
                .contains("mean return:        -150.50 (min -201.00, max -100.00)")
                .contains("solved:             no threshold (Pendulum-v1 registers no reward threshold)")
                .doesNotContain("success rate"); // Pendulum-v1 has no goal
    }
}
