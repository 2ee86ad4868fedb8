package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code hebb run} process stopped from outside, then {@code hebb resume}: the run ends with exactly the
 * files of an uninterrupted run. SIGKILL (no shutdown hook, no finally) and SIGTERM (the hook that Ctrl-C's SIGINT
 * also runs: stop after the checkpoint) both.
 */
class KillAndResumeTest {
    static final int GENERATIONS = 20;

    @TempDir
    static Path shared;
    static Path config;
    static Path whole;

    @TempDir
    Path tmp;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        // steps = 20: about 15 ms a generation once warm, so the child is still running when the test stops it
        config = SmallRun.write(shared, "kill.toml", SmallRun.toml(GENERATIONS, 20));
        whole = shared.resolve("whole");
        CliRun r = CliRun.of("run", config.toString(), "--out", whole.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void sigkilledRunResumesToTheUninterruptedFilesByteForByte() throws Exception {
        Path dir = tmp.resolve("killed");
        Process p = startChild(dir);
        waitForCheckpoint(p, dir);
        p.destroyForcibly(); // SIGKILL
        p.waitFor();

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(dir.resolve("run.json").toFile()).path("status").asText()).isEqualTo("running");
        assertThat(dir.resolve("trajectory.h5")).as("h5_every = 50: not yet written; the log and checkpoint resume")
                .doesNotExist();
        String log = Files.readString(tmp.resolve("child.log"));
        assertThat(log).contains("run " + dir).doesNotContain("SLF4J");

        CliRun r = CliRun.of("resume", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("resuming " + dir).contains("finished " + GENERATIONS + " generations");
        assertSameFiles(dir);
        assertThat(json.readTree(dir.resolve("run.json").toFile()).path("sessions")).hasSize(2);
    }

    @Test
    void sigtermStopsAfterTheCheckpointAndResumeContinues() throws Exception {
        Path dir = tmp.resolve("stopped");
        Process p = startChild(dir);
        waitForCheckpoint(p, dir);
        p.destroy(); // SIGTERM: the shutdown hook asks the run to stop and waits for it
        assertThat(p.waitFor()).isEqualTo(143);

        String log = Files.readString(tmp.resolve("child.log"));
        assertThat(log).contains("hebb: stopping after this generation's checkpoint")
                .containsPattern("stopped after generation \\d+ of " + GENERATIONS
                        + "; continue with: hebb resume " + java.util.regex.Pattern.quote(dir.toString()));
        assertThat(new ObjectMapper().readTree(dir.resolve("run.json").toFile()).path("status").asText())
                .isEqualTo("stopped");

        CliRun r = CliRun.of("resume", dir.toString(), "--threads", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSameFiles(dir);
        assertThat(CliRun.of("resume", dir.toString()).out()).contains("the run has finished; nothing to resume");
    }

    @Test
    void sigkilledAmongSegmentWritesLeavesFilesH5pyOpensAndResumesByteForByte() throws Exception {
        Path segmented = SmallRun.write(tmp, "segments.toml", SmallRun.toml(GENERATIONS, 20)
                .replace("h5_every = 50", "h5_every = 3"));
        Path reference = tmp.resolve("reference");
        assertThat(CliRun.of("run", segmented.toString(), "--out", reference.toString()).exitCode()).isZero();
        Path dir = tmp.resolve("killed");
        Process p = startChild(segmented, dir);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(dir.resolve("trajectory-000003.h5")) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2); // past two segments: the kill lands in a log append, a segment or a checkpoint
        }
        assertThat(p.isAlive()).as("child still running when killed").isTrue();
        p.destroyForcibly();
        p.waitFor();
        assertH5pyOpensEveryFile(dir);

        CliRun r = CliRun.of("resume", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(SmallRun.files(dir)).isEqualTo(SmallRun.files(reference)).hasSize(SmallRun.FILES.size() + 7);
        for (String f : SmallRun.files(reference)) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
        }
    }

    /** Opens every .h5 file in {@code dir} with h5py and reads every dataset in it (skipped without h5py). */
    private static void assertH5pyOpensEveryFile(Path dir) throws Exception {
        String python = "/usr/bin/python3";
        Assumptions.assumeTrue(Files.isExecutable(Path.of(python))
                && new ProcessBuilder(python, "-c", "import h5py").start().waitFor() == 0, "h5py is not installed");
        String script = "import glob, sys, h5py\n"
                + "n = 0\n"
                + "for name in sorted(glob.glob(sys.argv[1] + '/*.h5')):\n"
                + "    with h5py.File(name, 'r') as f:\n"
                + "        f.visititems(lambda k, v: v[()] if isinstance(v, h5py.Dataset) else None)\n"
                + "    n += 1\n"
                + "print(n)\n";
        Process py = new ProcessBuilder(python, "-c", script, dir.toString()).redirectErrorStream(true).start();
        String out = new String(py.getInputStream().readAllBytes()).trim();
        assertThat(py.waitFor()).as(out).isZero();
        assertThat(Integer.parseInt(out)).as("the index and at least two segments").isGreaterThanOrEqualTo(3);
    }

    private Process startChild(Path dir) throws IOException {
        return startChild(config, dir);
    }

    private Process startChild(Path runConfig, Path dir) throws IOException {
        return SmallRun.child(runConfig, dir, tmp.resolve("child.log"));
    }

    private void waitForCheckpoint(Process p, Path dir) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(dir.resolve("checkpoint.bin")) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2); // stop it soon after its first checkpoint, far from its end
        }
        assertThat(p.isAlive()).as("child still running when stopped; log: %s",
                Files.readString(tmp.resolve("child.log"))).isTrue();
    }

    private static void assertSameFiles(Path dir) throws IOException {
        assertThat(SmallRun.files(dir)).isEqualTo(SmallRun.files(whole)).contains("trajectory-000000.h5");
        for (String f : SmallRun.files(whole)) {
            assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }
}
