package org.hebb.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The text of BENCHMARKS.md: machine and load, a summary table, then one table per workload with hebb's time,
 * the peer's times, the ratio peer/hebb, spike counts and rates of both, and the quoted anchors.
 */
final class ReportMarkdown {

    private final Machine machine;
    private final String loadBefore;
    private final Instant start;
    private final boolean quick;
    private final Brian2Peer peer;
    private final boolean peerDisabled;
    private final List<Section> sections = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String loadAfter = "unknown";
    private Instant end;

    ReportMarkdown(Machine machine, String loadBefore, Instant start, boolean quick, Brian2Peer peer, boolean peerDisabled) {
        this.machine = machine;
        this.loadBefore = loadBefore;
        this.start = start;
        this.quick = quick;
        this.peer = peer;
        this.peerDisabled = peerDisabled;
    }

    Section section(String title, String description, String throughputUnit, double workPerRun) {
        Section s = new Section(title, description, throughputUnit, workPerRun);
        sections.add(s);
        return s;
    }

    /** A statement about the whole run, printed under the machine table. */
    void warning(String text) {
        if (!warnings.contains(text)) {
            warnings.add(text);
        }
    }

    void finish(String loadAfter, Instant end) {
        this.loadAfter = loadAfter;
        this.end = end;
    }

    /** One workload's table. */
    final class Section {
        private final String title, description, unit;
        private final double workPerRun;
        private double eventsPerSpike = Double.NaN;
        private final List<String> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private double hebbSeconds = Double.NaN;
        private String hebbRate = "";
        private final List<String> peerCells = new ArrayList<>();
        private final List<String> anchorCells = new ArrayList<>();
        private int neurons;

        private Section(String title, String description, String unit, double workPerRun) {
            this.title = title;
            this.description = description;
            this.unit = unit;
            this.workPerRun = workPerRun;
        }

        /** Throughput counts spikes × {@code k} events (recurrent networks). */
        void eventsPerSpike(double k) {
            eventsPerSpike = k;
        }

        void hebb(BenchmarkReport.Score s, int spikes, int neurons, double simSeconds) {
            hebbSeconds = s.ms() / 1000.0;
            this.neurons = neurons;
            hebbRate = rate(spikes, neurons, simSeconds);
            if (!s.ok()) {
                rows.add("| hebb (JMH) | failed: " + s.failure().replace('|', '/') + " | | " + spikes + " | " + hebbRate + " | |");
                return;
            }
            String mean = "mean " + time(s.meanMs() / 1000.0) + (Double.isNaN(s.errorMs()) ? "" : " ± " + time(s.errorMs() / 1000.0));
            rows.add("| hebb (JMH, median of " + s.n() + " iterations; " + mean + ") | **"
                    + time(hebbSeconds) + "** | " + throughput(hebbSeconds, spikes) + " | " + count(spikes)
                    + " | " + hebbRate + " | 1 |");
        }

        /**
         * A row of hebb run another way (e.g. on 2 threads), measured in this run; its ratio column is its time over
         * the main hebb row's (below 1: faster).
         */
        void hebbVariant(String who, BenchmarkReport.Score s, int spikes, String note) {
            double sec = s.ms() / 1000.0;
            rows.add("| hebb, " + who + " (JMH, median of " + s.n() + " iterations" + (note.isEmpty() ? "" : "; " + note) + ") | "
                    + (s.ok() ? "**" + time(sec) + "**" : "failed: " + s.failure().replace('|', '/')) + " | "
                    + throughput(sec, spikes) + " | " + count(spikes) + " | " + rate(spikes, neurons, 1.0) + " | "
                    + ratio(sec, hebbSeconds) + " |");
        }

