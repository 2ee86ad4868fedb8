package org.hebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the numbers were measured on: CPU model and cores (from /proc/cpuinfo), memory (/proc/meminfo), the JDK,
 * and the load average (/proc/loadavg), which matters on a shared 2-core machine.
 *
 * @param cpuModel the first "model name" of /proc/cpuinfo, or the os.arch property
 * @param cores    processors available to the JVM
 * @param memoryGb MemTotal, GiB (0 if unknown)
 * @param jdk      vendor, version and VM name
 * @param os       OS name, version and architecture
 */
public record Machine(String cpuModel, int cores, double memoryGb, String jdk, String os) {

    /** @return this machine */
    public static Machine probe() {
        String model = System.getProperty("os.arch");
        double mem = 0;
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                model = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                mem = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
                break;
            }
        }
        String jdk = System.getProperty("java.vendor") + " " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
        return new Machine(model, Runtime.getRuntime().availableProcessors(), mem, jdk, os);
    }

    /** @return the 1, 5 and 15 minute load averages as written in /proc/loadavg, or "unknown" */
    public static String loadAverage() {
        List<String> l = lines("/proc/loadavg");
        if (l.isEmpty()) {
            return "unknown";
        }
        String[] f = l.get(0).trim().split("\\s+");
        return f.length >= 3 ? f[0] + ", " + f[1] + ", " + f[2] : "unknown";
    }

    /** @return the 1-minute load average, or NaN */
    public static double load1() {
        try {
            return Double.parseDouble(loadAverage().split(",")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
