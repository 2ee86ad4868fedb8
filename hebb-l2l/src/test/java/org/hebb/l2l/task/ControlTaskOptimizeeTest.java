package org.hebb.l2l.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Rng;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeSeeding;
import org.hebb.learn.task.Task;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.junit.jupiter.api.Test;

class ControlTaskOptimizeeTest {

    private static final Task CART_POLE = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0)
            .groupSize(1).resolutionMs(1.0).stepMs(20).perDimension(6).build();

    @Test
    void individualsAreDrawnWithinTheBoundsFromTheGivenGeneratorOnly() {
        TaskOptimizee o = TaskOptimizee.of(CART_POLE);
        assertThat(o.layout().size()).isEqualTo(48);
        double[] a = o.createIndividual(Rng.seeded(3));
        assertThat(a).isEqualTo(o.createIndividual(Rng.seeded(3)));
        assertThat(java.util.Arrays.stream(a).min().getAsDouble()).isGreaterThanOrEqualTo(-20.0);
        assertThat(java.util.Arrays.stream(a).max().getAsDouble()).isLessThan(20.0);
        double[] wild = {-50, 50, 3};
        TaskOptimizee.of(CART_POLE.toBuilder().weightScalePa(100).weightBound(5).build()).bound(wild);
        assertThat(wild).containsExactly(-5, 5, 3);
    }

    @Test
    void fitnessIsTheMeanReturnOverTheGenerationsEpisodes() throws Exception {
        Task c = CART_POLE.toBuilder().seeding(new EpisodeSeeding.Mean(3, 40)).build();
        TaskOptimizee o = TaskOptimizee.of(c);
        double[] g = o.createIndividual(Rng.seeded(11));
        double expected = 0;
        for (long s = 40; s < 43; s++) {
            expected += Episode.fitness(c, g, s, null).totalReward();
        }
        assertThat(o.evaluate(g, new EvaluationContext(7, 2, 99))[0]).isEqualTo(expected / 3);
        assertThat(o.episodesPerEvaluation(7)).isEqualTo(3);
        TaskOptimizee perGen = TaskOptimizee.of(CART_POLE);   // L2L's seeding: reset(seed=generation)
        assertThat(perGen.evaluate(g, new EvaluationContext(5, 0, 1))[0])
                .isEqualTo(Episode.fitness(CART_POLE, g, 5, null).totalReward());
    }

    @Test
    void oneThreadAndManyGiveTheSameFitness() {
        TaskOptimizee o = TaskOptimizee.of(CART_POLE.toBuilder().maxSteps(0).seeding(new EpisodeSeeding.Mean(2, 0)).build());
        Rng rng = Rng.seeded(5);
        List<EvaluationTask> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(new EvaluationTask(new EvaluationContext(4, i, 1), o.createIndividual(rng)));
        }
        List<Evaluation> one;
        List<Evaluation> many;
        try (ThreadPoolEvaluator e1 = ThreadPoolEvaluator.of(1, null);
                ThreadPoolEvaluator e4 = ThreadPoolEvaluator.of(4, Duration.ofMinutes(5))) {
            one = e1.evaluate(o, tasks);
            many = e4.evaluate(o, tasks);
        }
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(one.get(i).outcome()).isEqualTo(Evaluation.Outcome.OK);
            assertThat(many.get(i).fitness()).isEqualTo(one.get(i).fitness());
        }
        assertThat(one.stream().mapToDouble(e -> e.fitness()[0]).distinct().count()).isGreaterThan(1);
    }
}