        void peer(String target, JsonNode j, double simSeconds) {
            String who = "Brian2 " + (peer == null ? "" : peer.version()) + " " + target;
            if (j.has("error")) {
                rows.add("| " + who + " | failed: " + j.get("error").asText().replace('|', '/') + " | | | | |");
                peerCells.add(target + ": failed");
                return;
            }
            double loop = j.get("loop_s").asDouble(), wall = j.get("wall_s").asDouble(), first = j.get("first_wall_s").asDouble();
            int spikes = j.get("spikes").asInt();
            int neurons = j.has("neurons") ? j.get("neurons").asInt() : 2;
            int reps = j.get("loops").size();
            String r = rate(spikes, neurons, simSeconds);
            rows.add("| " + who + ": simulation loop (median of " + reps + ") | **" + time(loop) + "** | "
                    + throughput(loop, spikes) + " | " + count(spikes) + " | " + r + " | **" + ratio(loop, hebbSeconds) + "** |");
            rows.add("| " + who + ": whole run() calls incl. code generation (median of " + reps + ") | " + time(wall) + " | "
                    + throughput(wall, spikes) + " | | | " + ratio(wall, hebbSeconds) + " |");
            rows.add("| " + who + ": first run in the process incl. code generation" + ("cython".equals(target) ? " and compilation" : "")
                    + (j.has("build_s")
                    ? String.format(Locale.ROOT, " (building took %s more)", time(j.get("build_s").asDouble())) : "")
                    + " | " + time(first) + " | | | | |");
            peerCells.add(target + " " + time(loop) + " (" + ratio(loop, hebbSeconds) + ", " + r + ")");
        }

        void anchor(String who, double seconds, int spikes, String note) {
            rows.add("| " + who + " — anchor quoted from docs/anchors.md, not measured here" + (note.isEmpty() ? "" : " (" + note + ")")
                    + " | " + time(seconds) + " | " + (spikes > 0 || !Double.isNaN(workPerRun) ? throughput(seconds, spikes) : "")
                    + " | " + (spikes > 0 ? count(spikes) : "") + " | " + (spikes > 0 && neurons > 0 ? rate(spikes, neurons, 1.0) : "")
                    + " | " + ratio(seconds, hebbSeconds) + " |");
            anchorCells.add(who + " " + time(seconds) + " (" + ratio(seconds, hebbSeconds) + ")");
        }

        void note(String text) {
            notes.add(text);
        }

        private String throughput(double seconds, int spikes) {
            double work = Double.isNaN(eventsPerSpike) ? workPerRun : spikes * eventsPerSpike;
            return Double.isNaN(seconds) || seconds <= 0 ? "" : si(work / seconds) + " " + unit;
        }

        private String text() {
            StringBuilder b = new StringBuilder();
            b.append("## ").append(title).append("\n\n").append(description).append("\n\n");
            b.append("| simulator | time per run | throughput | spikes | rate | ratio to hebb |\n");
            b.append("| --- | ---: | ---: | ---: | --- | ---: |\n");
            rows.forEach(r -> b.append(r).append('\n'));
            if (!notes.isEmpty()) {
                b.append('\n');
                notes.forEach(n -> b.append("- ").append(n).append('\n'));
            }
            return b.append('\n').toString();
        }

        private String summaryRow() {
            return "| " + title.replaceFirst("^[a-d]\\. ", "") + " | " + time(hebbSeconds) + " | " + hebbRate + " | "
                    + (peerCells.isEmpty() ? "—" : String.join("; ", peerCells)) + " | "
                    + (anchorCells.isEmpty() ? "" : String.join("; ", anchorCells)) + " |";
        }
    }

