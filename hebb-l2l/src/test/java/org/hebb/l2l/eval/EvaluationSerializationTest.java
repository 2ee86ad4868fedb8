package org.hebb.l2l.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

/** The evaluator contract promises serializable tasks, results and (for the benchmarks) optimizees. */
class EvaluationSerializationTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void tasksResultsAndOptimizeesSurviveSerialization() throws Exception {
        EvaluationTask task = new EvaluationTask(new EvaluationContext(3, 4, 5), new double[] {0.5, -1.25});
        EvaluationTask t2 = roundTrip(task);
        assertThat(t2.context()).isEqualTo(task.context());
        assertThat(t2.genome()).containsExactly(task.genome());

        Evaluation ok = roundTrip(Evaluation.ok(4, new double[] {1.5}));
        assertThat(ok.outcome()).isEqualTo(Evaluation.Outcome.OK);
        assertThat(ok.fitness()).containsExactly(1.5);
        Evaluation err = roundTrip(Evaluation.error(2, new IllegalStateException("x")));
        assertThat(err.error()).isEqualTo("java.lang.IllegalStateException: x");

        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.ACKLEY, 2);
        FunctionOptimizee f2 = roundTrip(f);
        assertThat(f2.layout()).isEqualTo(f.layout());
        assertThat(f2.evaluate(task.genome(), task.context())).containsExactly(f.evaluate(task.genome(), task.context()));
    }
}
