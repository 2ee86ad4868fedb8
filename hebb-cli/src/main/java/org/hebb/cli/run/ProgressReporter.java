package org.hebb.cli.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hebb.l2l.run.GenerationEvent;
import org.hebb.l2l.run.GenerationListener;

/**
 * Shows a run's progress: generation, best fitness so far, the generation's mean fitness, evaluations per second
 * and the time left. On a terminal a progress bar; otherwise (pipes, CI, tests) one plain line every
 * {@code planned / 20} generations, so a log of a 1,000-generation run stays readable. Generations are numbered from
 * 1 here as in the run's summary and report: {@code generation 5/100} is the fifth of 100 done.
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
    private ProgressBarConsumer consumer;
    /** The bar's task name. */
    static final String TASK = "generation";
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
                consumer = new ConsoleProgressBarConsumer(System.out);
                bar = newBar(consumer, planned, firstGeneration, 500);
            }
        }
        String best = number(e.best().fitness());
        String mean = number(e.statistics().mean());
        double rate = e.evaluationsPerSecond();
        if (mode == Mode.bar) {
            bar.stepTo(done);
            bar.setExtraMessage(fitted(consumer.getMaxRenderedLength(), planned, best, mean, rate));
        } else if (mode == Mode.lines && (done == firstGeneration + 1 || done % every == 0 || done == planned)) {
            out.printf(Locale.ROOT, "generation %d/%d  best %s  mean %s  %.1f eval/s  ETA %s%n", done, planned, best,
                    mean, rate, eta(done));
            out.flush();
        }
    }

    /** The fewest columns the bar itself keeps: the extra message gives way first (an 80-column terminal). */
    static final int MIN_BAR = 16;

    /** A bar of generations done, 1-based like every generation number hebb prints. */
    static ProgressBar newBar(ProgressBarConsumer consumer, int planned, int start, int updateMillis) {
        return new ProgressBarBuilder().setTaskName(TASK).setInitialMax(planned).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(updateMillis).setConsumer(consumer).startsFrom(start, Duration.ZERO).build();
    }

    /**
     * The bar's extra message for a line of {@code width} columns: best, mean and rate while the bar keeps
     * {@link #MIN_BAR} columns, else fewer of them (the rate goes first, then the mean), never a collapsed bar.
     */
    static String fitted(int width, int planned, String best, String mean, double rate) {
        int digits = String.valueOf(Math.max(planned, 1)).length();
        // "generation 100% [...] 1000/1000 (0:00:00 / 0:00:00) ": what the renderer puts around the bar and message
        int fixed = TASK.length() + 1 + 4 + 1 + 2 + 1 + 2 * digits + 1 + 1 + 19 + 1;
        String[] candidates = {String.format(Locale.ROOT, "best %s mean %s %.1f eval/s", best, mean, rate),
                "best " + compact(best) + " mean " + compact(mean), "best " + compact(best), ""};
        for (String c : candidates) {
            if (width <= 0 || fixed + c.length() + MIN_BAR <= width) {
                return c;
            }
        }
        return "";
    }

    /** A fitness with four significant digits ({@code -110.0}), for a narrow terminal; tuples stay as they are. */
    private static String compact(String number) {
        try {
            return String.format(Locale.ROOT, "%.4g", Double.parseDouble(number));
        } catch (NumberFormatException tuple) {
            return number;
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
