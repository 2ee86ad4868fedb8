package org.hebb.cli.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hebb.cli.CliRun;
import org.hebb.cli.Hebb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code hebb learn} child JVM of a spiking PPO agent, killed with SIGKILL (no shutdown hook, no finally) after
 * its first checkpoints, then {@code hebb resume}: the directory ends with exactly the files of an uninterrupted run.
 */
class GradientKillTest {

    @TempDir
    Path tmp;

    @Test
    void sigkilledLearnerResumesToTheUninterruptedFilesByteForByte() throws Exception {
        // rollouts of >= 128 steps to 6,000 steps: ~40 checkpoints, so the child is still running when it is killed
        Path cfg = tmp.resolve("kill.toml");
        Files.writeString(cfg, GradientLearnTest.PPO.replace("budget_steps = 900", "budget_steps = 6000"));
        Path whole = tmp.resolve("whole");
        CliRun w = CliRun.of("learn", cfg.toString(), "--out", whole.toString(), "--progress", "none");
        assertEquals(0, w.exitCode(), w.err());

        Path dir = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Hebb.class.getName(), "learn", cfg.toString(), "--out", dir.toString(), "--progress", "lines"))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path csv = dir.resolve("learning.csv");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && System.nanoTime() < deadline
                && (!Files.exists(csv) || Files.readAllLines(csv).size() < 12)) {
            Thread.sleep(2); // past a few rollouts: the kill lands in training or in writing a file
        }
        assertTrue(p.isAlive(), "child still running when killed; log: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly(); // SIGKILL
        p.waitFor();
        assertTrue(Files.readString(dir.resolve("run.json")).contains("\"status\" : \"running\""));

        CliRun r = CliRun.of("resume", dir.toString(), "--progress", "none");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("snn ppo on CartPole-v1"), r.out());
        GradientLearnTest.assertSameFiles(whole, dir);
        assertEquals(0, CliRun.of("evaluate", dir.toString(), "--episodes", "3").exitCode());
    }
}
