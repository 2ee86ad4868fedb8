package org.hebb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Memory of one large network in a JVM of its own (started by {@link MemoryReport} so that nothing else shares the
 * process): builds the network, simulates 1000 ms, then prints one JSON line with the process's peak resident set
 * ({@code VmHWM} of /proc/self/status: the high-water mark over building and simulating, what the OS had to
 * provide) and the heap the built network holds (used heap after full collections, with and without the network),
 * divided by its synapses.
 *
 * <pre>java [JVM flags] -cp benchmarks.jar org.hebb.bench.PeakRss brunel NE | cuba</pre>
 */
public final class PeakRss {

    private PeakRss() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || !(args[0].equals("brunel") || args[0].equals("cuba"))) {
            throw new IllegalArgumentException("workload: " + (args.length == 0 ? "missing" : args[0]) + "; allowed: brunel NE, cuba");
        }
        long before = liveHeap();
        long t0 = System.nanoTime();
        Workloads.Built b = args[0].equals("cuba") ? Cuba.build(1) : Workloads.brunel(Integer.parseInt(args[1]), 1);
        double buildS = (System.nanoTime() - t0) * 1e-9;
        long built = liveHeap();
        long synapses = b.net().numConnections("static_synapse");
        t0 = System.nanoTime();
        b.net().simulate(1000.0);
        double simS = (System.nanoTime() - t0) * 1e-9;
        int spikes = b.spikes();
        long afterSim = liveHeap();
        System.out.printf(Locale.ROOT, "{\"workload\": \"%s\", \"neurons\": %d, \"synapses\": %d, \"spikes\": %d, "
                        + "\"build_s\": %.3f, \"simulate_s\": %.3f, \"vmhwm_kb\": %d, \"vmrss_kb\": %d, "
                        + "\"heap_network_bytes\": %d, \"heap_after_simulate_bytes\": %d, \"max_heap_bytes\": %d, "
                        + "\"histogram\": \"%s\"}%n",
                args[0], b.neurons(), synapses, spikes, buildS, simS, status("VmHWM"), status("VmRSS"),
                built - before, afterSim - before, Runtime.getRuntime().maxMemory(), histogram(6));
        // keep the network reachable up to here, so that the measurement above saw it alive
        if (b.net().size() < 0) {
            System.out.println(b);
        }
    }

    /**
     * The largest classes on the heap (the JVM's GC.class_histogram diagnostic command, as {@code jcmd} prints it),
     * so the report can say where the bytes per synapse go.
     */
    private static String histogram(int rows) {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return String.join("; ", out.toString().lines().skip(2).limit(rows)
                    .map(l -> l.trim().replaceAll("\\s+", " ").replaceAll(" \\(java.base@[^)]*\\)", "")).toList());
        } catch (javax.management.JMException e) {
            return "unavailable: " + e.getMessage().replace('"', '\'');
        }
    }

    /** Used heap after two full collections: the live objects. */
    private static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** @return a kB field of /proc/self/status, or -1 where there is none (not Linux) */
    static long status(String field) throws IOException {
        Path p = Path.of("/proc/self/status");
        if (!Files.isReadable(p)) {
            return -1;
        }
        return Files.readAllLines(p).stream().filter(l -> l.startsWith(field + ":"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }
}
