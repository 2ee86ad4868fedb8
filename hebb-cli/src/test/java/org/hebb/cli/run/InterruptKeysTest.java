package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hebb.cli.Hebb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a run: the first stops at the generation boundary, a second exits at once (status 130). */
class InterruptKeysTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstPressStopsTheSecondExitsWith130() {
        AtomicInteger stops = new AtomicInteger();
        List<Integer> exits = new ArrayList<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (InterruptKeys keys = InterruptKeys.install(() -> { }, tmp)) {
            keys.press(stops::incrementAndGet, tmp, e, exits::add);
            assertThat(stops).hasValue(1);
            assertThat(exits).isEmpty();
            keys.press(stops::incrementAndGet, tmp, e, exits::add);
            assertThat(stops).as("the second press does not wait for the generation").hasValue(1);
            assertThat(exits).containsExactly(130);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "hebb: stopping after this generation's checkpoint; Ctrl-C again exits now ('hebb resume " + tmp
                        + "' continues either way)",
                "hebb: exiting now; the last finished generation's checkpoint is kept ('hebb resume " + tmp
                        + "' continues)");
    }

    @Test
    void oneSigintStopsAtTheCheckpointTwoExitAtOnce() throws Exception {
        // 100 individuals of 200 steps: a generation lasts long enough for a second press to land inside it
        Path config = SmallRun.write(tmp, "int.toml", SmallRun.toml(400, 200).replace("pop_size = 6", "pop_size = 100"));
        Path once = tmp.resolve("once");
        Process p = start(config, once, "once.log");
        waitForCheckpoint(p, once);
        signal("kill -INT " + p.pid());
        assertThat(p.waitFor()).isEqualTo(InterruptKeys.EXIT_NOW);
        assertThat(Files.readString(tmp.resolve("once.log"))).contains("hebb: stopping after this generation's")
                .contains("stopped after generation");
        assertThat(new ObjectMapper().readTree(once.resolve("run.json").toFile()).path("status").asText())
                .isEqualTo("stopped");

        Path twice = tmp.resolve("twice");
        Process q = start(config, twice, "twice.log");
        waitForCheckpoint(q, twice);
        signal("kill -INT " + q.pid() + "; sleep 0.2; kill -INT " + q.pid()); // apart: the kernel merges pending ones
        assertThat(q.waitFor()).isEqualTo(InterruptKeys.EXIT_NOW);
        assertThat(Files.readString(tmp.resolve("twice.log"))).contains("hebb: exiting now")
                .doesNotContain("stopped after generation");
        assertThat(new ObjectMapper().readTree(twice.resolve("run.json").toFile()).path("status").asText())
                .as("exited at once, as after a kill: resume continues it").isEqualTo("running");
        assertThat(twice.resolve("checkpoint.bin")).isRegularFile();
    }

    private static void signal(String shell) throws Exception {
        assertThat(new ProcessBuilder("sh", "-c", shell).start().waitFor()).isZero();
    }

    private Process start(Path config, Path dir, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Hebb.class.getName(), "run",
                config.toString(), "--out", dir.toString(), "--progress", "lines").redirectErrorStream(true)
                .redirectOutput(tmp.resolve(log).toFile()).start();
    }

    private static void waitForCheckpoint(Process p, Path dir) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(dir.resolve("checkpoint.bin")) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(p.isAlive()).as("child still running").isTrue();
    }
}
