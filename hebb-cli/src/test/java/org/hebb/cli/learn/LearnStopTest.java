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
        // rollouts of 4,096 steps trained 10 epochs: about a second each, so the second Ctrl-C lands inside one
        Path slow = Files.writeString(tmp.resolve("slow.toml"), GradientLearnTest.PPO
                .replace("budget_steps = 900", "budget_steps = 8192").replace("rollout_steps = 128",
                        "rollout_steps = 4096").replace("epochs = 2", "epochs = 10"));
        Path slowWhole = tmp.resolve("slow-whole");
        assertThat(CliRun.of("learn", slow.toString(), "--out", slowWhole.toString(), "--progress", "none")
                .exitCode()).isZero();
        Path dir = tmp.resolve("twice");
        Process p = start(slow, dir);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline && !Files.exists(dir.resolve("learning.csv"))) {
            Thread.sleep(2); // the first rollout is checkpointed; the second is being trained
        }
        signal(p, "INT");
        Thread.sleep(150);
        signal(p, "INT");
        int code = p.waitFor();
        Assumptions.assumeTrue(code != 0, "SIGINT is ignored in this environment (the child inherited SIG_IGN)");
        assertThat(code).isEqualTo(130);
        assertThat(Files.readString(tmp.resolve("child.log")))
                .contains("hebb: stopped at once (second Ctrl-C); the last checkpoint is kept");
        assertThat(Files.readString(dir.resolve("run.json"))).as("as after a kill").contains("\"status\" : \"running\"");
        CliRun r = CliRun.of("resume", dir.toString(), "--progress", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        GradientLearnTest.assertSameFiles(slowWhole, dir);
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
        Path log = tmp.resolve("child.log");
        Process p = start(config, dir);
        Path csv = dir.resolve("learning.csv");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline
                && (!Files.exists(csv) || Files.readAllLines(csv).size() < 12)) {
            Thread.sleep(2);
        }
        assertThat(p.isAlive()).as("child still running when stopped; log: %s", Files.readString(log)).isTrue();
        return p;
    }

    private Process start(Path cfg, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Hebb.class.getName(),
                "learn", cfg.toString(), "--out", dir.toString(), "--progress", "lines"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private static void signal(Process p, String name) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).start().waitFor()).isZero();
    }
}
