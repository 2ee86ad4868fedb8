package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.UserError;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.task.HeldOutEngine;
import org.hebb.learn.agent.LearningRun;
import org.hebb.learn.task.HeldOut;

/**
 * {@code hebb evaluate DIR} for a learn directory: the learned agent with plasticity frozen (greedy actions, weights
 * and critic fixed, each episode from the checkpoint's state) on the task's held-out test through l2l's held-out
 * engine, so the result is the same on any number of threads.
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
        LearningRun run = LearnDirectory.readCheckpoint(dir, c, new double[1][]);
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(n, null)) {
            return HeldOutEngine.run(test, c.agent().envId(), run.frozenPlayer(), new double[1], e);
        }
    }
}