    String text() {
        StringBuilder b = new StringBuilder();
        b.append("# hebb benchmarks\n\n");
        b.append("Written by `bin/bench").append(quick ? " --quick" : "").append("` (org.hebb.bench.BenchmarkReport) on ")
                .append(start.truncatedTo(ChronoUnit.SECONDS)).append(", in ")
                .append(end == null ? "?" : start.until(end, ChronoUnit.SECONDS)).append(" s; commit ").append(commit())
                .append(". How to run and read it: [docs/benchmarks.md](docs/benchmarks.md).\n\n");
        b.append("**Ratio to hebb = the other simulator's time / hebb's time for the same network, measured in this run: "
                + "above 1 means hebb is faster.** Brian2's ratio uses its simulation loop only (its own measurement, after "
                + "code generation and compilation); the rows below it show what a user waits for.\n\n");
        b.append("## Machine\n\n");
        b.append("| | |\n| --- | --- |\n");
        b.append("| CPU | ").append(machine.cpuModel()).append(", ").append(machine.cores()).append(" cores available |\n");
        b.append(String.format(Locale.ROOT, "| memory | %.1f GiB |%n", machine.memoryGb()));
        b.append("| OS | ").append(machine.os()).append(" |\n");
        b.append("| JDK | ").append(machine.jdk()).append(" |\n");
        b.append("| peer | ").append(peerLine()).append(" |\n");
        b.append("| load average (1, 5, 15 min) | at start ").append(loadBefore).append("; at end ").append(loadAfter).append(" |\n\n");
        double load = Math.max(first(loadBefore), first(loadAfter));
        if (load > 0.5 * machine.cores()) {
            b.append(String.format(Locale.ROOT, "**The machine was busy**: a load average of %.1f on %d cores means other "
                    + "processes (builds of other work) competed for the CPUs during this run, so absolute times are inflated "
                    + "and noisy. The ratios compare runs made back to back under the same load and are more robust, but "
                    + "not immune.%n%n", load, machine.cores()));
        }
        warnings.forEach(w -> b.append("**Note**: ").append(w).append("\n\n"));
        b.append("## Summary\n\n| workload | hebb | hebb rate | Brian2 simulation loop (ratio to hebb, rate) | NEST anchor, quoted (ratio to hebb) |\n| --- | ---: | --- | --- | --- |\n");
        sections.forEach(s -> b.append(s.summaryRow()).append('\n'));
        b.append('\n');
        sections.forEach(s -> b.append(s.text()));
        b.append("## Method\n\n");
        b.append("- hebb: JMH (org.openjdk.jmh.runner.Runner), 1 fork, mode average time, 1 s iterations (one operation "
                + "at least per iteration); the table shows the median of the iteration scores (the mean and its 99.9 % "
                + "confidence half-width beside it), as the peer's times are medians of repeats; networks are built outside the measurement except in a. and d. Every benchmark "
                + "returns its spike count so the JIT cannot drop work. Spike counts in the tables come from one separate "
                + "run of the same network (seed 1).\n");
        b.append("- Brian2: `bench/peers/brian2_*.py`, the same model equations (iaf_psc_alpha, exact integration, "
                + "NEST's refractory step count), parameters, resolution, duration and connectivity statistics; "
                + "random draws (initial V_m, connections, Poisson drive) are independent of hebb's. Each script builds "
                + "once, runs once to generate and compile the code, then restores the built state and times "
                + "repeated runs; the simulation-loop time is Brian2's own record of its last run.\n");
        b.append("- Anchors (NEST 3.9.0 and Brian2 figures measured elsewhere on a 2-core machine) are quoted from "
                + "docs/anchors.md for context; their ratio column divides the anchor by hebb's time here.\n");
        return b.toString();
    }

    private String peerLine() {
        if (peerDisabled) {
            return "not run (--no-peer)";
        }
        if (!peer.available()) {
            return "**missing**: " + peer.missing() + "; install with `" + Brian2Peer.INSTALL_HINT + "` to get ratios";
        }
        return "Brian2 " + peer.version() + " (" + peer.python() + ", runtime mode), code generation target cython"
                + (quick ? "" : ", numpy where cheap");
    }

    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String dirty = new String(new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank() ? "" : " (with uncommitted changes)";
            return p.waitFor() == 0 ? "`" + out + "`" + dirty : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static double first(String load) {
        try {
            return Double.parseDouble(load.split(",")[0].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String time(double s) {
        if (Double.isNaN(s)) {
            return "—";
        }
        if (s >= 1) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (s >= 1e-3) {
            return String.format(Locale.ROOT, "%.3g ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.3g µs", s * 1e6);
    }

    static String si(double x) {
        if (x >= 1e9) {
            return String.format(Locale.ROOT, "%.3g G", x / 1e9);
        }
        if (x >= 1e6) {
            return String.format(Locale.ROOT, "%.3g M", x / 1e6);
        }
        if (x >= 1e3) {
            return String.format(Locale.ROOT, "%.3g k", x / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g", x);
    }

    static String ratio(double peer, double hebb) {
        if (Double.isNaN(peer) || Double.isNaN(hebb) || hebb <= 0) {
            return "—";
        }
        double r = peer / hebb;
        return r >= 1000 ? String.format(Locale.ROOT, "%,.0f×", r) : String.format(Locale.ROOT, "%.3g×", r);
    }

    private static String rate(int spikes, int neurons, double simSeconds) {
        return String.format(Locale.ROOT, "%.2f Hz", spikes / (double) neurons / simSeconds);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
