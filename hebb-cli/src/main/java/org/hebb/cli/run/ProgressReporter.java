package org.hebb.cli.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hebb.l2l.run.GenerationEvent;
import org.hebb.l2l.run.GenerationListener;

/**
 * Shows a run's progress: generation, best fitness so far, the generation's mean fitness, evaluations per second
 * and the time left. On a terminal a progress bar; otherwise (pipes, CI, tests) one plain line every
 * {@code planned / 20} generations, so a log of a 1,000-generation run stays readable.
 */
final class ProgressReporter implements GenerationListener, AutoCloseable {

    /** How progress is shown ({@code --progress}). */
    enum Mode {
        /** a bar on a terminal, lines otherwise */
        auto,
        bar,
        lines,
        none
    }

    private final Mode mode;
    private final PrintWriter out;
    private final int planned;
    private int firstGeneration = -1; // generations done before this session, known at its first event
    private final int every;
    private final long startNanos = System.nanoTime();
    private ProgressBar bar;
    private long evaluations; // this session's

    /** @param planned the run's planned generations */
    ProgressReporter(Mode mode, PrintWriter out, int planned) {
        this.mode = mode == Mode.auto ? (isTerminal() ? Mode.bar : Mode.lines) : mode;
        this.out = out;
        this.planned = planned;
        this.every = Math.max(1, planned / 20);
    }

    /** Whether stdout is an interactive terminal (JDK 22+: a Console exists even when redirected). */
    private static boolean isTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    @Override
    public void onGeneration(GenerationEvent e) {
        int done = e.generationsDone();
        evaluations += e.evaluations();
        if (firstGeneration < 0) {
            firstGeneration = done - 1;
            if (mode == Mode.bar) { // the bar starts where a resumed run stood, so its ETA counts this session only
                bar = new ProgressBarBuilder().setTaskName("generation").setInitialMax(planned)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                        .setConsumer(new ConsoleProgressBarConsumer(System.out))
                        .startsFrom(firstGeneration, Duration.ZERO).build();
            }
        }
        String best = number(e.best().fitness());
        String mean = number(e.statistics().mean());
        double rate = e.evaluationsPerSecond();
        if (mode == Mode.bar) {
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, "best %s mean %s %.1f eval/s", best, mean, rate));
        } else if (mode == Mode.lines && (done == firstGeneration + 1 || done % every == 0 || done == planned)) {
            out.printf(Locale.ROOT, "generation %d/%d  best %s  mean %s  %.1f eval/s  ETA %s%n", done, planned, best,
                    mean, rate, eta(done));
            out.flush();
        }
    }

    /** Evaluations made in this session so far. */
    long evaluations() {
        return evaluations;
    }

    /** Time left at this session's average pace. */
    private String eta(int done) {
        int thisSession = done - firstGeneration;
        if (thisSession <= 0) {
            return "?";
        }
        double perGeneration = (System.nanoTime() - startNanos) * 1e-9 / thisSession;
        return duration(Math.max(0, planned - done) * perGeneration);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** One objective as a number, several as a tuple. */
    private static String number(double[] v) {
        if (v.length == 1) {
            return String.format(Locale.ROOT, "%.4f", v[0]);
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", v[i]));
        }
        return sb.append(')').toString();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
