package org.hebb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Peak memory of hebb's large networks, each in a JVM of its own ({@link PeakRss}), as a Markdown section: Brunel
 * 12,500 (15.6 M synapses) with the JVM's default heap sizing (what {@code ./hebb} uses) and with a heap capped near
 * the network's live size, and CUBA; bytes per synapse = the heap the built network holds / its synapses. The NEST
 * figure (1.17 GB for Brunel 12,500) is the anchor of docs/anchors.md.
 */
final class MemoryReport {

    private MemoryReport() {
    }

    /** One configuration: JVM flags and the workload's arguments to PeakRss. */
    private record Case(String label, List<String> flags, List<String> workload) {
    }

    static String section(Path work) throws IOException, InterruptedException {
        List<Case> cases = List.of(
                new Case("Brunel N = 12,500", List.of(), List.of("brunel", "10000")),
                new Case("Brunel N = 12,500", List.of("-Xmx800m"), List.of("brunel", "10000")),
                new Case("CUBA N = 4,000", List.of(), List.of("cuba")));
        StringBuilder b = new StringBuilder("## g. Memory: peak RSS and bytes per synapse\n\n"
                + "Each network built, then simulated for 1000 ms, in a JVM of its own (`org.hebb.bench.PeakRss`); peak RSS is "
                + "the process's VmHWM from /proc/self/status at the end (the high-water mark of building and simulating, JVM "
                + "included); the network's heap is the used heap after full collections with the network built minus before. "
                + "Default flags are what `./hebb` uses (G1, maximum heap a quarter of the memory), so the heap grows beyond "
                + "the live data before it collects.\n\n"
                + "| network | JVM flags | peak RSS | network's heap | synapses | bytes per synapse | build | simulate 1000 ms | spikes |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<String> histograms = new ArrayList<>();
        for (Case c : cases) {
            System.out.println("== g. memory: " + c.label() + " " + c.flags() + " (load " + Machine.loadAverage() + ")");
            JsonNode j = run(c, work);
            System.out.println("    " + j);
            if (j.has("error")) {
                b.append("| ").append(c.label()).append(" | ").append(flags(c)).append(" | failed: ")
                        .append(j.get("error").asText().replace('|', '/')).append(" | | | | | | |\n");
                continue;
            }
            long syn = j.get("synapses").asLong();
            double heap = j.get("heap_network_bytes").asDouble();
            b.append(String.format(Locale.ROOT, "| %s | %s | **%.2f GB** | %.0f MB | %,d | **%.1f** | %s | %s | %,d |%n",
                    c.label(), flags(c), j.get("vmhwm_kb").asLong() / 1e6, heap / 1e6, syn, heap / syn,
                    ReportMarkdown.time(j.get("build_s").asDouble()), ReportMarkdown.time(j.get("simulate_s").asDouble()),
                    j.get("spikes").asLong()));
            if (c.flags().isEmpty()) {
                histograms.add(c.label() + ": " + j.get("histogram").asText());
            }
        }
        b.append("| NEST 3.9.0, Brunel N = 12,500, 1 thread — anchor quoted from docs/anchors.md | | 1.17 GB | | 15,637,500 | | 2.6 s | 24.40 s | 357,813 |\n\n");
        b.append("- Target (issue 13): Brunel 12,500 at most 0.6 GB. The largest heap classes after the run (GC.class_histogram: "
                + "instances, bytes, class; `[I` int arrays, `[D` double arrays), where the bytes per synapse go:\n");
        histograms.forEach(h -> b.append("  - ").append(h).append('\n'));
        return b.append('\n').toString();
    }

    private static String flags(Case c) {
        return c.flags().isEmpty() ? "default" : "`" + String.join(" ", c.flags()) + "`";
    }

    private static JsonNode run(Case c, Path work) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        cmd.addAll(c.flags());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PeakRss.class.getName()));
        cmd.addAll(c.workload());
        Path log = work.resolve("peak-rss-" + String.join("-", c.workload()) + (c.flags().isEmpty() ? "" : "-capped") + ".log");
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            return json.createObjectNode().put("error", "PeakRss exited " + (p.isAlive() ? "late" : p.exitValue()) + " (log " + log + ")");
        }
        String line = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{\"error\": \"no output\"}");
        return json.readTree(line);
    }
}
