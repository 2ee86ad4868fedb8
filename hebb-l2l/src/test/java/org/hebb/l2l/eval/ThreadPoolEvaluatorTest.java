package org.hebb.l2l.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreadPoolEvaluatorTest {

    private static List<EvaluationTask> tasks(int n) {
        List<EvaluationTask> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(new EvaluationTask(new EvaluationContext(2, i, 99), new double[] {i, 2.0 * i}));
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void errorsAndTimeoutsAreRecordedAndTheRestEvaluated(boolean ignoreInterrupts) {
        Troublesome o = new Troublesome(ignoreInterrupts);
        long t0 = System.nanoTime();
        List<Evaluation> r;
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(2, Duration.ofMillis(200))) {
            r = e.evaluate(o, tasks(8));
        }
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(Troublesome.STRAGGLER_SECONDS); // did not wait for it
        assertThat(r).extracting(Evaluation::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(r.get(3).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.get(3).error()).isEqualTo("java.lang.IllegalStateException: boom at 3");
        assertThat(r.get(5).outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(r.get(5).error()).isEqualTo("timed out after 200 ms");
        for (int i : new int[] {0, 1, 2, 4, 6, 7}) {
            assertThat(r.get(i).outcome()).isEqualTo(Outcome.OK);
            double expected = 3.0 * i + new EvaluationContext(2, i, 99).rng().nextGaussian() + 2;
            assertThat(r.get(i).fitness()).containsExactly(expected);
        }
    }

    @Test
    void oneThreadAndManyGiveIdenticalResults() {
        Troublesome o = new Troublesome(false);
        List<EvaluationTask> t = tasks(5); // indices 0..4: one error, no timeout
        try (ThreadPoolEvaluator one = ThreadPoolEvaluator.of(1, null);
             ThreadPoolEvaluator four = ThreadPoolEvaluator.of(4, null)) {
            List<Evaluation> a = one.evaluate(o, t), b = four.evaluate(o, t);
            for (int i = 0; i < 5; i++) {
                assertThat(b.get(i).outcome()).isEqualTo(a.get(i).outcome());
                assertThat(b.get(i).fitness()).isEqualTo(a.get(i).fitness());
                assertThat(b.get(i).error()).isEqualTo(a.get(i).error());
            }
        }
    }

    @Test
    void badInputIsRejectedInOneLine() {
        assertThatThrownBy(() -> ThreadPoolEvaluator.of(0, null))
                .hasMessage("threads: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> ThreadPoolEvaluator.of(1, Duration.ZERO))
                .hasMessage("timeout: PT0S is not allowed; must be > 0 or none");
    }
}
