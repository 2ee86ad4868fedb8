package org.hebb.l2l.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hebb.l2l.BatchOptimizee;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Optimizee;

/**
 * Evaluates on local threads: at most {@code threads} evaluations at once (default: one per core). A per-individual
 * time limit, counted from the start of that individual's evaluation, interrupts the evaluating thread and records a
 * {@link Evaluation.Outcome#TIMEOUT}; the run does not wait for it. An optimizee that ignores the interrupt keeps its
 * thread busy in the background, but the thread no longer counts against the limit.
 *
 * <p>A {@link BatchOptimizee} without a time limit is handed the individuals in one contiguous block per thread
 * (evaluated together, e.g. in lockstep); a block whose batch evaluation throws is evaluated one by one, so every
 * error belongs to its own individual. The results are the same either way.
 */
public final class ThreadPoolEvaluator implements Evaluator {
    private static final int RUNNING = 0, FINISHED = 1, TIMED_OUT = 2;

    private final int threads;
    private final long timeoutMillis;
    private final ExecutorService workers;
    private final ScheduledExecutorService alarms;

    private ThreadPoolEvaluator(int threads, Duration timeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: " + threads + " is not allowed; must be >= 1");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout: " + timeout + " is not allowed; must be > 0 or none");
        }
        this.threads = threads;
        this.timeoutMillis = timeout == null ? 0 : Math.max(1, timeout.toMillis());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> daemon(r, "hebb-eval-" + n.incrementAndGet()));
        this.alarms = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hebb-eval-timeout"));
    }

    /** One thread per available core, no time limit. */
    public static ThreadPoolEvaluator ofAllCores() {
        return new ThreadPoolEvaluator(Runtime.getRuntime().availableProcessors(), null);
    }

    /** {@code threads} threads; {@code timeout} per individual, or {@code null} for none. */
    public static ThreadPoolEvaluator of(int threads, Duration timeout) {
        return new ThreadPoolEvaluator(threads, timeout);
    }

    /** The per-individual time limit in milliseconds, 0 for none. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("engine", "threads");
        d.put("threads", threads);
        d.put("timeout_ms", timeoutMillis);
        return d;
    }

    @Override
    public List<Evaluation> evaluate(Optimizee optimizee, List<EvaluationTask> tasks) {
        if (optimizee instanceof BatchOptimizee batch && timeoutMillis == 0 && tasks.size() > 1) {
            return evaluateBlocks(batch, tasks);
        }
        Semaphore slots = new Semaphore(threads);
        List<CompletableFuture<Evaluation>> results = new ArrayList<>(tasks.size());
        for (EvaluationTask task : tasks) {
            CompletableFuture<Evaluation> result = new CompletableFuture<>();
            result.whenComplete((e, t) -> slots.release()); // a timed-out straggler frees its slot at once
            results.add(result);
            slots.acquireUninterruptibly();
            workers.execute(() -> run(optimizee, task, result));
        }
        List<Evaluation> out = new ArrayList<>(tasks.size());
        for (CompletableFuture<Evaluation> r : results) {
            out.add(r.join());
        }
        return out;
    }

    /** One contiguous block of individuals per thread, each block one batch evaluation. */
    private List<Evaluation> evaluateBlocks(BatchOptimizee optimizee, List<EvaluationTask> tasks) {
        int blocks = Math.min(threads, tasks.size());
        List<CompletableFuture<List<Evaluation>>> results = new ArrayList<>(blocks);
        for (int k = 0; k < blocks; k++) {
            List<EvaluationTask> block = tasks.subList(k * tasks.size() / blocks, (k + 1) * tasks.size() / blocks);
            results.add(CompletableFuture.supplyAsync(() -> runBlock(optimizee, block), workers));
        }
        List<Evaluation> out = new ArrayList<>(tasks.size());
        for (CompletableFuture<List<Evaluation>> r : results) {
            out.addAll(r.join());
        }
        return out;
    }

    private List<Evaluation> runBlock(BatchOptimizee optimizee, List<EvaluationTask> block) {
        double[][] genomes = new double[block.size()][];
        EvaluationContext[] contexts = new EvaluationContext[block.size()];
        for (int i = 0; i < genomes.length; i++) {
            genomes[i] = block.get(i).genome();
            contexts[i] = block.get(i).context();
        }
        List<Evaluation> out = new ArrayList<>(genomes.length);
        try {
            double[][] f = optimizee.evaluateBatch(genomes, contexts);
            for (int i = 0; i < genomes.length; i++) {
                int index = contexts[i].index();
                out.add(f == null || f[i] == null ? Evaluation.error(index,
                        new NullPointerException("evaluateBatch returned null")) : Evaluation.ok(index, f[i]));
            }
            return out;
        } catch (Throwable t) {
            out.clear(); // one by one: each individual's own result or error
            for (EvaluationTask task : block) {
                CompletableFuture<Evaluation> e = new CompletableFuture<>();
                run(optimizee, task, e);
                out.add(e.join());
            }
            return out;
        } finally {
            Thread.interrupted(); // an interrupt must not leak into this thread's next block
        }
    }

    private void run(Optimizee optimizee, EvaluationTask task, CompletableFuture<Evaluation> result) {
        int index = task.context().index();
        AtomicInteger state = new AtomicInteger(RUNNING);
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> alarm = null;
        if (timeoutMillis > 0) {
            alarm = alarms.schedule(() -> {
                synchronized (state) {
                    if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                        result.complete(Evaluation.timeout(index, timeoutMillis));
                        worker.interrupt();
                    }
                }
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        Evaluation e;
        try {
            double[] f = optimizee.evaluate(task.genome(), task.context());
            e = f == null ? Evaluation.error(index, new NullPointerException("evaluate returned null"))
                    : Evaluation.ok(index, f);
        } catch (Throwable t) {
            e = Evaluation.error(index, t);
        }
        if (alarm != null) {
            alarm.cancel(false);
        }
        synchronized (state) {
            if (state.compareAndSet(RUNNING, FINISHED)) {
                result.complete(e);
            }
            Thread.interrupted(); // an alarm's interrupt must not leak into this thread's next task
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        alarms.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
