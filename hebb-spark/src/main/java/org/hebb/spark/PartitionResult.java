package org.hebb.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;

/**
 * What one Spark task sends back: its partition's evaluations in task order, and where and in which attempt it ran
 * (so the driver can prove the work ran on executors and count retries after a lost worker).
 *
 * @param executorId  Spark's executor id ("driver" in local mode)
 * @param attempt     the task attempt, 0 unless Spark retried the partition
 * @param evaluations one per task of the partition, in order
 */
record PartitionResult(String executorId, int attempt, List<Evaluation> evaluations) implements Serializable {

    /**
     * Evaluates a partition on the executor with a one-thread {@link ThreadPoolEvaluator}: the very code the local
     * engine runs, so errors, null results and timeouts (counted from each individual's start, the straggler left
     * behind) are recorded exactly as locally.
     */
    static PartitionResult evaluate(Optimizee optimizee, Iterator<EvaluationTask> tasks, long timeoutMillis) {
        List<EvaluationTask> mine = new ArrayList<>();
        tasks.forEachRemaining(mine::add);
        List<Evaluation> out;
        try (ThreadPoolEvaluator one = ThreadPoolEvaluator.of(1,
                timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis) : null)) {
            out = one.evaluate(optimizee, mine);
        }
        TaskContext task = TaskContext.get();
        SparkEnv env = SparkEnv.get();
        return new PartitionResult(env == null ? "unknown" : env.executorId(), task == null ? 0 : task.attemptNumber(),
                out);
    }
}
