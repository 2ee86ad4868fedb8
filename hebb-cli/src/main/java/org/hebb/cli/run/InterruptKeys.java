package org.hebb.cli.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) during a run, as users expect it: the first asks the run to stop at the generation boundary (its
 * checkpoint is written, run.json says "stopped"); a second one exits at once with status 130. That is safe because
 * every checkpoint and trajectory segment is written to a staging file and renamed: the directory holds the last
 * finished generation, which {@code hebb resume} continues. SIGTERM keeps the shutdown hook's one graceful stop.
 */
final class InterruptKeys implements AutoCloseable {
    /** The exit status of the second Ctrl-C: 128 + SIGINT, as a shell reports an interrupted command. */
    static final int EXIT_NOW = 130;

    private final AtomicInteger presses = new AtomicInteger();
    private final SignalHandler previous;

    /** Handles SIGINT for {@code run} in {@code dir} until closed; the previous handler is then restored. */
    private InterruptKeys(Runnable stop, Path dir, PrintStream err, Exit exit) {
        previous = Signal.handle(new Signal("INT"), sig -> press(stop, dir, err, exit));
    }

    /** How the second press ends the process (tests replace it). */
    @FunctionalInterface
    interface Exit {
        void now(int status);
    }

    static InterruptKeys install(Runnable stop, Path dir) {
        return new InterruptKeys(stop, dir, System.err, status -> Runtime.getRuntime().halt(status));
    }

    /** One press of Ctrl-C: the first stops at the generation boundary, the second exits now. */
    void press(Runnable stop, Path dir, PrintStream err, Exit exit) {
        if (presses.incrementAndGet() == 1) {
            stop.run();
            err.println("hebb: stopping after this generation's checkpoint; Ctrl-C again exits now ('hebb resume "
                    + dir + "' continues either way)");
        } else {
            err.println("hebb: exiting now; the last finished generation's checkpoint is kept ('hebb resume " + dir
                    + "' continues)");
            err.flush();
            exit.now(EXIT_NOW);
        }
    }

    /** Presses so far. */
    int presses() {
        return presses.get();
    }

    @Override
    public void close() {
        Signal.handle(new Signal("INT"), previous);
    }
}
