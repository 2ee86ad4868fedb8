package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hebb.cli.UserError;
import org.hebb.learn.rl.GradientAgentConfig;
import org.hebb.learn.task.HeldOut;
import org.hebb.report.LearnReport;

/**
 * {@code hebb report DIR} for a learn directory: checks it ({@link LearnIntegrity}), reads the episodes its checkpoint
 * commits (learning.csv as the checkpoint gives it, so a killed run's lagging csv does not matter) and the recorded
 * held-out test, and lets {@link LearnReport} draw the curve and write report.html. Runs no episode.
 */
public final class LearnReporting {

    private LearnReporting() {
    }

    /** What was written. */
    public record Written(Path html, boolean partial, String status, int episodes) {
    }

    /** Writes the report of learn directory {@code dir}. */
    public static Written write(Path dir) throws IOException {
        LearnIntegrity.Checked checked = LearnIntegrity.check(dir);
        ObjectNode runJson = checked.runJson();
        if (checked.checkpoint() == null) {
            throw new UserError("RUN_DIR: " + dir + " has no checkpointed episode (status " + runJson.path("status")
                    .asText() + "), which is not allowed; must have finished at least one episode");
        }
        LearnConfig c = LearnDirectory.recordedConfig(runJson);
        String identity = LearnDirectory.identity(runJson);
        Trainer t = c.isGradient() ? new GradientTrainer(checked.checkpoint(), c, identity)
                : new PlasticityTrainer(checked.checkpoint(), c, identity);
        LearnEvaluation.Recorded ev = LearnEvaluation.recorded(dir, identity);
        String agent;
        if (c.isGradient()) {
            GradientAgentConfig g = c.gradient();
            agent = g.network().kind().label() + " " + g.method().label();
        } else {
            agent = "plasticity agent (" + c.agent().rule().configName() + ")";
        }
        Path abs = dir.toAbsolutePath().normalize();
        String csv = new String(t.csv(), StandardCharsets.UTF_8);
        LearnReport.Input in = new LearnReport.Input(abs.getFileName().toString(), runJson, csv, c.envId(), agent,
                HeldOut.threshold(c.envId()), ev == null ? null : ev.json(), ev != null && ev.current());
        Path html = LearnReport.write(abs, in);
        return new Written(html, in.partial(), runJson.path("status").asText(),
                LearnReport.curve(csv).episodes().length);
    }
}
