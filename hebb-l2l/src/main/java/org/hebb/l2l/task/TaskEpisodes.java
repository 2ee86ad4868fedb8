package org.hebb.l2l.task;

import java.io.Serializable;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.learn.task.Task;

/**
 * What the task's optimizees share, whatever network the genome sets (the spiking controller of
 * {@link TaskOptimizee}, the MLP of {@link MlpOptimizee}): genes clipped to [−bound, bound], one objective maximised,
 * and the fitness = the mean episode score over the episodes the task's seeding names for the generation, summed in
 * seed order, with a check for an interrupt (the evaluator's timeout) before each episode. So a spiking and an ANN
 * controller evolved on the same {@link Task} face the same start states and the same score.
 */
abstract sealed class TaskEpisodes implements Optimizee, Serializable permits TaskOptimizee, MlpOptimizee {
    private static final long serialVersionUID = 1L;

    /** The task whose episodes score a genome. */
    final Task task;
    private final double bound;

    TaskEpisodes(Task task, double bound) {
        this.task = task;
        this.bound = bound;
    }

    /** One genome's episode score from {@code reset(seed)}. */
    @FunctionalInterface
    interface Player {
        double score(long seed);
    }

    /** The player of {@code genome} for one evaluation (it may keep a network and an env across the episodes). */
    abstract Player scorer(double[] genome);

    /** What is evaluated, for the interrupt message (e.g. "CartPole-v1 MLP"). */
    abstract String what();

    /** @return the task */
    public Task task() {
        return task;
    }

    @Override
    public void bound(double[] genome) {
        for (int i = 0; i < genome.length; i++) {
            genome[i] = Math.min(bound, Math.max(-bound, genome[i]));
        }
    }

    /** One objective, maximised. */
    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1.0);
    }

    /** @return how many fitness episodes one evaluation in {@code generation} plays (a training-episode count's factor) */
    public int episodesPerEvaluation(int generation) {
        return task.seeding().seeds(generation).length;
    }

    /**
     * The mean episode score over the generation's episodes.
     *
     * @throws InterruptedException when the evaluating thread is interrupted (the evaluator's timeout)
     */
    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) throws InterruptedException {
        long[] seeds = task.seeding().seeds(context.generation());
        Player p = scorer(genome);
        double sum = 0;
        for (long seed : seeds) {
            if (Thread.interrupted()) {
                throw new InterruptedException(what() + " evaluation of generation " + context.generation()
                        + ", individual " + context.index() + " interrupted");
            }
            sum += p.score(seed);
        }
        return new double[] {sum / seeds.length};
    }
}
