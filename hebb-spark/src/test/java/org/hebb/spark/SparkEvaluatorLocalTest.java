package org.hebb.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Rng;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.eval.Troublesome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spark {@code local[2]} against the thread pool: same outcomes, same fitness, same run files. */
class SparkEvaluatorLocalTest {
    private static SparkEvaluator spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkEvaluator.start("local[2]", "hebb-test", Duration.ofMillis(300), Duration.ofSeconds(30),
                Map.of("spark.ui.enabled", "false", "spark.driver.host", "127.0.0.1",
                        "spark.driver.bindAddress", "127.0.0.1"));
        spark.evaluate(ShortRuns.mountainCar(), tasks(ShortRuns.mountainCar(), 0, 8)); // a first job loads Spark's classes
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.close();
        }
    }

    private static List<EvaluationTask> tasks(Optimizee o, int generation, int n) {
        Rng rng = Rng.seeded(17);
        List<EvaluationTask> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(new EvaluationTask(new EvaluationContext(generation, i, 99), o.createIndividual(rng)));
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void failuresAndTimeoutsAreRecordedAsByTheThreadPool(boolean ignoreInterrupts) {
        Troublesome o = new Troublesome(ignoreInterrupts);
        List<EvaluationTask> t = tasks(o, 2, 8);
        List<Evaluation> local;
        try (ThreadPoolEvaluator pool = ThreadPoolEvaluator.of(2, Duration.ofMillis(300))) {
            local = pool.evaluate(o, t);
        }
        long t0 = System.nanoTime();
        List<Evaluation> remote = spark.evaluate(o, t);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(Troublesome.STRAGGLER_SECONDS); // did not wait for it
        ShortRuns.assertSameEvaluations(remote, local);
        assertThat(remote.get(3).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(remote.get(3).error()).isEqualTo("java.lang.IllegalStateException: boom at 3");
        assertThat(remote.get(5).outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(remote.get(5).error()).isEqualTo("timed out after 300 ms");
        assertThat(remote).filteredOn(e -> e.outcome() == Outcome.OK).hasSize(6);
    }

    @Test
    void mountainCarFitnessArraysEqualTheThreadPoolsForAnyPartitioning() {
        Optimizee o = ShortRuns.mountainCar();
        for (int n : new int[] {1, 5, 32}) { // fewer tasks than slots, uneven slices, three partitions per core
            List<EvaluationTask> t = tasks(o, 4, n);
            try (ThreadPoolEvaluator pool = ThreadPoolEvaluator.of(2, null)) {
                ShortRuns.assertSameEvaluations(spark.evaluate(o, t), pool.evaluate(o, t));
            }
        }
        assertThat(spark.evaluate(o, List.of())).isEmpty();
    }

    @Test
    void shortRunsWriteIdenticalFilesAndRunJsonNamesTheSparkApplication(@TempDir Path tmp) throws Exception {
        try (ThreadPoolEvaluator pool = ThreadPoolEvaluator.of(2, null)) {
            ShortRuns.mountainCarGa(tmp.resolve("mc-threads"), ShortRuns.mountainCar(), pool);
            ShortRuns.cartPoleCmaEs(tmp.resolve("cp-threads"), pool);
        }
        long tasksBefore = spark.tasksPerExecutor().values().stream().mapToLong(Long::longValue).sum();
        ShortRuns.mountainCarGa(tmp.resolve("mc-spark"), ShortRuns.mountainCar(), spark);
        ShortRuns.cartPoleCmaEs(tmp.resolve("cp-spark"), spark);
        assertThat(ShortRuns.files(tmp.resolve("mc-spark"))).containsExactlyEntriesOf(
                ShortRuns.files(tmp.resolve("mc-threads")));
        assertThat(ShortRuns.files(tmp.resolve("cp-spark"))).containsExactlyEntriesOf(
                ShortRuns.files(tmp.resolve("cp-threads")));

        JsonNode engine = new ObjectMapper().readTree(tmp.resolve("cp-spark/run.json").toFile())
                .path("sessions").get(0).path("engine");
        assertThat(engine.path("engine").asText()).isEqualTo("spark");
        assertThat(engine.path("master").asText()).isEqualTo("local[2]");
        assertThat(engine.path("application_id").asText()).isEqualTo(spark.applicationId()).startsWith("local-");
        assertThat(engine.path("tasks").asLong()).isGreaterThan(tasksBefore + 3); // 3 generations, 2+ tasks each
        JsonNode threads = new ObjectMapper().readTree(tmp.resolve("cp-threads/run.json").toFile())
                .path("sessions").get(0).path("engine");
        assertThat(threads.path("engine").asText()).isEqualTo("threads");
    }
}
