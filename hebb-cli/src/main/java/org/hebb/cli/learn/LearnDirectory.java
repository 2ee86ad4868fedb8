package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.l2l.run.FileSum;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.agent.LearningRun;
import org.hebb.learn.agent.SpikingActorCritic;
import org.hebb.learn.rl.GradientAgentConfig;

/**
 * A {@code hebb learn} directory: {@code run.json} (kind "learn", the config as read, the seed, versions, status,
 * and its own checksum), {@code learning.csv} ({@code episode,return,steps,trailing100_mean}), {@code checkpoint.bin}
 * (the whole learning state after the last finished episode and the sums of the derived files:
 * {@link LearnCheckpoint}), {@code weights.h5} (initial and learned actor weights, critic weights) and, once
 * {@code hebb evaluate} ran, {@code evaluation.json} ({@link LearnEvaluation}). A gradient agent's checkpoint state,
 * csv and weights are {@link GradientFiles}'s. Every file is written atomically (temp file, fsync, rename) and checked
 * before it is read ({@link LearnIntegrity}).
 */
final class LearnDirectory {

    static final String RUN_JSON = "run.json";
    static final String CSV = "learning.csv";
    static final String CHECKPOINT = "checkpoint.bin";
    static final String WEIGHTS = "weights.h5";
    static final String EVALUATION = "evaluation.json";
    static final String KIND = "learn";
    /** 2: run.json carries its checksum and the checkpoint the sums of the derived files. */
    static final int FORMAT_VERSION = 2;
    /** The key of run.json's own checksum (the SHA-256 of the rest, as {@code hebb run}'s run.json). */
    static final String CHECKSUM = "checksum";
    private static final String STAGING = ".tmp";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LearnDirectory() {
    }

    /**
     * @return whether {@code dir} holds a {@code hebb learn} run: run.json says so, or (run.json lost or damaged) the
     *     checkpoint is a learn checkpoint
     */
    static boolean isLearn(Path dir) {
        Path f = dir.resolve(RUN_JSON);
        if (Files.isRegularFile(f)) {
            try {
                return KIND.equals(JSON.readTree(f.toFile()).path("kind").asText());
            } catch (IOException e) {
                // unreadable: the checkpoint tells
            }
        }
        return LearnCheckpoint.looksLike(dir.resolve(CHECKPOINT));
    }

