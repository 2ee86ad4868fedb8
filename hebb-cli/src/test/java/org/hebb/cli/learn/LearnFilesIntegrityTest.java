package org.hebb.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hebb.cli.CliRun;
import org.hebb.cli.run.RunFilesIntegrityTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of a learn directory damaged in each way a disk or a user can damage it — one bit flipped, cut in half,
 * deleted, or swapped with the same file of another run (another seed, stopped at the same unit) — for a plasticity
 * agent and a spiking PPO agent, each stopped (as by SIGTERM) after 3 units and evaluated: {@code hebb verify},
 * {@code hebb resume}, {@code hebb evaluate} and {@code hebb report} refuse with one line naming the file (exit 2),
 * changing nothing; except where the command does not depend on the file: a lost learning.csv or weights.h5 is
 * rewritten from the checkpoint (resume) or not read (evaluate, report read the checkpoint), and evaluation.json is
 * read only by the report (evaluate records it anew).
 */
class LearnFilesIntegrityTest {
    static final List<String> FILES = List.of("run.json", "checkpoint.bin", "learning.csv", "weights.h5",
            "evaluation.json");
    static final Map<String, String> CONFIGS = Map.of(
            "plasticity", LearnCommandTest.SMALL,
            "ppo", GradientLearnTest.PPO);

    @TempDir
    static Path shared;

    @BeforeAll
    static void stoppedRuns() throws Exception {
        for (String agent : CONFIGS.keySet()) {
            Path cfg = Files.writeString(shared.resolve(agent + ".toml"), CONFIGS.get(agent));
            for (String seed : List.of("5", "6")) {
                stopped(cfg, shared.resolve(agent + "-" + seed), seed, 3);
            }
        }
    }

    /** {@code hebb learn} of {@code cfg} stopped as by SIGTERM after {@code units} units, then evaluated. */
    static void stopped(Path cfg, Path dir, String seed, int units) {
        LearnCommand cmd = new LearnCommand();
        cmd.stopAfter = units;
        cmd.stopAsAsked = true;
        picocli.CommandLine cl = new picocli.CommandLine(cmd);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute(cfg.toString(), "--out", dir.toString(), "--seed", seed, "--progress", "none"))
                .isZero();
        assertThat(out.toString()).contains("stopped after", "continue with: hebb resume " + dir);
        CliRun e = CliRun.of("evaluate", dir.toString(), "--episodes", "2", "--threads", "1");
        assertThat(e.exitCode()).as(e.err()).isZero();
        CliRun v = CliRun.of("verify", dir.toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out().strip()).isEqualTo(dir + ": ok");
    }

    enum Damage { FLIP, TRUNCATE, DELETE, SWAP }

    static Stream<Arguments> cases() {
        return CONFIGS.keySet().stream().sorted().flatMap(a -> FILES.stream().flatMap(f -> Stream.of(Damage.values())
                .map(d -> Arguments.of(a, f, d))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void aDamagedFileIsRefusedByVerifyResumeEvaluateAndReport(String agent, String file, Damage damage,
            @TempDir Path tmp) throws IOException {
        Path original = shared.resolve(agent + "-5");
        boolean optional = file.equals("evaluation.json") && damage == Damage.DELETE;
        boolean derived = List.of("learning.csv", "weights.h5").contains(file) && damage == Damage.DELETE;

        Path v = damaged(original, tmp.resolve("verify"), file, damage);
        CliRun verify = CliRun.of("verify", v.toString());
        if (optional) {
            assertThat(verify.exitCode()).as(verify.err()).isZero();
        } else {
            assertThat(verify.exitCode()).as(verify.err()).isEqualTo(2);
            assertThat(verify.err().lines().findFirst().orElseThrow()).startsWith("error: ").contains(file);
        }
        for (String command : List.of("resume", "evaluate", "report")) {
            Path dir = damaged(original, tmp.resolve(command), file, damage);
            Map<String, byte[]> before = contents(dir);
            CliRun r = switch (command) {
                case "evaluate" -> CliRun.of("evaluate", dir.toString(), "--episodes", "2");
                case "resume" -> CliRun.of("resume", dir.toString(), "--progress", "none");
                default -> CliRun.of("report", dir.toString());
            };
            boolean reads = !optional && !derived && (!file.equals("evaluation.json") || command.equals("report"));
            if (!reads) {
                assertThat(r.exitCode()).as(command + ": " + r.err()).isZero();
                if (command.equals("resume") && derived || command.equals("evaluate") && !derived) {
                    assertThat(CliRun.of("verify", dir.toString()).exitCode()).as(command + " rewrote " + file)
                            .isZero();
                }
                continue;
            }
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(command).startsWith("error: ").contains(file).hasLineCount(1);
            if (file.equals("checkpoint.bin") && damage == Damage.DELETE) {
                assertThat(r.err()).as(command).contains("checkpoint.bin: missing while learning.csv, weights.h5,"
                        + " evaluation.json exist is not allowed (a resume would learn again from episode 0)");
            }
            Map<String, byte[]> after = contents(dir);
            assertThat(after).as(command + ": nothing written").containsOnlyKeys(before.keySet());
            before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        }
    }

    private static Path damaged(Path from, Path to, String file, Damage damage) throws IOException {
        Path dir = copy(from, to);
        Path f = dir.resolve(file);
        switch (damage) {
            case FLIP -> {
                byte[] b = Files.readAllBytes(f);
                b[b.length / 2] ^= 0x01; // one bit, mid-file
                Files.write(f, b);
            }
            case TRUNCATE -> {
                byte[] b = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
            }
            case DELETE -> Files.delete(f);
            case SWAP -> {
                Path theirs = from.resolveSibling(from.getFileName().toString().replace("-5", "-6")).resolve(file);
                assertThat(Files.readAllBytes(theirs)).isNotEqualTo(Files.readAllBytes(f));
                Files.copy(theirs, f, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    static Path copy(Path from, Path to) throws IOException {
        return RunFilesIntegrityTest.copy(from, to);
    }

    static Map<String, byte[]> contents(Path dir) throws IOException {
        return RunFilesIntegrityTest.contents(dir);
    }
}
