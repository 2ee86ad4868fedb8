package org.hebb.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Rng;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.task.TaskOptimizee;
import org.hebb.learn.task.Task;
import org.hebb.spark.SparkEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One generation's evaluation on the thread pool (2 threads) against Spark {@code local[2]}: with a near-free
 * individual ({@code sphere}, 4 genes) the score is the engine's per-generation overhead; with 40-step MountainCar
 * episodes it shows how much of a real generation that overhead is. Spark is not in benchmarks.jar: run with
 * {@code bin/bench-spark} (Spark's jars and JDK flags added), see docs/spark.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"})
public class EvaluatorOverheadBenchmark {

    /** Individuals per generation. */
    @Param({"32", "1024"})
    public int population;

    /** {@code threads} (ThreadPoolEvaluator, 2 threads) or {@code spark} (SparkEvaluator on local[2]). */
    @Param({"threads", "spark"})
    public String engine;

    /** {@code sphere}: no work, pure overhead; {@code mountain-car}: a 40-step spiking episode per individual. */
    @Param({"sphere", "mountain-car"})
    public String workload;

    private Evaluator evaluator;
    private Optimizee optimizee;
    private List<EvaluationTask> tasks;

    @Setup(Level.Trial)
    public void start() {
        optimizee = workload.equals("sphere") ? FunctionOptimizee.of(BenchmarkFunction.SPHERE, 4)
                : TaskOptimizee.of(Task.mountainCarL2L().toBuilder().maxSteps(40).build());
        Rng rng = Rng.seeded(1);
        tasks = new ArrayList<>(population);
        for (int i = 0; i < population; i++) {
            tasks.add(new EvaluationTask(new EvaluationContext(0, i, 1), optimizee.createIndividual(rng)));
        }
        evaluator = engine.equals("threads") ? ThreadPoolEvaluator.of(2, null)
                : SparkEvaluator.start("local[2]", "hebb-bench", null, Duration.ofSeconds(60),
                        Map.of("spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1",
                                "spark.driver.bindAddress", "127.0.0.1"));
    }

    @TearDown(Level.Trial)
    public void stop() {
        evaluator.close();
    }

    /** One generation; returns the evaluations so nothing is optimised away. */
    @Benchmark
    public List<Evaluation> generation() {
        return evaluator.evaluate(optimizee, tasks);
    }
}
