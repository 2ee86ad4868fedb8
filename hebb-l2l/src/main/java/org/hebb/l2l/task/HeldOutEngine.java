package org.hebb.l2l.task;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.HeldOut;

/**
 * The one held-out engine: runs a task's {@link HeldOut} test through an {@link Evaluator}, which gives the order,
 * determinism, time limits and failure outcomes of every other evaluation. Each episode is one evaluation task
 * (index k plays {@code reset(seed=firstSeed + k)}); the results come back in seed order, so the mean equals the
 * sequential {@link HeldOut#runSequential} exactly on any number of threads. {@code hebb evaluate}, {@code compare},
 * the report and the run's end all call this.
 */
public final class HeldOutEngine {

    /** Episodes per evaluator batch when a test may stop as soon as its verdict is certain. */
    static final int DECISION_BATCH = 10;

    private HeldOutEngine() {
    }

    /** Runs the whole test. A failed or timed-out episode fails the test with its one-line reason. */
    public static HeldOut.Result run(HeldOut test, String envId, EpisodePlayer player, double[] genome,
            Evaluator evaluator) {
        return run(test, envId, player, genome, evaluator, false);
    }

    /**
     * Runs the test in batches and stops once even the task's best return in every remaining episode could not lift
     * the mean to the threshold; the result then holds only the episodes run (and is not solved).
     */
    public static HeldOut.Result decide(HeldOut test, String envId, EpisodePlayer player, double[] genome,
            Evaluator evaluator) {
        return run(test, envId, player, genome, evaluator, true);
    }

    private static HeldOut.Result run(HeldOut test, String envId, EpisodePlayer player, double[] genome,
            Evaluator evaluator, boolean stopEarly) {
        Episodes episodes = new Episodes(test, HeldOut.limit(envId), player, genome.length);
        List<EpisodeResult> results = new ArrayList<>(test.episodes());
        double sum = 0;
        int batch = stopEarly ? DECISION_BATCH : test.episodes();
        for (int from = 0; from < test.episodes(); from += batch) {
            int to = Math.min(test.episodes(), from + batch);
            List<EvaluationTask> tasks = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                tasks.add(new EvaluationTask(new EvaluationContext(0, k, 0), genome));
            }
            for (Evaluation e : evaluator.evaluate(episodes, tasks)) {
                if (e.outcome() != Evaluation.Outcome.OK) {
                    throw new IllegalStateException("held-out episode " + e.index() + " (reset(seed=" + test.seed(e.index())
                            + ")): " + e.outcome() + (e.error() == null ? "" : ", " + e.error()));
                }
                double[] f = e.fitness();
                results.add(new EpisodeResult(f[0], f[0], (int) f[1], f[2] != 0, f[3] != 0));
                sum += f[0];
            }
            if (stopEarly && test.hopeless(envId, sum, results.size())) {
                break;
            }
        }
        return HeldOut.Result.of(test, envId, results.toArray(EpisodeResult[]::new));
    }

    /** The test's episodes as an optimizee: evaluation k plays episode k and returns (return, steps, terminated, success). */
    private record Episodes(HeldOut test, int limit, EpisodePlayer player, int genes) implements Optimizee, Serializable {

        @Override
        public GenomeLayout layout() {
            return GenomeLayout.of(new ParameterBlock("genome", Math.max(1, genes)));
        }

        @Override
        public double[] createIndividual(Rng rng) {
            throw new UnsupportedOperationException("held-out episodes are not optimized");
        }

        @Override
        public FitnessWeights fitnessWeights() {
            return FitnessWeights.of(1.0);
        }

        @Override
        public double[] evaluate(double[] genome, EvaluationContext context) throws Exception {
            EpisodeResult r = player.play(genome, test.seed(context.index()), limit);
            return new double[] {r.totalReward(), r.steps(), r.terminated() ? 1 : 0, r.success() ? 1 : 0};
        }
    }
}
