package org.hebb.l2l.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * A run's directory and the files in it:
 * <ul>
 *   <li>{@code run.json}: provenance (config and its SHA-256, seeds, git commit, JDK, libraries, machine, sessions
 *       with wall times), pretty-printed JSON;</li>
 *   <li>{@code trajectory.h5} and {@code trajectory-NNNNNN.h5}: the trajectory's index and segments, written by a
 *       {@link TrajectoryWriter} (see {@link TrajectorySegments});</li>
 *   <li>{@code best.genome}: the best individual, one gene per line ({@link Double#toString}, which round-trips);</li>
 *   <li>{@code checkpoint.bin}: see {@link Checkpoint}; {@code generations.bin}: see {@link GenerationLog};</li>
 *   <li>{@code run.lock}: empty, OS-locked while a process runs the run.</li>
 * </ul>
 * Every file but the log is replaced atomically (temp file, fsync, rename). Every file is checked before it is
 * read: run.json carries its own checksum, the log a CRC chain, the checkpoint a SHA-256 trailer and the length and
 * SHA-256 of the other files ({@link RunIntegrity}).
 */
public final class RunDirectory {
    public static final String RUN_JSON = "run.json";
    public static final String TRAJECTORY = "trajectory.h5";
    public static final String BEST_GENOME = "best.genome";
    public static final String CHECKPOINT = "checkpoint.bin";
    public static final String GENERATIONS = "generations.bin";
    /** Locked (OS file lock) while a process runs the directory's run. */
    public static final String LOCK = "run.lock";

    private static final String STAGING = ".tmp";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private RunDirectory() {
    }

    /** The name of the trajectory segment whose first generation is {@code first} ({@code trajectory-000100.h5}). */
    public static String segment(int first) {
        return String.format(java.util.Locale.ROOT, "trajectory-%06d.h5", first);
    }

    /** Whether {@code dir} looks like a run directory (it holds a {@code run.json}). */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RUN_JSON));
    }

    /**
     * Reads a run's {@code run.json} and checks it: a hebb run, its config unchanged since the run started
     * ({@code config_sha256}), and the whole file unchanged since hebb wrote it ({@code checksum}, the SHA-256 of the
     * file's object without that key, keys sorted, compact JSON).
     */
    public static ObjectNode readRunJson(Path dir) throws IOException {
        Path file = dir.resolve(RUN_JSON);
        JsonNode n = JSON.readTree(file.toFile());
        if (!(n instanceof ObjectNode o) || !"hebb-run".equals(o.path("format").asText())) {
            throw new IllegalArgumentException(file + ": not a hebb run.json is not allowed; "
                    + "must be written by hebb run");
        }
        String recorded = o.path("config_sha256").asText();
        String now = fingerprint(o.path("config"));
        if (!now.equals(recorded)) {
            throw new IllegalArgumentException(file + ": config edited since the run started (sha256 "
                    + now.substring(0, 12) + "… is not allowed; must be the recorded "
                    + recorded.substring(0, Math.min(12, recorded.length())) + "…); undo the edit, or start a new run"
                    + " with 'hebb run'");
        }
        if (o.path("format_version").asInt() >= 3 && !checksum(o).equals(o.path(CHECKSUM).asText())) {
            throw new IllegalArgumentException(file + ": checksum " + o.path(CHECKSUM).asText("none") + " is not"
                    + " allowed; must be the SHA-256 of its contents (the file was edited or damaged): restore it"
                    + " from a copy of the run, or start the run anew with 'hebb run'");
        }
        return o;
    }

    /** The key of run.json's own checksum. */
    static final String CHECKSUM = "checksum";

    /** SHA-256 of {@code runJson} without its {@value #CHECKSUM} key (canonical form, see {@link #fingerprint}). */
    private static String checksum(ObjectNode runJson) {
        ObjectNode copy = runJson.deepCopy();
        copy.remove(CHECKSUM);
        return fingerprint(copy);
    }

    /** Reads {@code best.genome}: one number per line. */
    public static double[] readBestGenome(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve(BEST_GENOME)).stream().filter(l -> !l.isBlank())
                .mapToDouble(Double::parseDouble).toArray();
    }

    /** Writes {@code runJson} with its checksum as the last key (replacing an earlier one). */
    static void writeRunJson(Path dir, ObjectNode runJson) throws IOException {
        runJson.remove(CHECKSUM);
        runJson.put(CHECKSUM, checksum(runJson));
        writeAtomically(dir.resolve(RUN_JSON), JSON.writeValueAsBytes(runJson));
    }

    /** Writes {@code best.genome}; returns its sum for the checkpoint. */
    static FileSum writeBestGenome(Path dir, double[] genome) throws IOException {
        StringBuilder sb = new StringBuilder(genome.length * 20);
        for (double v : genome) {
            sb.append(v).append('\n'); // Double.toString: shortest text that parses back to the same double
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        writeAtomically(dir.resolve(BEST_GENOME), bytes);
        return FileSum.of(bytes);
    }

    /** Writes {@code bytes} to {@code file} atomically: temp file in the same directory, fsync, rename. */
    static void writeAtomically(Path file, byte[] bytes) throws IOException {
        writeAtomically(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
        });
    }

    /** Lets {@code writer} fill a temp file, forces it to disk and renames it onto {@code file}. */
    public static void writeAtomically(Path file, FileWriter writer) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + STAGING);
        Files.deleteIfExists(tmp);
        writer.write(tmp);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes temp files an interrupted {@link #writeAtomically} left in {@code dir}. */
    static void deleteStaging(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(STAGING)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Writes a file at a path given to it. */
    @FunctionalInterface
    public interface FileWriter {
        void write(Path target) throws IOException;
    }

    /** A body that may throw {@link IOException}. */
    public interface RunBody<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code body} holding the directory's lock, so two processes never write one run (the OS frees it on kill);
     * public for the other directories hebb writes as it goes ({@code hebb learn}'s).
     */
    public static <T> T locked(Path dir, RunBody<T> body) throws IOException {
        try (FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalArgumentException("directory: " + dir + " is in use by another run ("
                        + LOCK + " is locked) is not allowed; must not be running");
            }
            try {
                return body.run();
            } finally {
                lock.release();
            }
        }
    }

    static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("directory: " + dir + " is not writable (" + e.getClass().getSimpleName()
                    + ") is not allowed; must be a writable directory");
        }
    }

    /** SHA-256 (hex) of the canonical text of {@code config}: object keys sorted at every level, compact JSON. */
    public static String fingerprint(JsonNode config) {
        try {
            byte[] text = COMPACT.writeValueAsBytes(canonical(config));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                sorted.put(e.getKey(), canonical(e.getValue()));
            }
            ObjectNode o = COMPACT.createObjectNode();
            sorted.forEach(o::set);
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = COMPACT.createArrayNode();
            n.forEach(x -> a.add(canonical(x)));
            return a;
        }
        if (n.isNumber() && n.isIntegralNumber()) {
            return COMPACT.getNodeFactory().numberNode(n.bigIntegerValue()); // int vs long read back the same
        }
        return n;
    }
}
