package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.hebb.cli.UserError;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.run.FileSum;
import org.hebb.l2l.task.HeldOutEngine;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.HeldOut;

/**
 * {@code hebb evaluate DIR} for a learn directory: the learned agent with plasticity frozen (greedy actions, weights
 * and critic fixed, each episode from the checkpoint's state), or a gradient agent's greedy policy (the largest
 * Q-value or most probable action of its checkpointed network, each episode on its own copy), on the task's held-out
 * test through l2l's held-out engine, so the result is the same on any number of threads. The directory is checked
 * first ({@link LearnIntegrity}); the result is recorded in {@value LearnDirectory#EVALUATION} (with its checksum,
 * the run's identity and the SHA-256 of the checkpoint it tested) so {@code hebb report} can show it without running
 * anything.
 */
public final class LearnEvaluation {

    private LearnEvaluation() {
    }

    /** Runs {@code test} on the agent of learn directory {@code dir} and records the result. */
    public static HeldOut.Result run(Path dir, HeldOut test, int threads) throws IOException {
        LearnIntegrity.Checked checked = LearnIntegrity.check(dir);
        if (checked.checkpoint() == null) {
            throw new UserError("RUN_DIR: " + dir + " has no " + LearnDirectory.CHECKPOINT + " yet; must have finished"
                    + " at least one episode");
        }
        LearnConfig c = LearnDirectory.recordedConfig(checked.runJson());
        EpisodePlayer player = c.isGradient()
                ? GradientFiles.read(checked.checkpoint(), c.gradient(), c.seed()).greedyPlayer()
                : LearnDirectory.readState(checked.checkpoint(), c, new double[1][]).frozenPlayer();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        HeldOut.Result r;
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(n, null)) {
            r = HeldOutEngine.run(test, c.envId(), player, new double[1], e);
        }
        record(dir, checked, r, policy(c));
        return r;
    }

    /** How the agent of learn directory {@code dir} acts in the test, for the report's first line. */
    public static String policy(Path dir) {
        return policy(LearnDirectory.recordedConfig(LearnDirectory.readRunJson(dir)));
    }

    private static String policy(LearnConfig c) {
        return c.isGradient() ? "greedy policy, no exploration" : "plasticity frozen";
    }

    /** Writes evaluation.json: the test, its outcome, and which run and checkpoint it tested. */
    private static void record(Path dir, LearnIntegrity.Checked checked, HeldOut.Result r, String policy)
            throws IOException {
        ObjectNode n = LearnDirectory.JSON.createObjectNode();
        n.put("kind", "learn-evaluation");
        n.put("identity", LearnDirectory.identity(checked.runJson()));
        n.put("checkpoint_sha256", checkpointSha(dir));
        n.put("policy", policy);
        n.put("env", r.envId());
        n.put("first_seed", r.test().firstSeed());
        n.put("episodes", r.episodes());
        n.put("standard", r.test().standard());
        n.put("mean_return", r.meanReturn());
        n.put("success_count", r.successCount());
        n.put("success_rate", r.successRate());
        OptionalDouble th = HeldOut.threshold(r.envId());
        if (th.isPresent()) {
            n.put("threshold", th.getAsDouble());
            n.put("solved", r.test().standard() ? (r.solved() ? "yes" : "no") : "not decided");
        } else {
            n.putNull("threshold");
            n.put("solved", "no threshold");
        }
        var returns = n.putArray("returns");
        for (double x : r.returns()) {
            returns.add(x);
        }
        LearnDirectory.writeChecked(dir.resolve(LearnDirectory.EVALUATION), n);
    }

    private static String checkpointSha(Path dir) throws IOException {
        return FileSum.of(dir.resolve(LearnDirectory.CHECKPOINT)).sha256();
    }

    /**
     * The recorded evaluation of {@code dir} (checked), or null if {@code hebb evaluate} never ran; {@code current}
     * says whether it tested the checkpoint now in the directory.
     */
    static Recorded recorded(Path dir, String identity) throws IOException {
        String bad = problem(dir, identity);
        if (bad != null) {
            throw new UserError(bad);
        }
        Path file = dir.resolve(LearnDirectory.EVALUATION);
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode n = LearnDirectory.JSON.readTree(file.toFile());
        return new Recorded(n, n.path("checkpoint_sha256").asText().equals(checkpointSha(dir)));
    }

    /** An evaluation as recorded, and whether it tested the current checkpoint. */
    record Recorded(JsonNode json, boolean current) {
    }

    /** One line if {@code dir}'s evaluation.json exists and is damaged or another run's, else null. */
    static String problem(Path dir, String identity) {
        Path file = dir.resolve(LearnDirectory.EVALUATION);
        if (!Files.exists(file)) {
            return null;
        }
        String todo = "; 'hebb evaluate " + dir + "' records it anew";
        ObjectNode n;
        try {
            n = LearnDirectory.JSON.readTree(file.toFile()) instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            n = null;
        }
        if (n == null) {
            return file + ": unreadable JSON is not allowed (the file is damaged)" + todo;
        }
        if (!LearnDirectory.checksum(n).equals(n.path(LearnDirectory.CHECKSUM).asText())) {
            return file + ": checksum " + n.path(LearnDirectory.CHECKSUM).asText("none") + " is not allowed; must be"
                    + " the SHA-256 of its contents (the file was edited or damaged)" + todo;
        }
        if (!identity.equals(n.path("identity").asText())) {
            String theirs = n.path("identity").asText("none");
            return file + ": run " + theirs.substring(0, Math.min(12, theirs.length())) + "… is not allowed; must be"
                    + " run.json's " + identity.substring(0, 12) + "… (another run's evaluation)" + todo;
        }
        return null;
    }
}
