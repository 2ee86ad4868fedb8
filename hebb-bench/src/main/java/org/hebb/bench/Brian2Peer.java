package org.hebb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Brian2 peer: runs {@code python bench/peers/brian2_<workload>.py ...} in a subprocess and reads the one JSON
 * line it prints (timings of the simulation loop and of the whole run() calls, spike counts), to which it adds the
 * wall time of the whole process ({@code process_s}, interpreter start to exit). Every call is logged
 * with its stderr to {@code logDir}.
 */
public final class Brian2Peer {

    /** How to get the peer on Debian/Ubuntu. */
    public static final String INSTALL_HINT = "apt-get install python3-brian";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String python;
    private final Path scripts;
    private final Path logDir;
    private final String version;
    private final String missing;

    /**
     * Checks that {@code python} can import brian2.
     *
     * @param python  the interpreter (Debian's python3-brian installs for /usr/bin/python3)
     * @param scripts the folder of the peer scripts
     * @param logDir  where the peer's stderr is kept
     */
    public Brian2Peer(String python, Path scripts, Path logDir) {
        this.python = python;
        this.scripts = scripts;
        this.logDir = logDir;
        String v = null, why = null;
        try {
            Process p = new ProcessBuilder(python, "-W", "ignore", "-c", "import brian2; print(brian2.__version__)")
                    .redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && !out.isEmpty()) {
                v = out.lines().reduce((a, b) -> b).orElse(out);
            } else {
                why = "Brian2 is not importable by " + python + " (" + lastLine(err) + ")";
            }
        } catch (IOException e) {
            why = python + " cannot be run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        if (why == null && !Files.isDirectory(scripts)) {
            why = "peer scripts not found in " + scripts;
        }
        version = v;
        missing = why;
    }

    /** @return whether the peer can run */
    public boolean available() {
        return missing == null;
    }

    /** @return Brian2's version, or null */
    public String version() {
        return version;
    }

    /** @return why the peer cannot run, or null */
    public String missing() {
        return missing;
    }

    /** @return the interpreter */
    public String python() {
        return python;
    }

    /**
     * Runs one peer script.
     *
     * @param script file name under the scripts folder, e.g. {@code brian2_brunel.py}
     * @param args   its arguments
     * @return the parsed JSON result, or an object with field {@code error}
     */
    public JsonNode run(String script, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(python, script));
        cmd.addAll(args);
        String tag = script.replace(".py", "") + "_" + String.join("_", args).replaceAll("[^A-Za-z0-9_.-]", "");
        Path log = logDir.resolve((tag.length() > 100 ? tag.substring(0, 100) : tag) + ".log");
        try {
            Files.createDirectories(logDir);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(scripts.toFile()).redirectError(log.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return error("timed out");
            }
            String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
            if (p.exitValue() != 0 || json == null) {
                return error("exit " + p.exitValue() + ": " + lastLine(Files.readString(log)) + " (log " + log + ")");
            }
            JsonNode node = JSON.readTree(json);
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.put("process_s", (System.nanoTime() - t0) * 1e-9); // the whole script as a user waits for it
            }
            return node;
        } catch (IOException e) {
            return error(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("interrupted");
        }
    }

    private static JsonNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static String lastLine(String s) {
        return s.strip().lines().reduce((a, b) -> b).orElse("no output");
    }
}
