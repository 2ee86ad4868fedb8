package org.hebb.cli.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hebb.cli.CliRun;
import org.hebb.cli.Hebb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code hebb learn} child JVM (a spiking PPO agent) stopped from outside: SIGTERM, or Ctrl-C's SIGINT, stops
 * it after the rollout in flight is checkpointed, run.json says "stopped", the directory verifies whole, and
 * {@code hebb resume} ends with exactly the files of an uninterrupted run; a second Ctrl-C exits at once and resume
 * still gives those files.
 */
class LearnStopTest {
    @TempDir
    static Path shared;
    static Path config;
    static Path whole;

    @TempDir
    Path tmp;

    @BeforeAll
    static void uninterrupted() throws IOException {
        // rollouts of >= 128 steps to 6,000 steps: ~40 checkpoints, so the child is still running when it is stopped
        config = Files.writeString(shared.resolve("stop.toml"), GradientLearnTest.PPO.replace("budget_steps = 900",
                "budget_steps = 6000"));
        whole = shared.resolve("whole");
        CliRun w = CliRun.of("learn", config.toString(), "--out", whole.toString(), "--progress", "none");
        assertThat(w.exitCode()).as(w.err()).isZero();
    }

    @Test
    void sigtermStopsAfterTheCheckpointAndResumeContinuesByteForByte() throws Exception {
        Path dir = tmp.resolve("stopped");
        Process p = startAndWait(dir);
        p.destroy(); // SIGTERM: the shutdown hook asks the session to stop and waits for it
        assertThat(p.waitFor()).isEqualTo(143);
        assertStoppedAndResumes(dir);
    }

    @Test
    void ctrlCStopsAfterTheCheckpointAndResumeContinuesByteForByte() throws Exception {
        Path dir = tmp.resolve("interrupted");
        Process p = startAndWait(dir);
        signal(p, "INT");
        int code = p.waitFor();
        Assumptions.assumeTrue(code != 0, "SIGINT is ignored in this environment (the child inherited SIG_IGN)");
        assertThat(code).isEqualTo(130);
        assertStoppedAndResumes(dir);
    }

    @Test
    void aSecondCtrlCExitsAtOnceAndResumeStillGivesTheSameFiles() throws Exception {
        Path dir = tmp.resolve("twice");
        Process p = startAndWait(dir);
        signal(p, "INT");
        signal(p, "INT");
        int code = p.waitFor();
        Assumptions.assumeTrue(code != 0, "SIGINT is ignored in this environment (the child inherited SIG_IGN)");
        assertThat(code).isEqualTo(130);
        CliRun r = CliRun.of("resume", dir.toString(), "--progress", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        GradientLearnTest.assertSameFiles(whole, dir);
    }

    private void assertStoppedAndResumes(Path dir) throws Exception {
        String log = Files.readString(tmp.resolve("child.log"));
        assertThat(log).contains("hebb: stopping after this unit's checkpoint ('hebb resume " + dir + "' continues)")
                .containsPattern("stopped after env step \\d+; continue with: hebb resume "
                        + java.util.regex.Pattern.quote(dir.toString()));
        assertThat(Files.readString(dir.resolve("run.json"))).contains("\"status\" : \"stopped\"");
        CliRun v = CliRun.of("verify", dir.toString());
        assertThat(v.exitCode()).as("a stopped directory checks whole: " + v.err()).isZero();
        CliRun r = CliRun.of("resume", dir.toString(), "--progress", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        GradientLearnTest.assertSameFiles(whole, dir);
        assertThat(CliRun.of("resume", dir.toString()).out()).contains("the run has finished; nothing to resume");
    }

    /** Starts {@code hebb learn} in a child JVM and waits until it has checkpointed a few rollouts. */
    private Process startAndWait(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("child.log");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Hebb.class.getName(), "learn", config.toString(), "--out", dir.toString(), "--progress", "lines"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path csv = dir.resolve("learning.csv");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline
                && (!Files.exists(csv) || Files.readAllLines(csv).size() < 12)) {
            Thread.sleep(2);
        }
        assertThat(p.isAlive()).as("child still running when stopped; log: %s", Files.readString(log)).isTrue();
        return p;
    }

    private static void signal(Process p, String name) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor()).isZero();
    }
}
