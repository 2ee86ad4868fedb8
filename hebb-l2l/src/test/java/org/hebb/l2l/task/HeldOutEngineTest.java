package org.hebb.l2l.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;
import org.junit.jupiter.api.Test;

class HeldOutEngineTest {

    private static final Task CART_POLE = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).perDimension(4)
            .resolutionMs(1.0).build();

    private static double[] genome(int n, long seed) {
        return new java.util.SplittableRandom(seed).doubles(n, -20, 20).toArray();
    }

    @Test
    void theEngineEqualsTheSequentialTestOnAnyThreadCount() throws Exception {
        HeldOut test = new HeldOut(10_000, 12);
        double[] g = genome(CART_POLE.genes(), 3);
        HeldOut.Result seq = test.runSequential(CART_POLE.envId(), Episode.player(CART_POLE), g);
        for (int threads : new int[] {1, 3}) {
            try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(threads, Duration.ofMinutes(1))) {
                HeldOut.Result r = HeldOutEngine.run(test, CART_POLE.envId(), Episode.player(CART_POLE), g, e);
                assertThat(r.returns()).containsExactly(seq.returns());
                assertThat(r.steps()).containsExactly(seq.steps());
                assertThat(r.successes()).containsExactly(seq.successes());
                assertThat(r.meanReturn()).isEqualTo(seq.meanReturn());
            }
        }
    }

    @Test
    void aDecisionStopsOnceTheThresholdIsOutOfReach() {
        double[] silent = new double[CART_POLE.genes()]; // pushes left always: falls in a few dozen steps
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(2, Duration.ofMinutes(1))) {
            HeldOut.Result r = HeldOutEngine.decide(HeldOut.STANDARD, CART_POLE.envId(), Episode.player(CART_POLE),
                    silent, e);
            assertThat(r.episodes()).isLessThan(HeldOut.EPISODES).isPositive();
            assertThat(r.solved()).isFalse();
            assertThat(r.meanReturn()).isLessThan(100);
        }
    }

    @Test
    void aFailingEpisodeFailsTheTestWithOneLine() {
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(1, Duration.ofMinutes(1))) {
            assertThatThrownBy(() -> HeldOutEngine.run(new HeldOut(5, 2), "CartPole-v1", (g, s, m) -> {
                throw new IllegalStateException("boom at " + s);
            }, new double[1], e)).hasMessageContaining("held-out episode 0 (reset(seed=5)): ERROR")
                    .hasMessageContaining("boom at 5");
        }
    }
}
