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
        for (String f : h5Files(killed)) { // the kill left every HDF5 file readable (temp files aside)
            if (f.equals(RunDirectory.TRAJECTORY)) {
                assertThat(Hdf5TrajectoryReader.read(killed.resolve(f)).size()).isEqualTo(before);
            } else {
                assertThat(Hdf5TrajectoryReader.readSegment(killed.resolve(f))).hasSizeBetween(1, KillableRun.SEGMENT);
            }
        }

        KillableRun.run(killed).resume();
        List<String> h5s = h5Files(whole);
        assertThat(h5Files(killed)).isEqualTo(h5s).hasSize(1 + 5); // the index and segments of 3, 3, 3, 3, 2
        List<String> files = new java.util.ArrayList<>(h5s);
        files.addAll(List.of(RunDirectory.BEST_GENOME, RunDirectory.GENERATIONS, RunDirectory.CHECKPOINT));
        for (String f : files) {
            assertThat(Files.readAllBytes(killed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        try (var left = Files.list(killed)) {
            assertThat(left.map(q -> q.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** The HDF5 files in {@code dir}, sorted by name. */
    static List<String> h5Files(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".h5")).sorted().toList();
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
