package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import org.hebb.cli.StopSignals;
import org.hebb.l2l.run.RunDirectory;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Trains one agent in a learn directory until its {@link Trainer} is finished (plasticity: solved or max_episodes;
 * gradient: the budget), writing the checkpoint and the derived files after every training unit; a resumed session
 * reads the checked checkpoint and continues bit for bit. SIGTERM or Ctrl-C stop it after the unit in flight is
 * checkpointed, with run.json saying "stopped" ({@link StopSignals}). Progress: a bar on a terminal, else about twenty
 * lines.
 */
final class LearnSession {

    private final Path dir;
    private final ObjectNode runJson;
    private final LearnCheckpoint checkpoint;
    private final LearnConfig config;
    private final PrintWriter out;
    private final String progress;
    /** Stops after this many units of the session (tests: an interrupted run); 0 = never. */
    int stopAfter;
    /** Whether {@link #stopAfter} stops as SIGTERM does (run.json "stopped"), not as a kill does ("running"). */
    boolean stopAsAsked;

    /** A session of the run of {@code runJson}, from {@code checkpoint} (checked; null: from the start). */
    LearnSession(Path dir, ObjectNode runJson, LearnCheckpoint checkpoint, LearnConfig config, String progress,
            PrintWriter out) {
        this.dir = dir;
        this.runJson = runJson;
        this.checkpoint = checkpoint;
        this.config = config;
        this.progress = progress;
        this.out = out;
    }

    /**
     * Runs until finished (or {@link #stopAfter} units), holding the directory's {@code run.lock} (as {@code hebb run}
     * does), so a second process neither learns in it nor replaces it with {@code --force} meanwhile.
     */
    void execute() throws IOException {
        RunDirectory.locked(dir, () -> {
            train();
            return null;
        });
    }

    private void train() throws IOException {
        String identity = LearnDirectory.identity(runJson);
        Trainer run = config.isGradient() ? new GradientTrainer(checkpoint, config, identity)
                : new PlasticityTrainer(checkpoint, config, identity);
        LearnDirectory.deleteStaging(dir);
        if (checkpoint != null) {
            run.writeDerived(dir); // a kill after the checkpoint left them older (or a stopped run lost one)
        }
        if (!"running".equals(runJson.path("status").asText())) {
            runJson.put("status", "running"); // killed in this session: its derived files may lag the checkpoint
            LearnDirectory.writeRunJson(dir, runJson);
        }
        long max = run.progressMax();
        boolean bar = progress.equals("bar") || (progress.equals("auto") && System.console() != null
                && System.console().isTerminal());
        boolean lines = !bar && !progress.equals("none");
        long every = Math.max(1, max / 20);
        ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName(run.progressUnit()).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(System.out)).build() : null;
        int session = 0;
        try (StopSignals stop = StopSignals.install("hebb: stopping after this " + run.progressUnit().replace("env step",
                "unit") + "'s checkpoint ('hebb resume " + dir + "' continues)")) {
            if (pb != null) {
                pb.stepTo(run.progress());
            }
            while (!run.finished() && !stop.requested() && (stopAfter == 0 || session < stopAfter)) {
                long before = run.progress();
                double r = run.nextUnit();
                session++;
                run.write(dir);
                if (pb != null) {
                    pb.stepTo(Math.min(run.progress(), max));
                    pb.setExtraMessage(run.progressLine(r));
                } else if (lines && (run.progress() / every > before / every || run.finished())) {
                    out.println(run.progressLine(r));
                    out.flush();
                }
            }
            if (pb != null) {
                pb.close();
                pb = null;
            }
            end(run, stop.requested() || stopAsAsked);
        } finally {
            if (pb != null) {
                pb.close();
            }
        }
    }

    /** Records how the session ended in run.json: finished, or {@code stopped} (resumable); else as a kill leaves it. */
    private void end(Trainer run, boolean stopped) throws IOException {
        if (run.finished()) {
            String summary = run.finish(runJson, dir);
            LearnDirectory.writeRunJson(dir, runJson);
            out.println(summary);
        } else if (stopped) {
            runJson.put("status", "stopped");
            LearnDirectory.writeRunJson(dir, runJson);
            out.printf("stopped after %s %d; continue with: hebb resume %s%n", run.progressUnit(), run.progress(), dir);
        }
        out.flush();
    }
}
