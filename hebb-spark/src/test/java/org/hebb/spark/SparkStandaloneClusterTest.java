package org.hebb.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.eval.Troublesome;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.run.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone master and two workers (separate JVMs on 127.0.0.1): the run goes to their executors, one worker
 * is killed with its executor in the middle of generation 2, Spark retries its tasks on the other, and the run
 * files equal the thread pool's; an individual that throws or overruns its time limit on an executor is recorded as
 * locally.
 */
class SparkStandaloneClusterTest {
    private static final long EVALUATION_MILLIS = 400; // a generation of 6 on 2 cores takes ~1.2 s: time to kill

    @Test
    void aWorkerKilledMidGenerationLeavesTheRunFilesUnchanged(@TempDir Path tmp) throws Exception {
        ShortRuns.Slow slow = new ShortRuns.Slow(ShortRuns.mountainCar(), EVALUATION_MILLIS);
        try (ThreadPoolEvaluator pool = ThreadPoolEvaluator.of(2, null)) {
            ShortRuns.mountainCarGa(tmp.resolve("threads"), slow, pool);
        }
        try (StandaloneCluster cluster = new StandaloneCluster(tmp.resolve("cluster"), 2);
             SparkEvaluator spark = SparkEvaluator.start(cluster.url(), "hebb-cluster-test", null,
                     Duration.ofSeconds(90), StandaloneCluster.driverConf())) {
            awaitExecutors(spark, 2, cluster);
            AtomicBoolean killed = new AtomicBoolean();
            GeneticAlgorithm ga = new GeneticAlgorithm(
                    GeneticAlgorithmParameters.builder().seed(7).set("pop_size", 6)
                .set("cx_prob", 0.7).set("mut_prob", 0.7).set("n_iteration", 3).set("ind_prob", 0.45)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1).build(), slow, slow.fitnessWeights());
            Run.builder(ga, slow).directory(tmp.resolve("spark")).evaluator(spark).hallOfFame(5)
                    .listener(e -> {
                        if (e.generationsDone() == 1 && killed.compareAndSet(false, true)) {
                            Thread.ofPlatform().daemon().start(() -> { // generation 2 is being evaluated by then
                                sleep(EVALUATION_MILLIS / 2);
                                cluster.killWorker(0);
                            });
                        }
                    }).build().start();
            assertThat(killed).as(cluster.logs()).isTrue();
            assertThat(ShortRuns.files(tmp.resolve("spark"))).as(cluster.logs())
                    .containsExactlyEntriesOf(ShortRuns.files(tmp.resolve("threads")));
            assertThat(spark.tasksPerExecutor()).as("the work ran on the workers' executors, not in the driver")
                    .doesNotContainKey("driver").hasSize(2);
            assertThat(spark.retriedTasks()).as("tasks of the killed executor were retried").isPositive();
            assertThat(spark.applicationId()).startsWith("app-");

            List<EvaluationTask> tasks = new ArrayList<>(); // on an executor JVM, a throwing individual too
            for (int i = 0; i < 6; i++) {
                tasks.add(new EvaluationTask(new EvaluationContext(1, i, 5), new double[] {i, -i}));
            }
            Troublesome t = new Troublesome(true); // index 5 runs 4 s ignoring interrupts: over the 300 ms limit
            try (ThreadPoolEvaluator pool = ThreadPoolEvaluator.of(2, Duration.ofMillis(300));
                 SparkEvaluator limited = SparkEvaluator.on(spark.context(), Duration.ofMillis(300))) {
                List<Evaluation> remote = limited.evaluate(t, tasks);
                ShortRuns.assertSameEvaluations(remote, pool.evaluate(t, tasks));
                assertThat(remote.get(3).error()).isEqualTo("java.lang.IllegalStateException: boom at 3");
                assertThat(remote.get(5).error()).isEqualTo("timed out after 300 ms");
                assertThat(limited.tasksPerExecutor()).doesNotContainKey("driver");
            }
        }
    }

    private static void awaitExecutors(SparkEvaluator spark, int n, StandaloneCluster cluster) {
        long end = System.nanoTime() + 90_000_000_000L;
        while (spark.executorCount() < n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("only " + spark.executorCount() + " of " + n + " executors registered\n"
                        + cluster.logs());
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
