package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.LearningRun;

/**
 * Trains one agent in a learn directory until it is solved or reaches max_episodes, writing the checkpoint,
 * learning.csv and weights.h5 after every episode; a resumed session reads the checkpoint and continues bit for bit.
 * Progress: a bar on a terminal, else one line every max_episodes/20 episodes.
 */
final class LearnSession {

    private final Path dir;
    private final ObjectNode runJson;
    private final LearnConfig config;
    private final PrintWriter out;
    private final String progress;
    /** Stops after this many episodes of the session (tests: an interrupted run); 0 = never. */
    int stopAfter;

    LearnSession(Path dir, ObjectNode runJson, LearnConfig config, String progress, PrintWriter out) {
        this.dir = dir;
        this.runJson = runJson;
        this.config = config;
        this.progress = progress;
        this.out = out;
    }

    /** Runs; returns the finished run (or the interrupted one). */
    LearningRun execute() throws IOException {
        LearningRun run;
        double[] initial;
        if (Files.isRegularFile(dir.resolve(LearnDirectory.CHECKPOINT))) {
            double[][] w0 = new double[1][];
            run = LearnDirectory.readCheckpoint(dir, config, w0);
            initial = w0[0];
            LearnDirectory.writeCsv(dir, run); // a kill between checkpoint and csv left the csv one episode behind
        } else {
            run = new LearningRun(config.agent(), config.seed());
            initial = run.agent().weights();
        }
        int max = config.agent().getInt(AgentParam.MAX_EPISODES);
        boolean bar = progress.equals("bar") || (progress.equals("auto") && System.console() != null
                && System.console().isTerminal());
        boolean lines = !bar && !progress.equals("none");
        int every = Math.max(1, max / 20);
        ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("episode").setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.out)).build() : null;
        int session = 0;
        try {
            if (pb != null) {
                pb.stepTo(run.episodes());
            }
            while (!run.finished() && (stopAfter == 0 || session < stopAfter)) {
                double r = run.nextEpisode();
                session++;
                int e = run.episodes();
                LearnDirectory.writeEpisode(dir, run, initial);
                OptionalDouble m = run.trailingMean(e);
                String tm = m.isPresent() ? String.format(Locale.ROOT, "%.1f", m.getAsDouble()) : "-";
                if (pb != null) {
                    pb.stepTo(e);
                    pb.setExtraMessage(String.format(Locale.ROOT, "return %.0f trailing100 %s", r, tm));
                } else if (lines && (e % every == 0 || run.finished())) {
                    out.printf(Locale.ROOT, "episode %d/%d  return %.0f  trailing100 %s%n", e, max, r, tm);
                    out.flush();
                }
            }
        } finally {
            if (pb != null) {
                pb.close();
            }
        }
        if (run.finished()) {
            int solved = run.firstSolved();
            runJson.put("status", solved > 0 ? "solved" : "max_episodes");
            runJson.put("episodes", run.episodes());
            if (solved > 0) {
                runJson.put("solved_at_episode", solved);
            } else {
                runJson.putNull("solved_at_episode");
            }
            LearnDirectory.writeRunJson(dir, runJson);
            out.printf(Locale.ROOT, "%s after %d episodes%s; wrote %s%n", solved > 0 ? "solved" : "not solved",
                    run.episodes(), solved > 0 ? " (first episode with trailing100_mean >= threshold: " + solved + ")"
                    : "", dir);
            out.flush();
        }
        return run;
    }
}
