package org.hebb.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Rng;
import org.hebb.l2l.cmaes.CmaEs;
import org.hebb.l2l.cmaes.CmaEsParameters;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.task.TaskOptimizee;
import org.hebb.l2l.run.Run;
import org.hebb.learn.task.Task;

/** Short real runs (L2L GA on MountainCar, CMA-ES on CartPole) and the run files an engine must reproduce. */
final class ShortRuns {
    /** The files that must be byte-identical whatever the engine (run.json differs: times, engine, app id). */
    static final String[] FILES = {"checkpoint.bin", "best.genome", "generations.bin"};
    static final Task CART_POLE = Task.defaults("CartPole-v1").toBuilder().hiddenNeurons(0).groupSize(1)
            .resolutionMs(1.0).stepMs(20).perDimension(6).build();

    private ShortRuns() {
    }

    static TaskOptimizee mountainCar() {
        return TaskOptimizee.of(Task.mountainCarL2L().toBuilder().maxSteps(40).build());
    }

    /** L2L's GA, 6 individuals, 3 generations, on 40-step MountainCar episodes. */
    static void mountainCarGa(Path dir, Optimizee o, Evaluator e) throws IOException {
        TaskOptimizee mc = mountainCar();
        GeneticAlgorithm ga = new GeneticAlgorithm(GeneticAlgorithmParameters.builder().seed(7).set("pop_size", 6)
                .set("cx_prob", 0.7).set("mut_prob", 0.7).set("n_iteration", 3).set("ind_prob", 0.45)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 1).build(),
                o, mc.fitnessWeights());
        run(ga, o, dir, e);
    }

    /** CMA-ES, 8 individuals, 3 generations, on 20-step CartPole episodes. */
    static void cartPoleCmaEs(Path dir, Evaluator e) throws IOException {
        TaskOptimizee o = TaskOptimizee.of(CART_POLE);
        CmaEs cma = new CmaEs(CmaEsParameters.of(Map.of("seed", 3, "pop_size", 8, "n_iteration", 3, "sigma", 2.0)), o);
        run(cma, o, dir, e);
    }

    private static void run(Optimizer opt, Optimizee o, Path dir, Evaluator e) throws IOException {
        Run.builder(opt, o).directory(dir).evaluator(e).hallOfFame(5).build().start();
    }

    /** The bytes of each of {@link #FILES} in {@code dir}. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new java.util.TreeMap<>();
        for (String f : FILES) {
            m.put(f, Files.readAllBytes(dir.resolve(f)));
        }
        return m;
    }

    /** Same indices, outcomes, fitness arrays and error lines, in the same order. */
    static void assertSameEvaluations(List<Evaluation> actual, List<Evaluation> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).index()).isEqualTo(expected.get(i).index());
            assertThat(actual.get(i).outcome()).isEqualTo(expected.get(i).outcome());
            assertThat(actual.get(i).fitness()).isEqualTo(expected.get(i).fitness());
            assertThat(actual.get(i).error()).isEqualTo(expected.get(i).error());
        }
    }

    /** Wraps an optimizee so each evaluation takes at least {@code millis} (a worker can be killed mid-generation). */
    record Slow(Optimizee delegate, long millis) implements Optimizee, java.io.Serializable {
        @Override
        public GenomeLayout layout() {
            return delegate.layout();
        }

        @Override
        public double[] createIndividual(Rng rng) {
            return delegate.createIndividual(rng);
        }

        @Override
        public void bound(double[] genome) {
            delegate.bound(genome);
        }

        @Override
        public FitnessWeights fitnessWeights() {
            return delegate.fitnessWeights();
        }

        @Override
        public double[] evaluate(double[] genome, EvaluationContext context) throws Exception {
            Thread.sleep(millis);
            return delegate.evaluate(genome, context);
        }
    }
}
