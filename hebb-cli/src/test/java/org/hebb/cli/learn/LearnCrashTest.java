package org.hebb.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.hebb.cli.CliRun;
import org.hebb.cli.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A kill -9 between any two writes of a unit, rebuilt exactly: the directory after unit 2 and after unit 3 of one run,
 * mixed as a kill leaves them (before the checkpoint's rename; after it; after learning.csv's), resumes to the files of
 * the uninterrupted run byte for byte, for a plasticity and a DQN agent. Two runs of one config are byte-identical,
 * checksums included; {@code --out} refuses a non-empty directory unless {@code --force}, which replaces a learn
 * directory whole, unless a process is learning in it.
 */
class LearnCrashTest {
    static final List<String> FILES = List.of("run.json", "learning.csv", "checkpoint.bin", "weights.h5");

    @TempDir
    Path tmp;

    private Path cut(Path cfg, String name, int units) {
        LearnCommand cmd = new LearnCommand();
        cmd.stopAfter = units; // as a kill right after the unit's last write: run.json still "running"
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter()));
        Path dir = tmp.resolve(name);
        assertThat(cl.execute(cfg.toString(), "--out", dir.toString(), "--progress", "none")).isZero();
        return dir;
    }

    @ParameterizedTest
    @ValueSource(strings = {"plasticity", "dqn"})
    void aKillBetweenAnyTwoWritesResumesToTheUninterruptedFiles(String agent) throws Exception {
        Path cfg = Files.writeString(tmp.resolve(agent + ".toml"), agent.equals("dqn") ? GradientLearnTest.DQN
                : LearnCommandTest.SMALL);
        Path whole = tmp.resolve("whole");
        assertThat(CliRun.of("learn", cfg.toString(), "--out", whole.toString(), "--progress", "none").exitCode())
                .isZero();
        Path two = cut(cfg, "two", 2);
        Path three = cut(cfg, "three", 3);
        // {files from unit 3} over unit 2's directory, and whether verify finds files the checkpoint does not name
        Map<String, List<String>> kills = Map.of(
                "before the checkpoint's rename", List.of(),
                "after the checkpoint's rename", List.of("checkpoint.bin"),
                "after learning.csv's rename", List.of("checkpoint.bin", "learning.csv"));
        for (var kill : kills.entrySet()) {
            Path dir = LearnFilesIntegrityTest.copy(two, tmp.resolve("kill-" + kill.getValue().size()));
            for (String f : kill.getValue()) {
                Files.copy(three.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            if (kill.getValue().isEmpty()) { // the staged weights and a half-written checkpoint of unit 3
                Files.copy(three.resolve("weights.h5"), dir.resolve("weights.h5.tmp"));
                Files.writeString(dir.resolve("checkpoint.bin.tmp"), "half-written by a killed process");
            } else {
                CliRun v = CliRun.of("verify", dir.toString());
                assertThat(v.exitCode()).as(kill.getKey()).isEqualTo(2);
                assertThat(v.err()).as(kill.getKey()).contains("weights.h5: ")
                        .contains("'hebb resume " + dir + "' rewrites it (the run was killed while writing it)");
                CliRun report = CliRun.of("report", dir.toString());
                assertThat(report.exitCode()).as(kill.getKey() + ": " + report.err()).isZero();
                assertThat(report.out()).startsWith("partial report: the run has not finished (status running); it"
                        + " shows the 3 episodes of its last checkpoint");
                Files.delete(dir.resolve("report.html")); // the report's files are not the run's
                try (var figures = Files.list(dir)) {
                    for (Path f : figures.filter(f -> f.getFileName().toString().startsWith("learning-curve"))
                            .toList()) {
                        Files.delete(f);
                    }
                }
            }
            CliRun r = CliRun.of("resume", dir.toString(), "--progress", "none");
            assertThat(r.exitCode()).as(kill.getKey() + ": " + r.err()).isZero();
            for (String f : FILES) {
                assertThat(Files.readAllBytes(dir.resolve(f))).as(kill.getKey() + ": " + f)
                        .isEqualTo(Files.readAllBytes(whole.resolve(f)));
            }
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as(kill.getKey())
                        .containsExactlyInAnyOrder("run.json", "learning.csv", "checkpoint.bin", "weights.h5",
                                "run.lock");
            }
        }
    }

    @Test
    void twoRunsOfOneConfigAreByteIdenticalChecksumsIncluded() throws Exception {
        Path cfg = Files.writeString(tmp.resolve("ppo.toml"), GradientLearnTest.PPO);
        for (String d : List.of("a", "b")) {
            CliRun r = CliRun.of("learn", cfg.toString(), "--out", tmp.resolve(d).toString(), "--progress", "none");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(CliRun.of("evaluate", tmp.resolve(d).toString(), "--episodes", "2").exitCode()).isZero();
        }
        Map<String, byte[]> a = LearnFilesIntegrityTest.contents(tmp.resolve("a"));
        Map<String, byte[]> b = LearnFilesIntegrityTest.contents(tmp.resolve("b"));
        assertThat(a).containsOnlyKeys(FILES.get(0), FILES.get(1), FILES.get(2), FILES.get(3), "evaluation.json",
                "run.lock");
        assertThat(b).containsOnlyKeys(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(a.get("run.json"))).containsPattern("\"checksum\" : \"[0-9a-f]{64}\"");
    }

    @Test
    void outRefusesANonEmptyDirectoryAndForceReplacesALearnDirectoryWhole() throws Exception {
        Path cfg = Files.writeString(tmp.resolve("small.toml"), LearnCommandTest.SMALL);
        Path fresh = tmp.resolve("fresh");
        assertThat(CliRun.of("learn", cfg.toString(), "--out", fresh.toString(), "--progress", "none").exitCode())
                .isZero();
        Path dir = tmp.resolve("run");
        assertThat(CliRun.of("learn", cfg.toString(), "--out", dir.toString(), "--seed", "9", "--progress", "none")
                .exitCode()).isZero();
        assertThat(CliRun.of("evaluate", dir.toString(), "--episodes", "2").exitCode()).isZero();
        assertThat(CliRun.of("report", dir.toString()).exitCode()).isZero();
        Files.writeString(dir.resolve("stale.txt"), "from an earlier output\n");

        CliRun again = CliRun.of("learn", cfg.toString(), "--out", dir.toString(), "--progress", "none");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: --out: " + dir + " already holds a learn run, which is not allowed;"
                + " continue it with 'hebb resume " + dir + "', choose another --out, or add --force to replace it"
                + " whole" + System.lineSeparator());

        CliRun forced = CliRun.of("learn", cfg.toString(), "--out", dir.toString(), "--progress", "none", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        Map<String, byte[]> expected = LearnFilesIntegrityTest.contents(fresh);
        Map<String, byte[]> replaced = LearnFilesIntegrityTest.contents(dir);
        assertThat(replaced).as("no stale file, evaluation, figure or report").containsOnlyKeys(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(replaced.get(name)).as(name).isEqualTo(bytes));
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }

        Path busy = tmp.resolve("busy");
        LearnCommand stopped = new LearnCommand();
        stopped.stopAfter = 2;
        stopped.stopAsAsked = true;
        CommandLine cl = new CommandLine(stopped);
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(cfg.toString(), "--out", busy.toString(), "--progress", "none")).isZero();
        try (var ch = java.nio.channels.FileChannel.open(busy.resolve("run.lock"),
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) { // as a process learning in it
            CliRun replace = CliRun.of("learn", cfg.toString(), "--out", busy.toString(), "--force");
            assertThat(replace.exitCode()).isEqualTo(2);
            assertThat(replace.err()).isEqualTo("error: --force: " + busy + " is a run in use by another process"
                    + " (run.lock is locked), which is not allowed; stop it first" + System.lineSeparator());
            CliRun resume = CliRun.of("resume", busy.toString(), "--progress", "none");
            assertThat(resume.exitCode()).isEqualTo(2);
            assertThat(resume.err()).isEqualTo("error: directory: " + busy + " is in use by another run (run.lock"
                    + " is locked) is not allowed; must not be running" + System.lineSeparator());
        }
        assertThat(Files.readString(busy.resolve("run.json"))).contains("\"status\" : \"stopped\"");

        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine\n");
        CliRun plain = CliRun.of("learn", cfg.toString(), "--out", other.toString());
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err()).startsWith("error: --out: " + other + " exists and is not empty").hasLineCount(1);
        CliRun notOurs = CliRun.of("learn", cfg.toString(), "--out", other.toString(), "--force");
        assertThat(notOurs.exitCode()).isEqualTo(2);
        assertThat(notOurs.err()).startsWith("error: --force: " + other + " was not written by hebb (no "
                + OutputDirectory.MARKER + " or run.json)").hasLineCount(1);
        assertThat(Files.readString(other.resolve("notes.txt"))).isEqualTo("mine\n");
    }
}
