package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example written for {@code hebb run} (its header says {@code ./hebb run}) is a config {@code hebb run} takes. */
class RunExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path tmp;

    /** The examples whose header comment (the leading {@code #} lines) shows a {@code ./hebb run} command. */
    static List<Path> runExamples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".toml")).filter(RunExamplesTest::headerRuns).sorted().toList();
        }
    }

    private static boolean headerRuns(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.takeWhile(l -> l.startsWith("#")).anyMatch(l -> l.contains("./hebb run "));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyRunExampleBuildsItsOptimizerAndOptimizee() throws Exception {
        List<Path> files = runExamples();
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("mountain-car-ga.toml",
                "cartpole-cmaes.toml", "acrobot-ga.toml", "pendulum-cmaes.toml", "mountaincarcontinuous-es.toml");
        for (Path f : files) {
            RunConfig c = RunConfig.read(TomlFile.read(f));
            Optimizee o = c.newOptimizee();
            Optimizer opt = c.newOptimizer(o);
            assertThat(opt.ask().genome(0)).as(f.toString()).hasSize(o.layout().size());
            assertThat(opt.plannedGenerations()).as(f.toString()).isPresent();
            assertThat(c.directory(null, f)).as("run.out").isEqualTo(Path.of("runs",
                    f.getFileName().toString().replace(".toml", "")));
        }
    }

    @Test
    void theCartPoleExampleRunsEndToEnd() throws Exception {
        String toml = Files.readString(EXAMPLES.resolve("cartpole-cmaes.toml"));
        assertThat(toml).contains("n_iteration = 100");
        Path cfg = Files.writeString(tmp.resolve("cartpole-cmaes.toml"), toml.replace("n_iteration = 100",
                "n_iteration = 2")); // a copy with 2 of its 100 generations: λ = 15, 30 full episodes
        Path dir = tmp.resolve("run");
        CliRun r = CliRun.of("run", cfg.toString(), "--out", dir.toString(), "--progress", "none");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("run " + dir + ": cmaes on CartPole-v1, 2 generations")
                .contains("finished 2 generations").contains("report: " + dir.resolve("report.html"));
        assertThat(RunConfig.read(TomlFile.read(cfg)).task().genes()).isEqualTo(48); // as its header says
        assertThat(Files.readAllLines(dir.resolve("best.genome"))).hasSize(48);

        CliRun e = CliRun.of("evaluate", dir.toString(), "--episodes", "5");
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(e.out()).contains("episodes:           5 (reset(seed=10000..10004), CartPole-v1's 500-step limit)")
                .contains("solved:             not decided (the test is 100 episodes from seed 10000)");
    }
}
