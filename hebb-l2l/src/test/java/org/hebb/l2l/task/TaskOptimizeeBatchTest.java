package org.hebb.l2l.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Rng;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.learn.task.EpisodeSeeding;
import org.hebb.learn.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TaskOptimizee#evaluateBatch} (the population lockstep) against {@link TaskOptimizee#evaluate} one by one, and
 * the thread pool's block evaluation against its one-by-one evaluation: identical fitness bits, in order.
 */
class TaskOptimizeeBatchTest {

    static Stream<Task> tasks() {
        Task mc = Task.mountainCarL2L();
        return Stream.of(mc, mc.toBuilder().seeding(new EpisodeSeeding.Mean(3, 11)).build(),
                Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).maxSteps(80).build(),
                Task.builder("CartPole-v1").resolutionMs(0.1).stepMs(0.5).maxSteps(30).build()); // kernel fallback
    }

    @ParameterizedTest
    @MethodSource("tasks")
    void aBatchGivesEachIndividualItsOwnFitness(Task task) throws Exception {
        TaskOptimizee o = TaskOptimizee.of(task);
        Rng rng = Rng.seeded(task.toString().hashCode());
        int n = 12;
        double[][] genomes = new double[n][];
        EvaluationContext[] contexts = new EvaluationContext[n];
        for (int i = 0; i < n; i++) {
            genomes[i] = o.createIndividual(rng);
            contexts[i] = new EvaluationContext(3 + i % 2, i, 99); // two generations in one block
        }
        double[][] batch = o.evaluateBatch(genomes, contexts);
        for (int i = 0; i < n; i++) {
            assertThat(Double.doubleToRawLongBits(batch[i][0])).as("individual %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(o.evaluate(genomes[i], contexts[i])[0]));
        }
    }

    @Test
    void theThreadPoolsBlocksGiveWhatOneByOneGives() throws Exception {
        TaskOptimizee o = TaskOptimizee.of(Task.mountainCarL2L());
        Rng rng = Rng.seeded(5);
        List<EvaluationTask> tasks = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            tasks.add(new EvaluationTask(new EvaluationContext(7, i, 1), o.createIndividual(rng)));
        }
        tasks.add(new EvaluationTask(new EvaluationContext(7, 32, 1), new double[3])); // a bad genome: its own error
        try (ThreadPoolEvaluator blocks = ThreadPoolEvaluator.of(3, null)) {
            List<Evaluation> got = blocks.evaluate(o, tasks);
            assertThat(got).hasSize(33);
            for (int i = 0; i < 32; i++) {
                assertThat(got.get(i).index()).isEqualTo(i);
                assertThat(got.get(i).outcome()).isEqualTo(Evaluation.Outcome.OK);
                assertThat(Double.doubleToRawLongBits(got.get(i).fitness()[0])).as("individual %d", i)
                        .isEqualTo(Double.doubleToRawLongBits(o.evaluate(tasks.get(i).genome(), tasks.get(i).context())[0]));
            }
            assertThat(got.get(32).outcome()).isEqualTo(Evaluation.Outcome.ERROR);
            assertThat(got.get(32).error()).contains("genome: 3 genes is not allowed");
        }
    }
}
