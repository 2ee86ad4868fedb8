package org.hebb.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.hebb.cli.UserError;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.run.GenerationListener;
import org.hebb.l2l.run.Run;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.report.Hdf5TrajectoryWriter;

/**
 * One session of a run, shared by {@code hebb run} (start) and {@code hebb resume}: builds the optimizer, optimizee
 * and evaluator from a {@link RunConfig}, runs until done or stopped, and reports where the run is. Ctrl-C (SIGINT)
 * or SIGTERM stop it after the current generation's checkpoint, so {@code hebb resume} continues it; a second Ctrl-C
 * exits at once ({@link InterruptKeys}).
 */
final class RunSession {
    private final RunConfig config;
    private final Path dir;
    private final ProgressReporter.Mode progress;
    private final RunFinisher finisher;
    private final PrintWriter out;
    private final List<GenerationListener> listeners = new ArrayList<>();
    private EngineOption engine = new EngineOption();

    RunSession(RunConfig config, Path dir, ProgressReporter.Mode progress, RunFinisher finisher, PrintWriter out) {
        this.config = config;
        this.dir = dir;
        this.progress = progress;
        this.finisher = finisher;
        this.out = out;
    }

    /** Where evaluations run (default: the thread pool). */
    RunSession engine(EngineOption e) {
        engine = e;
        return this;
    }

    /** Adds a listener told after each generation's checkpoint and trajectory file (tests watch the files). */
    RunSession listener(GenerationListener l) {
        listeners.add(l);
        return this;
    }

    /** Starts ({@code resume == false}) or resumes the run; returns the exit code. */
    int execute(boolean resume) throws IOException {
        Optimizee optimizee = config.newOptimizee();
        Optimizer optimizer = config.newOptimizer(optimizee);
        int planned = optimizer.plannedGenerations().orElse(0); // 0: the optimizer decides when it is done
        long t0 = System.nanoTime();
        try (Evaluator evaluator = engine.open(config.effectiveThreads(), config.timeout(), "hebb " + dir);
             ProgressReporter reporter = new ProgressReporter(progress, out, planned)) {
            Run.Builder b = Run.builder(optimizer, optimizee).directory(dir).evaluator(evaluator)
                    .trajectoryWriter(new Hdf5TrajectoryWriter()).writeEvery(config.h5Every())
                    .config(config.toUserConfig()).listener(reporter);
            listeners.forEach(b::listener);
            if (config.failureFitness() != null) {
                b.failureFitness(config.failureFitness());
            }
            Run run = b.build();
            String what = config.optimizerName().equals("ga") ? String.format(Locale.ROOT, "%d generations of %s",
                    planned, optimizer.parameters().get("pop_size"))
                    : String.format(Locale.ROOT, "%s on %s, %s generations",
                    config.optimizerName(), config.task() != null ? config.task().envId()
                    : "plasticity of " + config.plasticity().optimizee().base().envId(),
                    planned > 0 ? String.valueOf(planned) : "up to the optimizer's");
            out.printf(Locale.ROOT, "%s %s: %s, %s%n", resume ? "resuming" : "run", dir, what,
                    EngineOption.label(evaluator));
            out.flush();
            CountDownLatch ended = new CountDownLatch(1);
            Thread hook = stopHook(run, ended);
            Runtime.getRuntime().addShutdownHook(hook);
            try (InterruptKeys keys = InterruptKeys.install(run::requestStop, dir)) {
                Trajectory t = startOrResume(run, resume);
                reporter.close();
                int code = report(t, planned, optimizer.isDone(), (System.nanoTime() - t0) * 1e-9,
                        reporter.evaluations());
                // stopped by Ctrl-C: the shell's status for an interrupted command, as before the second press
                return keys.presses() > 0 && !optimizer.isDone() ? InterruptKeys.EXIT_NOW : code;
            } finally {
                ended.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: the JVM exits once it returns
                }
            }
        }
    }

    /**
     * Runs the session; a write that fails (a full disk) is one line naming the run directory and how to go on,
     * not an exception's type: the run's files are written by staging and renaming, so its last checkpoint stands.
     */
    private Trajectory startOrResume(Run run, boolean resume) throws IOException {
        try {
            return resume ? run.resume() : run.start();
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((java.io.UncheckedIOException) e).getCause();
            String why = UserError.describe(io);
            throw new java.io.UncheckedIOException(new IOException(why.contains("No space left on device")
                    ? "cannot write " + dir + ": " + why + "; free space, then 'hebb resume " + dir + "' continues "
                    + "from the last checkpoint" : dir + ": " + why, io));
        }
    }

    /**
     * A shutdown hook that asks the run to stop and waits until this session has ended, so Ctrl-C (SIGINT) or a
     * plain kill (SIGTERM) ends after the generation in flight is checkpointed, run.json says "stopped" and the
     * user has been told how to continue. A SIGKILL skips it; the last generation's checkpoint is on disk anyway.
     */
    private Thread stopHook(Run run, CountDownLatch ended) {
        return new Thread(() -> {
            run.requestStop();
            System.err.println("hebb: stopping after this generation's checkpoint ('hebb resume " + dir
                    + "' continues)");
            try {
                ended.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hebb-run-stop");
    }

    private int report(Trajectory t, int planned, boolean done, double seconds, long evaluations) throws IOException {
        HallOfFame.Entry best = t.best();
        if (!done) {
            out.printf(Locale.ROOT, "stopped after generation %d of %d; continue with: hebb resume %s%n", t.size(),
                    planned, dir);
            out.flush();
            return 0;
        }
        out.printf(Locale.ROOT, "finished %d generations; this session: %.1f s, %d evaluations, %.1f evaluations/s%n",
                t.size(), seconds, evaluations, evaluations / Math.max(1e-9, seconds));
        out.printf(Locale.ROOT, "best fitness %s (generation %d, individual %d)%n", // 1-based, as the progress line
                java.util.Arrays.toString(best.fitness()), best.generation() + 1, best.index() + 1);
        out.printf("wrote %s (run.json, trajectory.h5 and its segments, best.genome, checkpoint.bin, generations.bin)%n", dir);
        out.flush();
        if (config.plasticity() != null) { // no controller to report: the best plasticity as a learn config
            out.printf("best agent: %s%n", config.plasticity().writeBestAgent(dir, best.genome()));
            out.flush();
            return 0;
        }
        Path report = finisher.finish(dir);
        if (report != null) {
            out.printf("report: %s%n", report);
            out.flush();
        }
        return 0;
    }

    /**
     * Fails with one line if {@code dir} cannot become a run directory: a file is in the way or the nearest existing
     * ancestor is not writable. Creates nothing, so a refused run leaves no directory behind.
     */
    static void checkWritable(Path dir, String label) {
        Path p = dir.toAbsolutePath().normalize();
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new UserError(label + ": " + dir + " is not writable (no existing ancestor directory)");
        }
        if (!Files.isDirectory(existing)) {
            throw new UserError(label + ": " + dir + " is not writable (" + existing + " is not a directory)");
        }
        if (!Files.isWritable(existing)) {
            throw new UserError(label + ": " + dir + " is not writable (permission denied on " + existing + ")");
        }
    }
}
