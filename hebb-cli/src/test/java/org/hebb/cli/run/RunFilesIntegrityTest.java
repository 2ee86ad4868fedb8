package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.run.GenerationEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of a run directory damaged in each way a disk or a user can damage it — one bit flipped, cut in half,
 * deleted, or swapped with the same file of another run — and {@code hebb verify}, {@code hebb resume} and
 * {@code hebb report} each refuse with one line naming the file (exit 2), changing nothing; except where resuming
 * or reporting does not depend on the file: a lost index, {@code best.genome} or partial segment is rewritten by
 * resume from checked data, and a report reads only what the checkpoint commits.
 */
public class RunFilesIntegrityTest {
    /** Stopped after generation 3 with segments of 2: a full segment, a partial one, a log of one generation. */
    static final List<String> FILES = List.of("run.json", "checkpoint.bin", "generations.bin",
            "trajectory-000000.h5", "trajectory-000002.h5", "trajectory.h5", "best.genome");

    @TempDir
    static Path shared;
    static Path stopped;
    static Path other;

    @BeforeAll
    static void twoStoppedRuns() throws IOException {
        stopped = stoppedRun("a", 11);
        other = stoppedRun("b", 12); // another run (another seed) stopped at the same generation
    }

    /** A run of 6 generations stopped (as by Ctrl-C) after its third. */
    private static Path stoppedRun(String name, int seed) throws IOException {
        Path config = SmallRun.write(shared, name + ".toml", SmallRun.toml(6, 10).replace("h5_every = 50",
                "h5_every = 2").replace("seed = 11", "seed = " + seed));
        Path dir = shared.resolve(name);
        RunConfig c = RunConfig.read(TomlFile.read(config));
        int code = new RunSession(c, dir, ProgressReporter.Mode.none, d -> null, new PrintWriter(new StringWriter()))
                .listener(e -> stopAt(e, 3)).execute(false);
        assertThat(code).isZero();
        assertThat(RunRecord.readRun(dir).path("status").asText()).isEqualTo("stopped");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsAll(FILES);
        }
        return dir;
    }

    private static void stopAt(GenerationEvent e, int generations) {
        if (e.generationsDone() == generations) {
            e.requestStop();
        }
    }

    enum Damage { FLIP, TRUNCATE, DELETE, SWAP }

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return FILES.stream().flatMap(f -> Stream.of(Damage.values())
                .map(d -> org.junit.jupiter.params.provider.Arguments.of(f, d)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aDamagedFileIsRefusedByVerifyResumeAndReport(String file, Damage damage, @TempDir Path tmp) throws IOException {
        Path dir = copy(stopped, tmp.resolve("run"));
        damage(dir.resolve(file), damage);
        Map<String, byte[]> before = contents(dir);

        CliRun verify = CliRun.of("verify", dir.toString());
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(2);
        assertThat(verify.err().lines().findFirst().orElseThrow()).startsWith("error: ").contains(file);

        boolean rewritten = damage == Damage.DELETE && List.of("trajectory.h5", "best.genome",
                "trajectory-000002.h5").contains(file); // neither resume nor a report reads them
        CliRun report = CliRun.of("report", dir.toString());
        CliRun resume = CliRun.of("resume", dir.toString(), "--progress", "none");
        if (rewritten) {
            assertThat(report.exitCode()).as(report.err()).isZero();
            assertThat(report.out()).startsWith("partial report: the run has not finished (status stopped); it shows"
                    + " the 3 generations of its last checkpoint");
            assertThat(resume.exitCode()).as(resume.err()).isZero();
            assertThat(CliRun.of("verify", dir.toString()).exitCode()).isZero();
            return;
        }
        for (CliRun r : List.of(report, resume)) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).startsWith("error: ").contains(file).hasLineCount(1);
        }
        Map<String, byte[]> after = contents(dir);
        assertThat(after).as("nothing written").containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataFiles")
    void aMissingCheckpointWithLoggedGenerationsIsRefusedNotRestarted(String kept, @TempDir Path tmp)
            throws IOException {
        Path dir = copy(stopped, tmp.resolve("run"));
        Files.delete(dir.resolve("checkpoint.bin"));
        for (String f : List.of("generations.bin", "trajectory-000000.h5", "trajectory-000002.h5", "trajectory.h5",
                "best.genome")) {
            if (!f.equals(kept)) {
                Files.delete(dir.resolve(f));
            }
        }
        for (String command : List.of("verify", "resume", "report")) {
            CliRun r = CliRun.of(command, dir.toString());
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(command).isEqualTo("error: " + dir.resolve("checkpoint.bin") + ": missing while "
                    + kept + " hold generations is not allowed (a resume would start again from generation 0);"
                    + " restore it from a copy of the run, or start the run anew with 'hebb run' in a new directory"
                    + System.lineSeparator());
        }
    }

    static Stream<String> dataFiles() {
        return Stream.of("generations.bin", "trajectory-000000.h5", "trajectory.h5", "best.genome");
    }

    private static void damage(Path file, Damage damage) throws IOException {
        switch (damage) {
            case FLIP -> {
                byte[] b = Files.readAllBytes(file);
                b[b.length / 2] ^= 0x01; // one bit, mid-file: in the data of every file here
                Files.write(file, b);
            }
            case TRUNCATE -> {
                byte[] b = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
            }
            case DELETE -> Files.delete(file);
            case SWAP -> {
                Path theirs = other.resolve(file.getFileName());
                assertThat(Files.readAllBytes(theirs)).isNotEqualTo(Files.readAllBytes(file));
                Files.copy(theirs, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Copies the files of {@code from} into {@code to} (created). */
    public static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    /** Every file of {@code dir} by name. */
    public static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                all.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return all;
    }
}
