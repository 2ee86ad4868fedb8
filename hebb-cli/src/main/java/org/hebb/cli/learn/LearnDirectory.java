package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.agent.LearningRun;
import org.hebb.learn.agent.SpikingActorCritic;
import org.hebb.learn.rl.GradientAgentConfig;

/**
 * A {@code hebb learn} directory: {@code run.json} (kind "learn", the config as read, the seed, versions, status),
 * {@code learning.csv} ({@code episode,return,steps,trailing100_mean}), {@code checkpoint.bin} (the whole learning
 * state after the last finished episode) and {@code weights.h5} (initial and learned actor weights, critic weights).
 * A gradient agent's checkpoint, csv and weights are {@link GradientFiles}'s.
 * Every file is written atomically (temp file, fsync, rename), so a kill leaves the last episode's complete files.
 */
final class LearnDirectory {

    static final String RUN_JSON = "run.json";
    static final String CSV = "learning.csv";
    static final String CHECKPOINT = "checkpoint.bin";
    static final String WEIGHTS = "weights.h5";
    static final String KIND = "learn";
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LearnDirectory() {
    }

    /** @return whether {@code dir} holds a {@code hebb learn} run */
    static boolean isLearn(Path dir) {
        Path f = dir.resolve(RUN_JSON);
        if (!Files.isRegularFile(f)) {
            return false;
        }
        try {
            return KIND.equals(JSON.readTree(f.toFile()).path("kind").asText());
        } catch (IOException e) {
            return false;
        }
    }

    static ObjectNode readRunJson(Path dir) {
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(dir.resolve(RUN_JSON).toFile());
            int v = n.path("format_version").asInt(-1);
            if (v != FORMAT_VERSION) {
                throw new UserError(dir.resolve(RUN_JSON) + ": format_version " + v + " is not allowed; must be "
                        + FORMAT_VERSION);
            }
            return n;
        } catch (IOException e) {
            throw new UserError(dir.resolve(RUN_JSON) + ": not readable JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
        }
    }

    /** The config recorded in run.json, with the recorded seed. */
    static LearnConfig recordedConfig(ObjectNode runJson) {
        ObjectNode user = (ObjectNode) runJson.path("config").deepCopy();
        LearnConfig c = LearnConfig.read(new ConfigTable(user.deepCopy(), ""), user);
        return c.withSeed(runJson.path("seed").asLong(), user);
    }

    static void writeRunJson(Path dir, ObjectNode runJson) throws IOException {
        byte[] b = JSON.writeValueAsBytes(runJson);
        RunDirectory.writeAtomically(dir.resolve(RUN_JSON), tmp -> Files.write(tmp, b));
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

    /** Writes the checkpoint, then learning.csv, then weights.h5, each atomically. */
    static void writeEpisode(Path dir, LearningRun run, double[] initialWeights) throws IOException {
        RunDirectory.writeAtomically(dir.resolve(CHECKPOINT), tmp -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(initialWeights.length);
                for (double x : initialWeights) {
                    out.writeDouble(x);
                }
                run.write(out);
            }
        });
        writeCsv(dir, run);
        writeWeights(dir, run, initialWeights);
    }

    static void writeCsv(Path dir, LearningRun run) throws IOException {
        StringBuilder sb = new StringBuilder("episode,return,steps,trailing100_mean\n");
        for (int e = 1; e <= run.episodes(); e++) {
            OptionalDouble m = run.trailingMean(e);
            sb.append(e).append(',').append(num(run.returnOf(e))).append(',').append(run.stepsOf(e)).append(',')
                    .append(m.isPresent() ? num(m.getAsDouble()) : "").append('\n');
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        RunDirectory.writeAtomically(dir.resolve(CSV), tmp -> Files.write(tmp, b));
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.6f", x);
    }

    private static void writeWeights(Path dir, LearningRun run, double[] initialWeights) throws IOException {
        SpikingActorCritic a = run.agent();
        RunDirectory.writeAtomically(dir.resolve(WEIGHTS), tmp -> {
            try (WritableHdfFile f = HdfFile.write(tmp)) {
                WritableGroup actor = f.putGroup("actor");
                actor.putDataset("weights", matrix(a.weights(), a.actorNeurons(), a.inputNeurons()));
                actor.putDataset("initial_weights", matrix(initialWeights, a.actorNeurons(), a.inputNeurons()));
                f.putGroup("critic").putDataset("weights", a.critic());
                f.putDataset("episodes", run.episodes());
            }
        });
    }

    private static double[][] matrix(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return m;
    }

    /** Reads the checkpoint: the initial weights into {@code initial[0]} and the run. */
    static LearningRun readCheckpoint(Path dir, LearnConfig c, double[][] initial) {
        try (InputStream raw = Files.newInputStream(dir.resolve(CHECKPOINT));
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            double[] w0 = new double[in.readInt()];
            for (int k = 0; k < w0.length; k++) {
                w0[k] = in.readDouble();
            }
            initial[0] = w0;
            return LearningRun.read(c.agent(), in);
        } catch (IOException e) {
            throw new UserError(dir.resolve(CHECKPOINT) + ": not a readable checkpoint (" + e.getMessage() + ")");
        }
    }
}
