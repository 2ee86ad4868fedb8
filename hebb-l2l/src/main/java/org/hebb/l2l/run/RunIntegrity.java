package org.hebb.l2l.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * Checks a run directory before anything reads or appends to it ({@code hebb verify}, {@code hebb resume},
 * {@code hebb report}): {@code run.json} against its own checksum, {@code checkpoint.bin} against its SHA-256
 * trailer, {@code generations.bin}'s CRC chain against the checkpoint's, and every other file the checkpoint names
 * (trajectory segments, index, {@code best.genome}) against the length and SHA-256 it recorded. Each problem is one
 * line naming the file and what to do. Figures and {@code report.html} are not checked: {@code hebb report} remakes
 * them from the checked files.
 *
 * <p>A run killed (or failed) while writing may leave the index, {@code best.genome} or a segment the checkpoint
 * does not count newer than the checkpoint: {@code hebb resume} rewrites those from checked data, so {@link #problems}
 * can leave them out for a run whose {@code run.json} says {@code running} or {@code failed}.
 */
public final class RunIntegrity {
    private static final String RESTORE = "restore it from a copy of the run, or start the run anew with 'hebb run'";

    private RunIntegrity() {
    }

    /** Every problem in {@code dir}, one line each (empty: the directory checks). */
    public static List<String> verify(Path dir) throws IOException {
        return problems(dir, false);
    }

    /**
     * The problems in {@code dir}; with {@code forRewrite}, files a killed run may have left newer than its
     * checkpoint (which resuming rewrites and a partial report does not read) are not problems.
     */
    public static List<String> problems(Path dir, boolean forRewrite) throws IOException {
        List<String> out = new ArrayList<>();
        if (!RunDirectory.isRun(dir)) {
            out.add(dir.resolve(RunDirectory.RUN_JSON) + ": missing is not allowed; must be a directory written by"
                    + " 'hebb run'");
            return out;
        }
        ObjectNode runJson;
        try {
            runJson = RunDirectory.readRunJson(dir);
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
            return out;
        } catch (IOException e) {
            out.add(dir.resolve(RunDirectory.RUN_JSON) + ": unreadable JSON (" + e.getClass().getSimpleName()
                    + ") is not allowed; " + RESTORE);
            return out;
        }
        String status = runJson.path("status").asText();
        boolean killed = !"stopped".equals(status) && !"finished".equals(status);
        Path ckpt = dir.resolve(RunDirectory.CHECKPOINT);
        if (!Files.exists(ckpt)) {
            List<String> data = dataFiles(dir);
            if (!data.isEmpty()) {
                out.add(ckpt + ": missing while " + String.join(", ", data) + " hold generations is not allowed"
                        + " (a resume would start again from generation 0); restore it from a copy of the run, or"
                        + " start the run anew with 'hebb run' in a new directory");
            }
            return out;
        }
        Checkpoint c;
        try {
            c = Checkpoint.read(ckpt);
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
            return out;
        }
        String sha = runJson.path("config_sha256").asText();
        if (!c.configSha256().equals(sha)) {
            out.add(ckpt + ": config sha256 " + c.configSha256().substring(0, Math.min(12, c.configSha256().length()))
                    + "… is not allowed; must be run.json's " + sha.substring(0, Math.min(12, sha.length()))
                    + "… (another run's checkpoint): " + RESTORE);
            return out;
        }
        for (Map.Entry<String, FileSum> e : c.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            String mismatch = e.getValue().mismatch(file);
            if (mismatch == null) {
                continue;
            }
            // resuming rewrites the index, best.genome and uncounted segments from checked data: one lost (or, after
            // a kill, left newer than the checkpoint) is no problem for it
            boolean rewritable = !counted(e.getKey(), c) && (killed || mismatch.equals(FileSum.MISSING));
            if (!(rewritable && forRewrite)) {
                out.add(file + ": " + mismatch + " in checkpoint.bin is not allowed; " + (rewritable
                        ? "'hebb resume " + dir + "' rewrites it (the run was killed or failed while writing it)"
                        : "the file is damaged or another run's: " + RESTORE));
            }
        }
        try {
            GenerationLog.read(dir.resolve(RunDirectory.GENERATIONS), c.logLength(), c.logChain());
        } catch (IllegalArgumentException e) {
            out.add(e.getMessage());
        }
        return out;
    }

    /**
     * Checks one file the checkpoint names (e.g. {@code best.genome} before {@code hebb evaluate} reads it) and the
     * checkpoint itself, without reading the rest; fails with one line.
     */
    public static void checkFile(Path dir, String name) throws IOException {
        Path ckpt = dir.resolve(RunDirectory.CHECKPOINT);
        if (!Files.exists(ckpt)) {
            throw new IllegalArgumentException(ckpt + ": missing while " + name + " exists is not allowed; restore it"
                    + " from a copy of the run, or start the run anew with 'hebb run' in a new directory");
        }
        FileSum sum = Checkpoint.read(ckpt).files().get(name);
        String mismatch = sum == null ? "not named" : sum.mismatch(dir.resolve(name));
        if (mismatch != null) {
            throw new IllegalArgumentException(dir.resolve(name) + ": " + mismatch + " in checkpoint.bin is not"
                    + " allowed; 'hebb verify " + dir + "' says more (the file is damaged, another run's, or the run"
                    + " was killed while writing it: 'hebb resume' rewrites it)");
        }
    }

    /** Whether {@code name} is a full segment the checkpoint counts (written once, never rewritten). */
    private static boolean counted(String name, Checkpoint c) {
        int first = segmentFirst(name);
        return first >= 0 && first < c.segmentGenerations();
    }

    /** The first generation of a segment file name, or -1 if {@code name} is not a segment. */
    static int segmentFirst(String name) {
        if (!name.matches("trajectory-\\d{6,}\\.h5")) {
            return -1;
        }
        return Integer.parseInt(name.substring("trajectory-".length(), name.length() - ".h5".length()));
    }

    /** The files that hold generations (log, segments, index, best.genome) present in {@code dir}. */
    private static List<String> dataFiles(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                boolean log = n.equals(RunDirectory.GENERATIONS) && Files.size(p) > 0;
                if (log || n.equals(RunDirectory.BEST_GENOME) || n.equals(RunDirectory.TRAJECTORY)
                        || segmentFirst(n) >= 0) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /**
     * The generations the checkpoint commits, read into {@code t} (empty) from the full segments it counts and the
     * log; returns the checkpoint, or null if there is none or it counts no generation (the one a run writes before
     * its first). Call after {@link #problems}.
     */
    static Checkpoint load(Path dir, Trajectory t, TrajectoryWriter reader) throws IOException {
        Path ckpt = dir.resolve(RunDirectory.CHECKPOINT);
        if (!Files.exists(ckpt)) {
            return null;
        }
        Checkpoint c = Checkpoint.read(ckpt);
        Map<Integer, String> segments = new TreeMap<>();
        for (String name : c.files().keySet()) {
            if (counted(name, c)) {
                segments.put(segmentFirst(name), name);
            }
        }
        if (!segments.isEmpty() && reader == null) {
            throw new IllegalArgumentException("trajectory writer: none is not allowed; this run keeps "
                    + c.segmentGenerations() + " generations in trajectory segments, so resume it with its writer");
        }
        for (Map.Entry<Integer, String> s : segments.entrySet()) {
            for (GenerationRecord r : reader.readSegment(dir.resolve(s.getValue()))) {
                t.add(r);
            }
        }
        if (t.size() != c.segmentGenerations()) {
            throw new IllegalArgumentException(ckpt + ": " + c.segmentGenerations() + " generations in segments is"
                    + " not allowed; the segments it names hold " + t.size() + " (" + RESTORE + ")");
        }
        for (GenerationRecord r : GenerationLog.read(dir.resolve(RunDirectory.GENERATIONS), c.logLength(),
                c.logChain())) {
            t.add(r);
        }
        if (t.size() != c.generations()) {
            throw new IllegalArgumentException(ckpt + ": " + c.generations() + " generations is not allowed; the"
                    + " segments and log hold " + t.size() + " (" + RESTORE + ")");
        }
        return t.size() == 0 ? null : c;
    }

    /** A run as its checked files record it: the trajectory up to the last checkpoint and run.json's status. */
    public record Recorded(Trajectory trajectory, String status) {
        /** Whether the run has not finished (stopped, killed or failed): a report of it is partial. */
        public boolean partial() {
            return !"finished".equals(status);
        }
    }

    /**
     * Checks {@code dir} (a killed run's files newer than its checkpoint are left out: they are not read) and reads
     * the trajectory its checkpoint commits, segments through {@code reader}; fails with the first problem, or if no
     * generation is done yet.
     */
    public static Recorded read(Path dir, TrajectoryWriter reader) throws IOException {
        List<String> problems = problems(dir, true);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst());
        }
        ObjectNode runJson = RunDirectory.readRunJson(dir);
        Trajectory t = trajectoryOf(runJson.path("config"));
        if (load(dir, t, reader) == null) {
            throw new IllegalArgumentException("run directory: " + dir + " has no checkpointed generation (status "
                    + runJson.path("status").asText() + "), which is not allowed; must have finished at least one"
                    + " generation");
        }
        return new Recorded(t, runJson.path("status").asText());
    }

    /** An empty trajectory described by run.json's {@code config} (what {@link Run#config()} recorded). */
    private static Trajectory trajectoryOf(JsonNode config) {
        List<ParameterBlock> blocks = new ArrayList<>();
        for (JsonNode b : config.path("optimizee").path("layout")) {
            blocks.add(new ParameterBlock(b.path("name").asText(), b.path("length").asInt()));
        }
        Map<String, Object> parameters = RunDirectory.JSON.convertValue(config.path("optimizer").path("parameters"),
                new TypeReference<Map<String, Object>>() { });
        double[] weights = RunDirectory.JSON.convertValue(config.path("fitness_weights"), double[].class);
        return new Trajectory(config.path("optimizer").path("name").asText(), new TreeMap<>(parameters),
                GenomeLayout.of(blocks), FitnessWeights.of(weights), config.path("evaluation_seed").asLong(),
                config.path("hall_of_fame").asInt());
    }
}
