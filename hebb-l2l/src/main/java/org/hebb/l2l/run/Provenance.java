package org.hebb.l2l.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Where and with what a run was made (Tribuo-style provenance): git commit, JDK, library versions, machine.
 * Goes into {@code run.json} only, never into the trajectory.
 */
final class Provenance {
    private Provenance() {
    }

    /** The provenance object for {@code run.json}; {@code libraries} are added to the ones found here. */
    static ObjectNode collect(Map<String, String> libraries) {
        ObjectNode p = RunDirectory.JSON.createObjectNode();
        ObjectNode git = p.putObject("git");
        git.put("commit", git("rev-parse", "HEAD"));
        String status = git("status", "--porcelain", "--untracked-files=no");
        git.put("dirty", status.equals("unknown") ? null : !status.isEmpty());
        ObjectNode jdk = p.putObject("jdk");
        for (String k : new String[] {"java.version", "java.vendor", "java.vm.name", "java.vm.version"}) {
            jdk.put(k.substring(5).replace('.', '_'), System.getProperty(k));
        }
        Map<String, String> libs = new TreeMap<>(libraries);
        libs.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        ObjectNode l = p.putObject("libraries");
        libs.forEach(l::put);
        ObjectNode m = p.putObject("machine");
        m.put("os_name", System.getProperty("os.name"));
        m.put("os_version", System.getProperty("os.version"));
        m.put("os_arch", System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        m.put("hostname", hostname());
        return p;
    }

    private static String hostname() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Output of {@code git args...} in the working directory, or "unknown" if git is absent or fails. */
    private static String git(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "git";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process pr = new ProcessBuilder(cmd).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = pr.getInputStream().readAllBytes();
            if (!pr.waitFor(5, TimeUnit.SECONDS) || pr.exitValue() != 0) {
                pr.destroyForcibly();
                return "unknown";
            }
            return new String(out, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
