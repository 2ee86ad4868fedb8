package org.hebb.l2l.eval;

import java.util.List;
import java.util.Map;
import org.hebb.l2l.Optimizee;

/**
 * Evaluates a batch of individuals, possibly in parallel or on other machines.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #evaluate} returns exactly one {@link Evaluation} per task, in task order, with
 *       {@code evaluation.index() == task.context().index()}.</li>
 *   <li>It never throws because of one individual: an exception from {@link Optimizee#evaluate} becomes an
 *       {@link Evaluation.Outcome#ERROR}, an evaluation running longer than the evaluator's time limit becomes
 *       {@link Evaluation.Outcome#TIMEOUT}. It returns only when every task has an outcome.</li>
 *   <li>The outcome of a task depends only on the optimizee, the genome and the context, never on scheduling,
 *       so one thread or many give identical results (timeouts aside, which depend on the machine).</li>
 *   <li>Tasks and evaluations are {@link java.io.Serializable}; a remote evaluator also needs a serializable
 *       optimizee.</li>
 * </ul>
 */
public interface Evaluator extends AutoCloseable {

    /** Evaluates every task with {@code optimizee}; see the interface contract. */
    List<Evaluation> evaluate(Optimizee optimizee, List<EvaluationTask> tasks);

    /** How many evaluations can run at once (for provenance and progress). */
    int parallelism();

    /**
     * What ran the evaluations, for run.json's session record: at least {@code engine}, plus what the engine can
     * prove (e.g. Spark's application id and task counts), so no run silently fell back to another engine.
     */
    default Map<String, Object> describe() {
        return Map.of("engine", getClass().getName(), "parallelism", parallelism());
    }

    /** Releases threads or connections; the evaluator is unusable afterwards. */
    @Override
    void close();
}
