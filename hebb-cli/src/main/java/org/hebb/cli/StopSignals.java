package org.hebb.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops a long command at its next checkpoint on SIGTERM or Ctrl-C (SIGINT), as {@code hebb run}'s session does: a
 * shutdown hook sets {@link #requested()} and waits until the command has {@link #close closed} this, so the unit in
 * flight is checkpointed, the directory says "stopped" and the user is told how to continue before the JVM exits (143
 * after SIGTERM, 130 after SIGINT). A second Ctrl-C exits at once (130) without waiting; the last checkpoint is on
 * disk anyway, as after a SIGKILL.
 *
 * {@snippet :
 * try (StopSignals stop = StopSignals.install("hebb: stopping after this episode's checkpoint")) {
 *     while (!done && !stop.requested()) { step(); checkpoint(); }
 * }
 * }
 */
public final class StopSignals implements AutoCloseable {
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicInteger interrupts = new AtomicInteger();
    private final Thread hook;
    private final SignalHandler previous;
    private volatile boolean requested;

    private StopSignals(String message) {
        hook = new Thread(() -> {
            requested = true;
            System.err.println(message);
            try {
                ended.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hebb-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        SignalHandler before;
        try {
            before = Signal.handle(new Signal("INT"), this::interrupt);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            before = null; // no SIGINT here (or the JVM ignores it, -Xrs): SIGTERM and the hook still stop the run
        }
        previous = before;
    }

    /** Installs the hook and the SIGINT handler; {@code message} is printed to stderr when a stop is asked for. */
    public static StopSignals install(String message) {
        return new StopSignals(message);
    }

    /** Whether a stop was asked for: end after the current unit's checkpoint. */
    public boolean requested() {
        return requested;
    }

    /** The first Ctrl-C exits as SIGINT does (running the hook); the second halts at once. */
    private void interrupt(Signal s) {
        if (interrupts.incrementAndGet() == 1) {
            Thread exit = new Thread(() -> System.exit(130), "hebb-sigint");
            exit.start();
        } else {
            System.err.println("hebb: stopped at once (second Ctrl-C); the last checkpoint is kept");
            Runtime.getRuntime().halt(130);
        }
    }

    /** The command has ended: lets a waiting hook return, and removes the hook and the handler. */
    @Override
    public void close() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: the JVM exits once it returns
        }
        if (previous != null) {
            try {
                Signal.handle(new Signal("INT"), previous);
            } catch (IllegalArgumentException e) {
                // as installed
            }
        }
    }
}
