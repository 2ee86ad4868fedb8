package org.hebb.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.Evaluator;

/**
 * Evaluates a generation as Spark tasks: the individuals are cut into a few partitions per core (so a slow or lost
 * executor delays little), the optimizee is broadcast once per run (not once per task), and the results come back in
 * task order. Each task evaluates its individuals with the local engine's code ({@link PartitionResult}), so an
 * individual's outcome, and with it every run file, is the same as with the thread pool, whatever the partitioning,
 * the task order or the retries after a lost worker (tasks are pure functions of optimizee, genome and context).
 */
public final class SparkEvaluator implements Evaluator {
    /** Partitions per core: 3 keeps cores busy when individuals differ in cost, and bounds the work a loss repeats. */
    static final int PARTITIONS_PER_CORE = 3;

    private final JavaSparkContext sc;
    private final boolean ownsContext;
    private final long timeoutMillis;
    private Optimizee shipped;
    private Broadcast<Optimizee> broadcast;
    private long generations, tasks, retriedTasks, evaluations;
    private final Map<String, Long> tasksPerExecutor = new TreeMap<>();

    private SparkEvaluator(JavaSparkContext sc, boolean ownsContext, Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout: " + timeout + " is not allowed; must be > 0 or none");
        }
        this.sc = sc;
        this.ownsContext = ownsContext;
        this.timeoutMillis = timeout == null ? 0 : Math.max(1, timeout.toMillis());
    }

    /**
     * Starts a Spark application on {@code master} and waits until it has an executor; {@code timeout} per
     * individual or {@code null}, {@code conf} extra Spark settings. Fails in one line for a bad master URL, a JDK
     * Spark rejects, an unreachable master or one that gives no executor within {@code executorWait}.
     */
    public static SparkEvaluator start(String master, String appName, Duration timeout, Duration executorWait,
            Map<String, String> conf) {
        SparkMaster.checkUrl(master);
        SparkMaster.checkJdk(Runtime.version());
        SparkMaster.checkReachable(master, Duration.ofSeconds(10));
        SparkConf c = new SparkConf().setMaster(master).setAppName(appName);
        c.setIfMissing("spark.ui.showConsoleProgress", "false");
        c.setIfMissing("spark.log.level", "WARN");
        conf.forEach(c::set);
        Path jar = ownJar();
        if (!master.startsWith("local") && jar != null && !c.contains("spark.jars")) {
            c.set("spark.jars", jar.toString()); // executors fetch hebb's classes from the driver
        }
        JavaSparkContext sc = new JavaSparkContext(c);
        try {
            awaitExecutor(sc, master, executorWait);
        } catch (RuntimeException e) {
            sc.stop();
            throw e;
        }
        return new SparkEvaluator(sc, true, timeout);
    }

    /** An evaluator on a context the caller owns (e.g. under spark-submit); {@link #close()} leaves it running. */
    public static SparkEvaluator on(JavaSparkContext sc, Duration timeout) {
        return new SparkEvaluator(sc, false, timeout);
    }

    private static void awaitExecutor(JavaSparkContext sc, String master, Duration wait) {
        if (master.startsWith("local")) {
            return;
        }
        long end = System.nanoTime() + wait.toNanos();
        while (executorCount(sc) < 1) {
            if (System.nanoTime() > end) {
                throw new IllegalArgumentException("master: " + master + " gave no executor within "
                        + wait.toSeconds() + " s (application " + sc.sc().applicationId()
                        + "); must have a worker with free cores and memory");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an executor of " + master, e);
            }
        }
    }

    /** Executors registered now (the driver, listed by Spark as one, is not counted). */
    public int executorCount() {
        return executorCount(sc);
    }

    private static int executorCount(JavaSparkContext sc) {
        return sc.sc().statusTracker().getExecutorInfos().length - 1;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(SparkEvaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (Exception notAFile) {
            return null;
        }
    }

    /** The Spark context, e.g. for a second evaluator with another time limit ({@link #on}). */
    public JavaSparkContext context() {
        return sc;
    }

    /** The per-individual time limit in milliseconds, 0 for none. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The Spark application id (e.g. {@code app-20261203101500-0000}, {@code local-...}). */
    public String applicationId() {
        return sc.sc().applicationId();
    }

    /** Successful Spark tasks per executor id so far ("driver" in local mode). */
    public synchronized Map<String, Long> tasksPerExecutor() {
        return new TreeMap<>(tasksPerExecutor);
    }

    /** Tasks that succeeded only in a retry (after a lost executor) so far. */
    public synchronized long retriedTasks() {
        return retriedTasks;
    }

    @Override
    public int parallelism() {
        return Math.max(1, sc.defaultParallelism());
    }

    @Override
    public List<Evaluation> evaluate(Optimizee optimizee, List<EvaluationTask> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Broadcast<Optimizee> b = ship(optimizee);
        int slices = Math.min(batch.size(), PARTITIONS_PER_CORE * parallelism());
        List<PartitionResult> parts = run(sc, b, batch, slices, timeoutMillis);
        List<Evaluation> out = new ArrayList<>(batch.size());
        parts.forEach(p -> out.addAll(p.evaluations()));
        if (out.size() != batch.size()) {
            throw new IllegalStateException("Spark returned " + out.size() + " evaluations for " + batch.size()
                    + " tasks");
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).index() != batch.get(i).context().index()) {
                throw new IllegalStateException("Spark returned evaluation " + out.get(i).index() + " at position "
                        + i + "; expected " + batch.get(i).context().index());
            }
        }
        synchronized (this) {
            generations++;
            evaluations += out.size();
            for (PartitionResult p : parts) {
                tasks++;
                retriedTasks += p.attempt() > 0 ? 1 : 0;
                tasksPerExecutor.merge(p.executorId(), 1L, Long::sum);
            }
        }
        return out;
    }

    /** Static, so the task closure captures only the broadcast handle and the limit, never this evaluator. */
    private static List<PartitionResult> run(JavaSparkContext sc, Broadcast<Optimizee> b, List<EvaluationTask> batch,
            int slices, long timeoutMillis) {
        return sc.parallelize(batch, slices) // ParallelCollectionRDD: contiguous slices, collected in order
                .mapPartitions(it -> List.of(PartitionResult.evaluate(b.value(), it, timeoutMillis)).iterator())
                .collect();
    }

    private synchronized Broadcast<Optimizee> ship(Optimizee optimizee) {
        if (optimizee != shipped) {
            if (!(optimizee instanceof Serializable)) {
                throw new IllegalArgumentException("optimizee: " + optimizee.getClass().getName()
                        + " is not allowed; must be java.io.Serializable to run on Spark");
            }
            if (broadcast != null) {
                broadcast.destroy();
            }
            broadcast = sc.broadcast(optimizee);
            shipped = optimizee;
        }
        return broadcast;
    }

    @Override
    public synchronized Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("engine", "spark");
        d.put("master", sc.master());
        d.put("application_id", applicationId());
        d.put("spark_version", sc.version());
        d.put("default_parallelism", parallelism());
        d.put("timeout_ms", timeoutMillis);
        d.put("generations", generations);
        d.put("evaluations", evaluations);
        d.put("tasks", tasks);
        d.put("retried_tasks", retriedTasks);
        d.put("tasks_per_executor", new TreeMap<>(tasksPerExecutor));
        return d;
    }

    @Override
    public synchronized void close() {
        if (broadcast != null) {
            broadcast.destroy();
            broadcast = null;
        }
        if (ownsContext) {
            sc.stop();
        }
    }
}
