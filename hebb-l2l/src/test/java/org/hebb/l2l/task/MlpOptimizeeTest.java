package org.hebb.l2l.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.Population;
import org.hebb.l2l.Rng;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.task.EpisodeSeeding;
import org.hebb.learn.task.Task;
import org.junit.jupiter.api.Test;

class MlpOptimizeeTest {

    private static final Task CART_POLE = Task.defaults("CartPole-v1");

    @Test
    void theGenomeIsTheMlpsFlatParameterVector() {
        MlpOptimizee o = MlpOptimizee.of(CART_POLE, 16);
        // 4-16-2: (4·16 + 16) + (16·2 + 2) = 114 weights and biases
        assertThat(o.layout().size()).isEqualTo(114);
        assertThat(o.sizes()).containsExactly(4, 16, 2);
        assertThat(o.macsPerDecision()).isEqualTo(4 * 16 + 16 * 2);
        assertThat(MlpOptimizee.of(Task.defaults("Acrobot-v1"), 8, 8).layout().size())
                .isEqualTo(6 * 8 + 8 + 8 * 8 + 8 + 8 * 3 + 3);
        double[] g = o.createIndividual(Rng.seeded(3));
        assertThat(g).isEqualTo(o.createIndividual(Rng.seeded(3)));
        // layer 1 within ±1/√4, layer 2 within ±1/√16
        for (int k = 0; k < 80; k++) {
            assertThat(Math.abs(g[k])).isLessThan(0.5);
        }
        for (int k = 80; k < 114; k++) {
            assertThat(Math.abs(g[k])).isLessThan(0.25);
        }
        double[] wild = new double[114];
        wild[0] = 50;
        wild[1] = -50;
        o.bound(wild);
        assertThat(wild[0]).isEqualTo(MlpOptimizee.BOUND);
        assertThat(wild[1]).isEqualTo(-MlpOptimizee.BOUND);
    }

    @Test
    void fitnessIsTheGreedyMlpsReturnWithTaskOptimizeesSeeding() throws Exception {
        Task t = CART_POLE.toBuilder().seeding(new EpisodeSeeding.Mean(3, 40)).build();
        MlpOptimizee o = MlpOptimizee.of(t, 16);
        double[] g = o.createIndividual(Rng.seeded(11));
        // an independent episode loop: the network with these parameters, greedy on the scaled observation
        Network net = o.network();
        net.setParameters(g);
        double expected = 0;
        for (long s = 40; s < 43; s++) {
            Env env = Registry.make("CartPole-v1");
            float[] obs = env.reset(s).observation();
            StepResult r;
            do {
                double[] x = new double[4];
                for (int i = 0; i < 4; i++) { // finite bounds (x ±4.8, θ ±0.418) scale to ±1; the velocities are ±inf
                    double h = Math.max(Math.abs(env.observationSpace().low(i)), Math.abs(env.observationSpace().high(i)));
                    x[i] = h < 1e6 ? obs[i] / h : obs[i];
                }
                double[] q = net.forward(x, 1);
                r = env.step(q[1] > q[0] ? 1 : 0);
                expected += r.reward();
                obs = r.observation();
            } while (!r.done());
        }
        assertThat(o.evaluate(g, new EvaluationContext(7, 2, 99))[0]).isEqualTo(expected / 3);
        assertThat(o.evaluate(g, new EvaluationContext(7, 5, 1))[0]).isEqualTo(expected / 3);
        assertThat(o.episodesPerEvaluation(7)).isEqualTo(3);
    }

    @Test
    void cmaEsImprovesTheMlpOnCartPoleAndOneThreadEqualsTwo() {
        Task t = CART_POLE.toBuilder().seeding(new EpisodeSeeding.Mean(2, 0)).build();
        MlpOptimizee o = MlpOptimizee.of(t, 8);
        double[][] one;
        double[][] two;
        try (ThreadPoolEvaluator e1 = ThreadPoolEvaluator.of(1, null);
                ThreadPoolEvaluator e2 = ThreadPoolEvaluator.of(2, null)) {
            one = evolve(o, e1);
            two = evolve(o, e2);
        }
        assertThat(two).isDeepEqualTo(one); // per generation: best and mean fitness, bit for bit
        // a random 4-8-2 MLP balances ≈ 10–60 steps; after 8 generations of CMA-ES (λ = 12) the best reaches 300+
        assertThat(one[0][0]).isLessThan(200);
        assertThat(one[one.length - 1][0]).isGreaterThan(300).isGreaterThan(one[0][0]);
        assertThat(one[one.length - 1][1]).isGreaterThan(one[0][1]);
    }

    private static double[][] evolve(MlpOptimizee o, ThreadPoolEvaluator e) {
        Optimizer opt = Optimizers.create("cmaes", Map.of("sigma", 0.5, "pop_size", 12), o, 7);
        double[][] stats = new double[8][2];
        for (int gen = 0; gen < stats.length; gen++) {
            Population pop = opt.ask();
            List<EvaluationTask> tasks = new ArrayList<>();
            for (int i = 0; i < pop.size(); i++) {
                tasks.add(new EvaluationTask(new EvaluationContext(pop.generation(), i, 7), pop.genome(i)));
            }
            List<Evaluation> r = e.evaluate(o, tasks);
            double[][] f = new double[pop.size()][];
            double best = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < f.length; i++) {
                f[i] = r.get(i).fitness();
                best = Math.max(best, f[i][0]);
                mean += f[i][0] / f.length;
            }
            stats[gen] = new double[] {best, mean};
            opt.tell(f);
        }
        return stats;
    }

    @Test
    void badInputIsOneLine() {
        assertThatThrownBy(() -> MlpOptimizee.of(Task.defaults("Pendulum-v1"), 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("env: Pendulum-v1 is not allowed");
        assertThatThrownBy(() -> MlpOptimizee.of(CART_POLE, 0))
                .hasMessage("hidden layer size: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> MlpOptimizee.of(CART_POLE, 4).evaluate(new double[3], new EvaluationContext(0, 0, 1)))
                .hasMessageStartingWith("genome: 3 genes is not allowed; must be 30");
    }
}
