package org.hebb.l2l.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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

class MountainCarTaskOptimizeeTest {

    private static final Task C = Task.mountainCarL2L();
    private final TaskOptimizee mc = TaskOptimizee.of(C);

    @Test
    void oneBlockOf315WeightsBoundedTo20() {
        assertThat(mc.layout().size()).isEqualTo(315);
        assertThat(mc.layout().blocks()).hasSize(1);
        assertThat(mc.layout().offset("weights")).isZero();
        assertThat(mc.fitnessWeights().values()).containsExactly(1.0);
        double[] g = mc.createIndividual(Rng.seeded(5));
        assertThat(g).hasSize(315);
        for (double x : g) {
            assertThat(x).isGreaterThanOrEqualTo(-20.0).isLessThan(20.0);
        }
        assertThat(mc.createIndividual(Rng.seeded(5))).containsExactly(g);
        double mean = java.util.Arrays.stream(g).average().orElseThrow();
        assertThat(mean).isBetween(-3.0, 3.0); // U(-20, 20): sd of the mean of 315 is 0.65
        double[] wide = {-25, -20, 0, 19.5, 20, 1e9};
        double[] h = new double[315];
        System.arraycopy(wide, 0, h, 0, wide.length);
        mc.bound(h);
        assertThat(java.util.Arrays.copyOf(h, 6)).containsExactly(-20, -20, 0, 19.5, 20, 20);
        double[] again = h.clone();
        mc.bound(again);
        assertThat(again).containsExactly(h);
    }

    @Test
    void l2lSeedingUsesTheGenerationAsTheResetSeed() throws Exception {
        double[] g = mc.createIndividual(Rng.seeded(1));
        for (int gen = 0; gen < 3; gen++) {
            double expected = Episode.fitness(C, g, gen, null).score();
            assertThat(mc.evaluate(g, new EvaluationContext(gen, 0, 1))[0]).isEqualTo(expected);
            assertThat(mc.evaluate(g, new EvaluationContext(gen, 7, 99))[0]).isEqualTo(expected);
        }
    }

    @Test
    void meanSeedingAveragesTheEpisodes() throws Exception {
        double[] g = mc.createIndividual(Rng.seeded(2));
        TaskOptimizee mean = TaskOptimizee.of(C.toBuilder().seeding(new EpisodeSeeding.Mean(3, 40)).build());
        double sum = 0;
        for (long s = 40; s < 43; s++) {
            sum += Episode.fitness(C, g, s, null).score();
        }
        assertThat(mean.evaluate(g, new EvaluationContext(5, 0, 0))[0]).isEqualTo(sum / 3);
        TaskOptimizee fixed = TaskOptimizee.of(C.toBuilder().seeding(new EpisodeSeeding.Fixed(41)).build());
        assertThat(fixed.evaluate(g, new EvaluationContext(9, 0, 0))[0])
                .isEqualTo(Episode.fitness(C, g, 41, null).score());
    }

    @Test
    void oneThreadAndManyThreadsGiveTheSameFitness() {
        List<EvaluationTask> tasks = new ArrayList<>();
        Rng rng = Rng.seeded(3);
        for (int i = 0; i < 8; i++) {
            tasks.add(new EvaluationTask(new EvaluationContext(2, i, 11), mc.createIndividual(rng)));
        }
        List<Evaluation> one;
        List<Evaluation> four;
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(1, Duration.ofMinutes(1))) {
            one = e.evaluate(mc, tasks);
        }
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(4, Duration.ofMinutes(1))) {
            four = e.evaluate(mc, tasks);
        }
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(one.get(i).outcome()).isEqualTo(Evaluation.Outcome.OK);
            assertThat(four.get(i).fitness()).containsExactly(one.get(i).fitness());
            assertThat(one.get(i).fitness()[0]).isBetween(-1.2, 0.6);
        }
    }

    @Test
    void anInterruptStopsTheEvaluation() {
        double[] g = new double[315];
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> mc.evaluate(g, new EvaluationContext(0, 3, 0)))
                    .isInstanceOf(InterruptedException.class).hasMessageContaining("individual 3");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void isSerializable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(TaskOptimizee.of(C.toBuilder().seeding(new EpisodeSeeding.Mean(2, 7)).build()));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            TaskOptimizee back = (TaskOptimizee) in.readObject();
            assertThat(back.task()).isEqualTo(C.toBuilder().seeding(new EpisodeSeeding.Mean(2, 7)).build());
            assertThat(back.layout().size()).isEqualTo(315);
        }
        assertThatThrownBy(() -> TaskOptimizee.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
