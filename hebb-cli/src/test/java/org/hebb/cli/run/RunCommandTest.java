package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hebb.cli.CliRun;
import org.hebb.cli.Hebb;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.report.Hdf5TrajectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hebb run} end to end, in-process: the run directory, what it prints, threads, the finisher. */
class RunCommandTest {

    @TempDir
    Path tmp;

    @Test
    void runWritesTheRunDirectoryAndSaysWhere() throws Exception {
        Path cfg = SmallRun.write(tmp, "small.toml", SmallRun.toml(5, 10));
        Path dir = tmp.resolve("out");
        CliRun r = CliRun.of("run", cfg.toString(), "--out", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("run " + dir + ": 5 generations of 6, 2 evaluation threads")
                .contains("generation 1/5  best ").contains("generation 5/5  best ").contains("eval/s  ETA ")
                .contains("finished 5 generations").contains("wrote " + dir)
                .contains("report: " + dir.resolve("report.html")); // hebb-report's, at the end of a completed run
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        for (String f : SmallRun.files(dir)) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
        JsonNode runJson = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
        assertThat(runJson.path("status").asText()).isEqualTo("finished");
        assertThat(runJson.path("config").path("user").path("optimizer").path("pop_size").asInt()).isEqualTo(6);
        assertThat(runJson.path("config").path("user").path("optimizee").path("steps").asInt()).isEqualTo(10);
        assertThat(runJson.path("sessions").get(0).path("parallelism").asInt()).isEqualTo(2);
        assertThat(Hdf5TrajectoryReader.read(dir.resolve("trajectory.h5")).size()).isEqualTo(5);
        assertThat(RunDirectory.readBestGenome(dir)).hasSize(315);
    }

    @Test
    void oneThreadAndTwoThreadsWriteByteIdenticalFiles() throws Exception {
        Path cfg = SmallRun.write(tmp, "small.toml", SmallRun.toml(4, 10));
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        assertThat(CliRun.of("run", cfg.toString(), "--out", one.toString(), "--threads", "1").exitCode()).isZero();
        assertThat(CliRun.of("run", cfg.toString(), "--out", two.toString(), "--threads", "2").exitCode()).isZero();

        assertThat(SmallRun.files(two)).isEqualTo(SmallRun.files(one)).contains("trajectory-000000.h5");
        for (String f : SmallRun.files(one)) {
            assertThat(Files.readAllBytes(one.resolve(f))).as(f).isEqualTo(Files.readAllBytes(two.resolve(f)));
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(one.resolve("run.json").toFile()).path("sessions").get(0).path("parallelism").asInt())
                .isEqualTo(1);
    }

    @Test
    void aCompletedRunEndsWithTheFinisherOnceAndPrintsItsFile() throws Exception {
        Path cfg = SmallRun.write(tmp, "small.toml", SmallRun.toml(3, 10));
        Path dir = tmp.resolve("out");
        List<Path> calls = new ArrayList<>();
        RunFinisher finisher = d -> {
            calls.add(d);
            return Files.writeString(d.resolve("report.html"), "<html></html>");
        };
        CommandLine cl = new CommandLine(new RunCommand(finisher));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute(cfg.toString(), "--out", dir.toString(), "--progress", "none");

        assertThat(code).isZero();
        assertThat(calls).containsExactly(dir);
        assertThat(out.toString()).contains("report: " + dir.resolve("report.html")).doesNotContain("generation 1/3");
    }

    @Test
    void h5EveryRewritesTheTrajectoryFileEveryNGenerationsAndAtTheEnd() throws Exception {
        RunConfig c = RunConfig.read(TomlFile.parse(SmallRun.toml(5, 10).replace("h5_every = 50", "h5_every = 2"), "t"));
        Path dir = tmp.resolve("out");
        List<Integer> inFile = new ArrayList<>(); // generations in trajectory.h5 as each generation ends
        int code = new RunSession(c, dir, ProgressReporter.Mode.none, d -> null, new PrintWriter(new StringWriter()))
                .listener(e -> inFile.add(generationsIn(dir.resolve("trajectory.h5")))).execute(false);

        assertThat(code).isZero();
        assertThat(inFile).containsExactly(0, 2, 2, 4, 4);
        assertThat(generationsIn(dir.resolve("trajectory.h5"))).isEqualTo(5); // and at the end
    }

    private static int generationsIn(Path h5) {
        try {
            return Files.exists(h5) ? Hdf5TrajectoryReader.read(h5).size() : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anIndividualOverTheTimeLimitIsRecordedWithTheFailureFitnessAndTheRunGoesOn() throws Exception {
        // 1 ms is far below 1,000 episodes of 110 steps each, so every evaluation times out; the optimizee checks
        // for the interrupt between episodes, so the abandoned evaluations end soon after
        String toml = SmallRun.toml(2, 110).replace("[run]\n", "[run]\ntimeout_s = 0.001\nfailure_fitness = -5.0\n")
                .replace("seeding = \"generation\"", "seeding = \"mean\"\nepisodes = 1000");
        Path cfg = SmallRun.write(tmp, "timeout.toml", toml);
        Path dir = tmp.resolve("out");
        CliRun r = CliRun.of("run", cfg.toString(), "--out", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        Trajectory t = Hdf5TrajectoryReader.read(dir.resolve("trajectory.h5"));
        assertThat(t.size()).isEqualTo(2);
        GenerationRecord first = t.generation(0);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.outcome(i)).isEqualTo(Evaluation.Outcome.TIMEOUT);
            assertThat(first.fitness(i)).containsExactly(-5.0);
            assertThat(first.error(i)).contains("1 ms");
        }
    }

    @Test
    void theCommandIsRegisteredWithItsSiblings() {
        CommandLine cl = Hebb.commandLine();
        assertThat(cl.getSubcommands()).containsKeys("run", "resume", "evaluate");
    }
}