    /** Reads run.json, checked: readable, of this format, unchanged since hebb wrote it; else one line. */
    static ObjectNode readRunJson(Path dir) {
        Path file = dir.resolve(RUN_JSON);
        String todo = "; " + LearnCheckpoint.TODO;
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": missing is not allowed" + todo);
        }
        ObjectNode n;
        try {
            n = JSON.readTree(file.toFile()) instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            n = null;
        }
        if (n == null) {
            throw new UserError(file + ": unreadable JSON is not allowed (the file is damaged)" + todo);
        }
        int v = n.path("format_version").asInt(-1);
        if (v != FORMAT_VERSION) {
            throw new UserError(file + ": format_version " + v + " is not allowed; must be " + FORMAT_VERSION
                    + " (a directory of an earlier hebb: finish it with the hebb that started it, or learn anew)");
        }
        if (!checksum(n).equals(n.path(CHECKSUM).asText())) {
            String c = n.path(CHECKSUM).asText("none");
            throw new UserError(file + ": checksum " + c.substring(0, Math.min(12, c.length())) + "… is not allowed;"
                    + " must be the"
                    + " SHA-256 of its contents (the file was edited or damaged)" + todo);
        }
        return n;
    }

    /** SHA-256 of {@code json} without its {@value #CHECKSUM} key (canonical form). */
    static String checksum(ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove(CHECKSUM);
        return RunDirectory.fingerprint(copy);
    }

    /**
     * Whose run a checkpoint or an evaluation is: the SHA-256 of run.json's config and seed (never a clock or a random
     * id, so two runs of one config agree and runs of another config or seed differ).
     */
    static String identity(ObjectNode runJson) {
        ObjectNode id = JSON.createObjectNode();
        id.set("config", runJson.path("config"));
        id.set("seed", runJson.path("seed"));
        return RunDirectory.fingerprint(id);
    }

    /** The config recorded in run.json, with the recorded seed. */
    static LearnConfig recordedConfig(ObjectNode runJson) {
        ObjectNode user = (ObjectNode) runJson.path("config").deepCopy();
        LearnConfig c = LearnConfig.read(new ConfigTable(user.deepCopy(), ""), user);
        return c.withSeed(runJson.path("seed").asLong(), user);
    }

    /** Writes {@code json} with its checksum as the last key (replacing an earlier one), atomically. */
    static void writeChecked(Path file, ObjectNode json) throws IOException {
        json.remove(CHECKSUM);
        json.put(CHECKSUM, checksum(json));
        byte[] b = JSON.writeValueAsBytes(json);
        RunDirectory.writeAtomically(file, tmp -> Files.write(tmp, b));
    }

    static void writeRunJson(Path dir, ObjectNode runJson) throws IOException {
        writeChecked(dir.resolve(RUN_JSON), runJson);
    }
    static ObjectNode newRunJson(LearnConfig c, long seed) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", KIND);
        n.put("format_version", FORMAT_VERSION);
        n.put("status", "running");
        n.put("seed", seed);
        n.set("config", c.user().deepCopy());
        if (c.isGradient()) {
            GradientAgentConfig g = c.gradient();
            n.put("env_seeds", "training episode e (from 0) plays reset(seed=b+e), b = seed*1000003 mod 2^46, the"
                    + " held-out block skipped (+100 from 10000 on); held-out seeds 10000..10099");
            ObjectNode a = n.putObject("agent");
            a.put("method", g.method().label());
            a.put("network", g.network().toString());
            a.put("env", g.envId());
            a.put("budget_steps", g.budgetSteps());
            a.put("budget_episodes", g.budgetEpisodes());
            a.put("network_seeds", "SplittableRandom(1000+seed) for the Q-network or policy, (2000+seed) for the value"
                    + " network");
        } else {
            n.put("env_seeds", "training episode e plays reset(seed=1000000*(seed+1)+e); held-out seeds 10000..10099");
            n.set("agent", JSON.valueToTree(c.agent().toMap()));
        }
        ObjectNode v = n.putObject("versions");
        v.put("hebb", "0.1.0-SNAPSHOT");
        v.put("java", System.getProperty("java.version"));
        v.put("jdk_vendor", System.getProperty("java.vendor"));
        return n;
    }

    /**
     * Commits a unit: stages weights.h5 complete, writes the checkpoint naming the sums of {@code csv} and the staged
     * weights (the commit point), then puts learning.csv and weights.h5 in place. A kill before the checkpoint's
     * rename leaves the previous unit's files; after it, derived files older than the checkpoint, which
     * {@link #writeDerived} renews on resume.
     */
    static void commit(Path dir, String identity, LearnCheckpoint.State state, byte[] csv,
            RunDirectory.FileWriter weights) throws IOException {
        Path staged = stage(dir.resolve(WEIGHTS), weights);
        LearnCheckpoint.write(dir.resolve(CHECKPOINT), identity, Map.of(CSV, FileSum.of(csv), WEIGHTS,
                FileSum.of(staged)), state);
        RunDirectory.writeAtomically(dir.resolve(CSV), tmp -> Files.write(tmp, csv));
        Files.move(staged, dir.resolve(WEIGHTS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** learning.csv and weights.h5 of the checkpointed state, each atomically. */
    static void writeDerived(Path dir, byte[] csv, RunDirectory.FileWriter weights) throws IOException {
        Path staged = stage(dir.resolve(WEIGHTS), weights);
        RunDirectory.writeAtomically(dir.resolve(CSV), tmp -> Files.write(tmp, csv));
        Files.move(staged, dir.resolve(WEIGHTS), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes {@code file}'s contents to its staging file, forced to disk; returns the staging file. */
    private static Path stage(Path file, RunDirectory.FileWriter writer) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + STAGING);
        Files.deleteIfExists(tmp);
        writer.write(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return tmp;
    }

    /** Deletes staging files a killed process left in {@code dir}. */
    static void deleteStaging(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(STAGING)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** learning.csv of a plasticity run: {@code episode,return,steps,trailing100_mean}. */
    static byte[] csv(LearningRun run) {
        StringBuilder sb = new StringBuilder("episode,return,steps,trailing100_mean\n");
        for (int e = 1; e <= run.episodes(); e++) {
            OptionalDouble m = run.trailingMean(e);
            sb.append(e).append(',').append(num(run.returnOf(e))).append(',').append(run.stepsOf(e)).append(',')
                    .append(m.isPresent() ? num(m.getAsDouble()) : "").append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.6f", x);
    }

    /** weights.h5 of a plasticity run: the actor's learned and initial weights, the critic's, the episodes. */
    static RunDirectory.FileWriter weights(LearningRun run, double[] initialWeights) {
        SpikingActorCritic a = run.agent();
        return tmp -> {
            try (WritableHdfFile f = HdfFile.write(tmp)) {
                WritableGroup actor = f.putGroup("actor");
                actor.putDataset("weights", matrix(a.weights(), a.actorNeurons(), a.inputNeurons()));
                actor.putDataset("initial_weights", matrix(initialWeights, a.actorNeurons(), a.inputNeurons()));
                f.putGroup("critic").putDataset("weights", a.critic());
                f.putDataset("episodes", run.episodes());
            }
        };
    }

    private static double[][] matrix(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /** Reads the checkpoint's state: the initial weights into {@code initial[0]} and the run. */
    static LearningRun readState(LearnCheckpoint ckpt, LearnConfig c, double[][] initial) {
        try (DataInputStream in = ckpt.state()) {
            double[] w0 = new double[in.readInt()];
            for (int k = 0; k < w0.length; k++) {
                w0[k] = in.readDouble();
            }
            initial[0] = w0;
            return LearningRun.read(c.agent(), in);
        } catch (IOException | RuntimeException e) {
            throw new UserError(CHECKPOINT + ": not a readable plasticity state (" + e.getMessage() + ") is not"
                    + " allowed; " + LearnCheckpoint.TODO);
        }
    }

    /** Writes a plasticity run's state: the initial weights, then the run. */
    static LearnCheckpoint.State state(LearningRun run, double[] initialWeights) {
        return out -> {
            out.writeInt(initialWeights.length);
            for (double x : initialWeights) {
                out.writeDouble(x);
            }
            run.write(out);
        };
    }
}
