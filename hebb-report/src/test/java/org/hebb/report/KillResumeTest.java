package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hebb.l2l.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL in another JVM, then resumed, ends with the uninterrupted run's files. */
class KillResumeTest {

    @Test
    void killedRunResumesToTheUninterruptedFilesByteForByte(@TempDir Path tmp) throws Exception {
        Path whole = tmp.resolve("whole"), killed = tmp.resolve("killed");
        KillableRun.run(whole).start();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillableRun.class.getName(), killed.toString(), "start")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path h5 = killed.resolve(RunDirectory.TRAJECTORY);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (generations(h5) < 4 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("child still running when killed; log: %s",
                Files.exists(tmp.resolve("child.log")) ? Files.readString(tmp.resolve("child.log")) : "").isTrue();
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
        p.waitFor();
        assertThat(RunDirectory.readRunJson(killed).path("status").asText()).isEqualTo("running");
        int before = generations(h5);
        assertThat(before).isBetween(4, 13);

        KillableRun.run(killed).resume();
        for (String f : List.of(RunDirectory.TRAJECTORY, RunDirectory.BEST_GENOME, RunDirectory.GENERATIONS,
                RunDirectory.CHECKPOINT)) {
            assertThat(Files.readAllBytes(killed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }

    private static int generations(Path h5) {
        try {
            return Files.exists(h5) ? Hdf5TrajectoryReader.read(h5).size() : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // replaced by an atomic rename: a read can only fail if the file vanished under it
        }
    }
}
