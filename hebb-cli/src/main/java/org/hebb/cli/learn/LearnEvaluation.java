package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.UserError;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.task.HeldOutEngine;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.HeldOut;

/**
 * {@code hebb evaluate DIR} for a learn directory: the learned agent with plasticity frozen (greedy actions, weights
 * and critic fixed, each episode from the checkpoint's state), or a gradient agent's greedy policy (the largest
 * Q-value or most probable action of its checkpointed network, each episode on its own copy), on the task's held-out
 * test through l2l's held-out engine, so the result is the same on any number of threads.
 */
public final class LearnEvaluation {

    private LearnEvaluation() {
    }

    /** Runs {@code test} on the agent of learn directory {@code dir}. */
    public static HeldOut.Result run(Path dir, HeldOut test, int threads) {
        ObjectNode runJson = LearnDirectory.readRunJson(dir);
        if (!Files.isRegularFile(dir.resolve(LearnDirectory.CHECKPOINT))) {
            throw new UserError("RUN_DIR: " + dir + " has no " + LearnDirectory.CHECKPOINT + " yet; must have finished"
                    + " at least one episode");
        }
        LearnConfig c = LearnDirectory.recordedConfig(runJson);
        EpisodePlayer player = c.isGradient()
                ? GradientFiles.read(dir, c.gradient(), c.seed()).greedyPlayer()
                : LearnDirectory.readCheckpoint(dir, c, new double[1][]).frozenPlayer();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(n, null)) {
            return HeldOutEngine.run(test, c.envId(), player, new double[1], e);
        }
    }

    /** How the agent of learn directory {@code dir} acts in the test, for the report's first line. */
    public static String policy(Path dir) {
        return LearnDirectory.recordedConfig(LearnDirectory.readRunJson(dir)).isGradient()
                ? "greedy policy, no exploration" : "plasticity frozen";
    }
}
