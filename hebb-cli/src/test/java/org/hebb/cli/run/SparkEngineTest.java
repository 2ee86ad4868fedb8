package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hebb.cli.CliRun;
import org.hebb.cli.Hebb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine spark} (and {@code [run] engine = "spark"}) through the real command line: the same files as the
 * thread pool, run.json naming the Spark application, a killed driver resumed, and one-line bad input
 * ({@code hebb compare}: CompareOnSparkTest).
 */
class SparkEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static void assertSameFiles(Path a, Path b) throws IOException {
        assertThat(SmallRun.files(b)).isEqualTo(SmallRun.files(a)).contains("trajectory-000000.h5");
        for (String f : SmallRun.files(a)) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    private static JsonNode engine(Path dir, int session) throws IOException {
        return JSON.readTree(dir.resolve("run.json").toFile()).path("sessions").get(session).path("engine");
    }

    @Test
    void mountainCarAndCartPoleRunsWriteTheThreadPoolsFilesAndNameTheSparkApplication() throws Exception {
        Path mc = SmallRun.write(tmp, "mc.toml", SmallRun.toml(3, 10));
        Path mcSpark = SmallRun.write(tmp, "mc-spark.toml", SmallRun.toml(3, 10)
                .replace("[run]\n", "[run]\nengine = \"spark\"\nmaster = \"local[2]\"\n"));
        Path cp = SmallRun.write(tmp, "cp.toml", SmallRun.controlToml(2, 20));
        CliRun a = CliRun.of("run", mc.toString(), "--out", tmp.resolve("mc-threads").toString());
        CliRun b = CliRun.of("run", mcSpark.toString(), "--out", tmp.resolve("mc-spark").toString());
        CliRun c = CliRun.of("run", cp.toString(), "--out", tmp.resolve("cp-threads").toString());
        CliRun d = CliRun.of("run", cp.toString(), "--out", tmp.resolve("cp-spark").toString(), "--engine", "spark",
                "--master", "local[2]");
        for (CliRun r : List.of(a, b, c, d)) {
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        assertThat(b.out()).contains("Spark local[2] (application local-");
        assertSameFiles(tmp.resolve("mc-spark"), tmp.resolve("mc-threads"));
        assertSameFiles(tmp.resolve("cp-spark"), tmp.resolve("cp-threads"));

        JsonNode e = engine(tmp.resolve("cp-spark"), 0);
        assertThat(e.path("engine").asText()).isEqualTo("spark");
        assertThat(e.path("application_id").asText()).startsWith("local-");
        assertThat(e.path("generations").asInt()).isEqualTo(2);
        assertThat(e.path("tasks").asInt()).isGreaterThanOrEqualTo(2 * 2); // >= one task per core a generation
        assertThat(e.path("tasks_per_executor").path("driver").asInt()).isEqualTo(e.path("tasks").asInt());
        assertThat(engine(tmp.resolve("cp-threads"), 0).path("engine").asText()).isEqualTo("threads");
    }

    @Test
    void aKilledDriverIsResumedOnSparkToTheUninterruptedFiles() throws Exception {
        Path cfg = SmallRun.write(tmp, "kill.toml", SmallRun.toml(12, 20));
        Path whole = tmp.resolve("whole"), dir = tmp.resolve("killed");
        assertThat(CliRun.of("run", cfg.toString(), "--out", whole.toString()).exitCode()).isZero();
        Process p = child(classPath(), true, "run", cfg.toString(), "--out", dir.toString(), "--engine", "spark",
                "--master", "local[2]", "--progress", "lines");
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!Files.exists(dir.resolve("checkpoint.bin")) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertThat(p.isAlive()).as(Files.readString(tmp.resolve("child.log"))).isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly(); // SIGKILL: the driver and its local executors die at once
            p.waitFor();
        }
        CliRun r = CliRun.of("resume", dir.toString(), "--engine", "spark", "--master", "local[2]");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertSameFiles(dir, whole);
        assertThat(engine(dir, 1).path("engine").asText()).isEqualTo("spark");
    }

    @Test
    void badEngineInputIsOneLine() throws Exception {
        Path cfg = SmallRun.write(tmp, "small.toml", SmallRun.toml(2, 10));
        String out = tmp.resolve("never").toString();
        assertThat(CliRun.of("run", cfg.toString(), "--out", out, "--engine", "flink").err().strip())
                .isEqualTo("error: --engine: \"flink\" is not allowed; must be one of [threads, spark]");
        assertThat(CliRun.of("run", cfg.toString(), "--out", out, "--master", "local[2]").err().strip())
                .isEqualTo("error: --master: local[2] is not allowed without --engine spark (or [run] engine = \"spark\")");
        assertThat(CliRun.of("run", cfg.toString(), "--out", out, "--engine", "spark", "--master", "mesos://h:5050")
                .err().strip()).startsWith("error: master: mesos://h:5050 is not allowed; must be local, local[N]");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliRun dead = CliRun.of("run", cfg.toString(), "--out", out, "--engine", "spark", "--master",
                "spark://127.0.0.1:" + port);
        assertThat(dead.exitCode()).isEqualTo(2);
        assertThat(dead.err().strip()).startsWith("error: master: spark://127.0.0.1:" + port + " is unreachable "
                + "(connection refused by 127.0.0.1:" + port + ")").doesNotContain("\n");
        Path bad = SmallRun.write(tmp, "bad.toml", SmallRun.toml(2, 10).replace("[run]\n", "[run]\nengine = \"gpu\"\n"));
        assertThat(CliRun.of("run", bad.toString(), "--out", out).err().strip())
                .isEqualTo("error: run.engine: \"gpu\" is not allowed; must be one of [threads, spark]");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void withoutSparkOnTheClassPathTheErrorSaysHowToRunWithIt() throws Exception {
        Path cfg = SmallRun.write(tmp, "small.toml", SmallRun.toml(2, 10));
        String noSpark = Arrays.stream(classPath().split(File.pathSeparator))
                .filter(e -> !e.contains(File.separator + "spark" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
        Process p = child(noSpark, false, "run", cfg.toString(), "--out", tmp.resolve("x").toString(), "--engine", "spark");
        try {
            assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            p.destroyForcibly(); // stopped on failure too
        }
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("child.log")).strip()).isEqualTo("error: " + EngineOption.SPARK_MISSING);
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** A {@code hebb} child process, with Spark's JDK flags (as ./hebb passes them) or bare (as java -jar). */
    private Process child(String classPath, boolean sparkFlags, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (sparkFlags) {
            cmd.addAll(Arrays.asList(System.getProperty("hebb.spark.jvm.flags", "").trim().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", classPath, Hebb.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
    }
}
