package org.hebb.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and {@code n} one-core workers, each a separate JVM
 * started from this test's class path (Spark's jars and hebb's classes), as docs/spark.md tells users to. Executors
 * are forked by the workers. {@link #close()} kills every process it started, with their children, also when a test
 * failed (and a shutdown hook does it if the test JVM itself is stopped).
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final Thread reaper = new Thread(this::killAll, "standalone-cluster-reaper");
    final int port;

    StandaloneCluster(Path dir, int workerCount) throws IOException {
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(reaper);
        Files.createDirectories(dir.resolve("spark-home/jars")); // Spark's launcher wants SPARK_HOME/jars to exist
        this.port = freePort();
        try {
            start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    String.valueOf(port), "--webui-port", String.valueOf(freePort()));
            awaitPort(port, 60_000);
            for (int i = 0; i < workerCount; i++) {
                Path work = Files.createDirectories(dir.resolve("work-" + i));
                workers.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", url(), "--cores", "1",
                        "--memory", "1g", "--host", "127.0.0.1", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", work.toString()));
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    /** Driver settings that let the workers' executors load hebb's (and the test's) classes, loopback only. */
    static Map<String, String> driverConf() {
        return Map.of("spark.executor.extraClassPath", System.getProperty("java.class.path"),
                "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                "spark.ui.enabled", "false", "spark.executor.memory", "512m");
    }

    /** Kills worker {@code i} and its executors at once (SIGKILL), as a machine failing would. */
    void killWorker(int i) {
        Process w = workers.get(i);
        w.descendants().forEach(ProcessHandle::destroyForcibly);
        w.destroyForcibly();
    }

    /** Every process log, for a failure message. */
    String logs() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".log") || f.getFileName().toString()
                    .equals("stderr")).toList()) {
                List<String> lines = Files.readAllLines(p);
                b.append("== ").append(p).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            }
        } catch (IOException e) {
            b.append(e);
        }
        return b.toString();
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(Arrays.asList(System.getProperty("hebb.spark.jvm.flags", "").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, long millis) throws IOException {
        long end = System.currentTimeMillis() + millis;
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > end) {
                    throw new IOException("the Spark master did not listen on 127.0.0.1:" + port + " within "
                            + millis + " ms");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException(e));
                }
            }
        }
    }

    private void killAll() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

}
