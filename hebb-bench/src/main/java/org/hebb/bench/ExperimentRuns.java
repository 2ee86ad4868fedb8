package org.hebb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a user waits for: the report's full experiment run with the CLI as a user runs it ({@code ./hebb run
 * examples/mountain-car-ga.toml}: JVM start, 32 × 1,000 generations, the trajectory, the figures and report.html),
 * and the same job over 6,000 generations (the report's own run length) with the cost of recording a generation
 * from the first to the last ({@link TrajectoryWriteCost}). Each run is a separate process timed from its start to
 * its exit, its peak resident set from {@code /usr/bin/time} where present; run directories go to a temporary
 * folder and are deleted after their size is taken.
 */
final class ExperimentRuns {

    /** The main example (the report's setup). */
    static final Path EXAMPLE = Path.of("examples/mountain-car-ga.toml");

    /** One timed CLI run. */
    record Timed(String command, double wallSeconds, long maxRssKb, long directoryBytes, int exit, String summary) {
    }

    private ExperimentRuns() {
    }

    /**
     * Runs {@code ./hebb run CONFIG --out DIR} once, after one untimed {@code ./hebb --version} so that a stale CLI
     * jar is rebuilt before, not during, the timing.
     */
    static Timed hebbRun(Path config, Path work) throws IOException, InterruptedException {
        new ProcessBuilder("./hebb", "--version").redirectErrorStream(true).redirectOutput(work.resolve("hebb-version.log").toFile())
                .start().waitFor(20, TimeUnit.MINUTES);
        Path tmp = Files.createTempDirectory("hebb-bench-run");
        Path out = tmp.resolve("run"), timeFile = tmp.resolve("time.txt"), log = work.resolve("hebb-run-" + config.getFileName() + ".log");
        List<String> cmd = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", timeFile.toString()));
        }
        cmd.addAll(List.of("./hebb", "run", config.toString(), "--out", out.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor(2, TimeUnit.HOURS) ? p.exitValue() : -1;
        double wall = (System.nanoTime() - t0) * 1e-9;
        if (exit == -1) {
            p.destroyForcibly();
        }
        long rss = gnuTime && Files.exists(timeFile) ? lastNumber(Files.readString(timeFile)) : -1;
        long bytes = Files.isDirectory(out) ? TrajectoryWriteCost.bytes(out) : 0;
        String summary = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("finished") || l.startsWith("best fitness")).reduce((a, b) -> a + "; " + b).orElse("");
        delete(tmp);
        return new Timed(String.join(" ", cmd.subList(gnuTime ? 5 : 0, cmd.size())).replace(out.toString(), "DIR"),
                wall, rss, bytes, exit, summary);
    }

    /** The report's full experiment as a Markdown section. */
    static String experiment(Path work) throws IOException, InterruptedException {
        System.out.println("== h. the report's experiment: ./hebb run " + EXAMPLE + " (load " + Machine.loadAverage() + ")");
        Timed t = hebbRun(EXAMPLE, work);
        System.out.println("    " + t);
        return "## h. The report's experiment: wall time\n\n"
                + "`./hebb run examples/mountain-car-ga.toml` (32 individuals × 1,000 generations, 5 hidden neurons, h = 0.2 ms, "
                + "110 steps, evaluation threads = cores), timed from the process start to its exit: JVM start, the run, "
                + "the trajectory segments, the figures and report.html. Load average at the end: " + Machine.loadAverage() + ".\n\n"
                + table(List.of(t)) + "\n";
    }

    /**
     * The main job over {@code generations} generations, and the cost of recording a generation over a run of the
     * same length, as a Markdown section.
     */
    static String longRun(Path work, int generations) throws IOException, InterruptedException {
        System.out.println("== i. long run: " + generations + " generations (load " + Machine.loadAverage() + ")");
        String toml = Files.readString(EXAMPLE).replaceFirst("(?m)^n_iteration = 1000\\b", "n_iteration = " + generations);
        if (!toml.contains("n_iteration = " + generations)) {
            throw new IllegalStateException(EXAMPLE + " has no line 'n_iteration = 1000' to replace");
        }
        Path config = work.resolve("mountain-car-ga-" + generations + ".toml");
        Files.writeString(config, toml);
        Timed t = hebbRun(config, work);
        System.out.println("    " + t);
        Path dir = Files.createTempDirectory("hebb-write-cost");
        TrajectoryWriteCost.Result w = TrajectoryWriteCost.measure(generations, dir, Math.max(1, generations / 12));
        delete(dir);
        System.out.printf(Locale.ROOT, "    write cost: %d generations in %.1f s%n", generations, w.wallSeconds());
        return String.format(Locale.ROOT, "## i. Long run: %,d generations of the main job%n%n"
                + "The main example with `n_iteration = %d` (a copy of examples/mountain-car-ga.toml, nothing else changed), "
                + "run and timed as in h. Load average at the end: %s.%n%n%s%n"
                + "**Cost of recording a generation, generation 1 to %,d** (`TrajectoryWriteCost`: the same GA, 32 × 315 genes, "
                + "segments of 100 generations, with a sphere function as fitness so that a generation's time is the GA's "
                + "constant work plus recording it: log or segment and index, checkpoint, best.genome, each forced to disk; "
                + "one evaluation thread). %,d generations took %.1f s; its run directory %.1f MB. A flat table means the "
                + "cost does not grow with the run's length.%n%n%s%n",
                generations, generations, Machine.loadAverage(), table(List.of(t)), generations, generations,
                w.wallSeconds(), w.directoryBytes() / 1e6, w.table());
    }

    private static String table(List<Timed> runs) {
        StringBuilder b = new StringBuilder("| command | exit | wall time | peak RSS | run directory | the CLI's summary |\n"
                + "| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Timed t : runs) {
            b.append(String.format(Locale.ROOT, "| `%s` | %d | **%s** | %s | %.1f MB | %s |%n", t.command(), t.exit(),
                    ReportMarkdown.time(t.wallSeconds()), t.maxRssKb() < 0 ? "—" : String.format(Locale.ROOT, "%.2f GB", t.maxRssKb() / 1e6),
                    t.directoryBytes() / 1e6, t.summary().replace('|', '/')));
        }
        return b.toString();
    }

    private static long lastNumber(String s) {
        String[] lines = s.strip().split("\n");
        try {
            return Long.parseLong(lines[lines.length - 1].trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
