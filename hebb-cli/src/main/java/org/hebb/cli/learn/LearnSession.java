package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Trains one agent in a learn directory until its {@link Trainer} is finished (plasticity: solved or max_episodes;
 * gradient: the budget), writing the checkpoint and the derived files after every training unit; a resumed session
 * reads the checkpoint and continues bit for bit. Progress: a bar on a terminal, else about twenty lines.
 */
final class LearnSession {

    private final Path dir;
    private final ObjectNode runJson;
    private final LearnConfig config;
    private final PrintWriter out;
    private final String progress;
    /** Stops after this many units of the session (tests: an interrupted run); 0 = never. */
    int stopAfter;

    LearnSession(Path dir, ObjectNode runJson, LearnConfig config, String progress, PrintWriter out) {
        this.dir = dir;
        this.runJson = runJson;
        this.config = config;
        this.progress = progress;
        this.out = out;
    }

    /** Runs until finished (or {@link #stopAfter} units). */
    void execute() throws IOException {
        boolean resumed = Files.isRegularFile(dir.resolve(LearnDirectory.CHECKPOINT));
        Trainer run = config.isGradient() ? new GradientTrainer(dir, config) : new PlasticityTrainer(dir, config);
        if (resumed) {
            run.writeDerived(dir);
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
        try {
            if (pb != null) {
                pb.stepTo(run.progress());
            }
            while (!run.finished() && (stopAfter == 0 || session < stopAfter)) {
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
        } finally {
            if (pb != null) {
                pb.close();
            }
        }
        if (run.finished()) {
            String summary = run.finish(runJson, dir);
            LearnDirectory.writeRunJson(dir, runJson);
            out.println(summary);
            out.flush();
        }
    }
}
