package org.hebb.l2l.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Rng;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.learn.control.ControlEpisode;
import org.hebb.learn.control.ControllerConfig;
import org.hebb.learn.mountaincar.EpisodeSeeding;
import org.junit.jupiter.api.Test;

class ControlOptimizeeTest {

    private static final ControllerConfig CART_POLE = ControllerConfig.defaults("CartPole-v1").withNetwork(0, 1)
            .withTiming(1.0, 20).withEncoding(org.hebb.learn.control.InputEncoding.BINS, 6, 1.0, 40000);

    @Test
    void individualsAreDrawnWithinTheBoundsFromTheGivenGeneratorOnly() {
        ControlOptimizee o = ControlOptimizee.of(CART_POLE);
        assertThat(o.layout().size()).isEqualTo(48);
        double[] a = o.createIndividual(Rng.seeded(3));
        assertThat(a).isEqualTo(o.createIndividual(Rng.seeded(3)));
        assertThat(java.util.Arrays.stream(a).min().getAsDouble()).isGreaterThanOrEqualTo(-20.0);
        assertThat(java.util.Arrays.stream(a).max().getAsDouble()).isLessThan(20.0);
        double[] wild = {-50, 50, 3};
        ControlOptimizee.of(CART_POLE.withWeights(100, 5)).bound(wild);
        assertThat(wild).containsExactly(-5, 5, 3);
    }

    @Test
    void fitnessIsTheMeanReturnOverTheGenerationsEpisodes() throws Exception {
        ControllerConfig c = CART_POLE.withEpisodes(0, new EpisodeSeeding.Mean(3, 40));
        ControlOptimizee o = ControlOptimizee.of(c);
        double[] g = o.createIndividual(Rng.seeded(11));
        double expected = 0;
        for (long s = 40; s < 43; s++) {
            expected += ControlEpisode.fitnessEpisode(g, c, s).totalReward();
        }
        assertThat(o.evaluate(g, new EvaluationContext(7, 2, 99))[0]).isEqualTo(expected / 3);
        assertThat(o.episodesPerEvaluation(7)).isEqualTo(3);
        ControlOptimizee perGen = ControlOptimizee.of(CART_POLE);   // L2L's seeding: reset(seed=generation)
        assertThat(perGen.evaluate(g, new EvaluationContext(5, 0, 1))[0])
                .isEqualTo(ControlEpisode.fitnessEpisode(g, CART_POLE, 5).totalReward());
    }

    @Test
    void oneThreadAndManyGiveTheSameFitness() {
        ControlOptimizee o = ControlOptimizee.of(CART_POLE.withEpisodes(0, new EpisodeSeeding.Mean(2, 0)));
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
