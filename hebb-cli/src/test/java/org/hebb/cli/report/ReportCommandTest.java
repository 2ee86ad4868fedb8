package org.hebb.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.run.Run;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.report.Hdf5TrajectoryWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hebb report RUN_DIR} on a real (Rastrigin) run and on bad input. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    private Path rastriginRun() throws IOException {
        Path dir = tmp.resolve("rastrigin");
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN, 2);
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(42).set("pop_size", 10)
                .set("cx_prob", 0.5).set("mut_prob", 0.3).set("n_iteration", 4).set("ind_prob", 0.5)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 0.3).build(),
                f, f.fitnessWeights());
        Run.builder(ga, f).directory(dir).evaluator(ThreadPoolEvaluator.of(1, null))
                .trajectoryWriter(new Hdf5TrajectoryWriter()).build().start();
        return dir;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheReportOfARunAndPrintsItsPath() throws IOException {
        Path dir = rastriginRun();
        CliRun r = CliRun.of("report", dir.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo(dir.toAbsolutePath().resolve("report.html").toString());
        assertThat(files(dir)).contains("report.html", "fig12-fitness.png", "fig12-fitness.svg")
                .noneMatch(n -> n.startsWith("fig13") || n.startsWith("raster")); // not a MountainCar run
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Run report: rastrigin", "FunctionOptimizee",
                "<figure id=\"fig12-fitness\">").doesNotContain("held-out-table");
    }

    @Test
    void notARunDirectoryIsOneLineExitTwoAndNothingWritten() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = CliRun.of("report", empty.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: run directory: ").contains("no run.json").hasLineCount(1);
        assertThat(r.out()).isEmpty();
        assertThat(files(empty)).isEmpty();

        CliRun absent = CliRun.of("report", tmp.resolve("absent").toString());
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).contains("must be an existing directory").hasLineCount(1);
        assertThat(Files.exists(tmp.resolve("absent"))).isFalse();
    }

    @Test
    void aRunWithoutTrajectoryIsOneLineExitTwoAndNothingWritten() throws IOException {
        Path run = rastriginRun();
        Path dir = Files.createDirectories(tmp.resolve("no-trajectory"));
        Files.copy(run.resolve(RunDirectory.RUN_JSON), dir.resolve(RunDirectory.RUN_JSON));
        CliRun r = CliRun.of("report", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: run directory: " + dir + " has no checkpointed generation (status"
                + " finished), which is not allowed; must have finished at least one generation"
                + System.lineSeparator());
        assertThat(files(dir)).containsExactly(RunDirectory.RUN_JSON);
    }

    @Test
    void aRunJsonNotWrittenByHebbIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(dir.resolve(RunDirectory.RUN_JSON), "{\"format\":\"something-else\"}");
        CliRun r = CliRun.of("report", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not a hebb run.json").hasLineCount(1);
        Files.writeString(dir.resolve(RunDirectory.RUN_JSON), "{not json");
        CliRun broken = CliRun.of("report", dir.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("unreadable JSON").hasLineCount(1);
        assertThat(files(dir)).containsExactly(RunDirectory.RUN_JSON);
    }
}
