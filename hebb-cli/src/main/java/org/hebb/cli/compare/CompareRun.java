package org.hebb.cli.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.Population;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.task.HeldOutEngine;
import org.hebb.l2l.task.TaskOptimizee;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;

/**
 * One (optimizer, seed) run of a comparison, in process: ask, evaluate the individuals that need it, tell, until the
 * budget of evaluations is spent (or the optimizer is done, or, if asked, the task is solved). Best-so-far is taken
 * in index order within a generation, and in the generation that crosses the budget only its first individuals up
 * to the budget count, so every optimizer is scored on exactly the same number of evaluations. A failed evaluation
 * is told as the worst fitness.
 *
 * <p>Solve check (control optimizee), every generation: the generation's best evaluated individual (first in index
 * order on ties) is a candidate when its training fitness reaches the task's threshold and it is not the genome
 * tested last; it is then put to the held-out test (100 episodes, seeds 10000..10099, registered limits), stopped as
 * soon as the outcome is certain. The first pass gives the training episodes used up to the end of that generation.
 * Held-out episodes are not training episodes. A run that never passes is scored by the full held-out test of its
 * last generation's best.
 */
final class CompareRun {

    /** One point of the curve: evaluations done, best fitness so far (the first objective of the best individual). */
    record Point(int evaluations, double best) {
    }

    /**
     * What a run gave.
     *
     * @param label            the optimizer's label
     * @param seed             the run seed
     * @param curve            best so far after each generation, the last at the evaluations spent
     * @param trainingEpisodes fitness episodes over the whole run (control optimizee; else 0)
     * @param solvedAtEpisodes training episodes until the first held-out pass, or -1
     * @param solvedAtEvaluations evaluations until then, or -1
     * @param heldOutTests     held-out tests run
     * @param finalHeldOut     the held-out mean return of the solving controller, or else of the last generation's
     *                         best (NaN when no check was asked)
     * @param best             the best genome at the end
     */
    record Result(String label, long seed, List<Point> curve, long trainingEpisodes, long solvedAtEpisodes,
            int solvedAtEvaluations, int heldOutTests, double finalHeldOut, double[] best) {
    }

    private CompareRun() {
    }

    static Result run(CompareConfig config, CompareConfig.OptimizerSpec spec, long seed, Evaluator evaluator) {
        Optimizee optimizee = config.optimizee();
        Optimizer opt = Optimizers.create(spec.name(), spec.parameters(), optimizee, seed);
        FitnessWeights w = opt.fitnessWeights();
        TaskOptimizee control = returnScored(optimizee) ? (TaskOptimizee) optimizee : null;
        List<Point> curve = new ArrayList<>();
        double[] bestFitness = null;
        double[] bestGenome = null;
        int used = 0;
        long episodes = 0;
        long solvedEpisodes = -1;
        int solvedEvals = -1;
        int tests = 0;
        double heldOut = Double.NaN;
        double[] lastTested = null;
        double[] lastBest = null;
        while (used < config.budget() && !opt.isDone()) {
            Population pop = opt.ask();
            List<EvaluationTask> tasks = new ArrayList<>();
            for (int i = 0; i < pop.size(); i++) {
                if (pop.needsEvaluation(i)) {
                    tasks.add(new EvaluationTask(new EvaluationContext(pop.generation(), i, seed), pop.genome(i)));
                }
            }
            List<Evaluation> results = evaluator.evaluate(optimizee, tasks);
            double[][] fitness = new double[pop.size()][];
            for (int i = 0; i < pop.size(); i++) {
                fitness[i] = pop.knownFitness(i);
            }
            int counted = 0;
            double[] genFitness = null;
            double[] genGenome = null;
            for (int k = 0; k < tasks.size(); k++) {
                Evaluation e = results.get(k);
                double[] f = e.outcome() == Evaluation.Outcome.OK ? e.fitness() : w.worst();
                fitness[e.index()] = f;
                if (used + counted < config.budget()) { // within the budget: this evaluation counts
                    counted++;
                    if (genFitness == null || w.compare(f, genFitness) > 0) {
                        genFitness = f.clone();
                        genGenome = tasks.get(k).genome();
                    }
                    if (bestFitness == null || w.compare(f, bestFitness) > 0) {
                        bestFitness = f.clone();
                        bestGenome = tasks.get(k).genome().clone();
                    }
                }
            }
            used += counted;
            if (control != null) {
                episodes += (long) counted * control.episodesPerEvaluation(pop.generation());
            }
            curve.add(new Point(used, bestFitness == null ? Double.NaN : bestFitness[0]));
            if (used < config.budget()) {
                opt.tell(fitness);
            }
            if (genGenome != null) {
                lastBest = genGenome.clone();
            }
            if (config.solveCheck() && solvedEpisodes < 0 && genGenome != null
                    && genFitness[0] >= threshold(control) && !Arrays.equals(genGenome, lastTested)) {
                lastTested = genGenome.clone();
                tests++;
                HeldOut.Result t = heldOut(control.task(), genGenome, true);
                if (t.solved()) {
                    solvedEpisodes = episodes;
                    solvedEvals = used;
                    heldOut = t.meanReturn();
                    if (config.stopWhenSolved()) {
                        break;
                    }
                }
            }
        }
        if (config.solveCheck() && solvedEpisodes < 0 && lastBest != null) {
            heldOut = heldOut(control.task(), lastBest, false).meanReturn();
            tests++;
        }
        return new Result(spec.label(), seed, curve, episodes, solvedEpisodes, solvedEvals, tests, heldOut, bestGenome);
    }

    private static double threshold(TaskOptimizee c) {
        return HeldOut.threshold(c.task().envId()).orElse(Double.POSITIVE_INFINITY);
    }

    /** Whether the optimizee is a task scored by its return, whose fitness can be held against the reward threshold. */
    static boolean returnScored(org.hebb.l2l.Optimizee o) {
        return o instanceof TaskOptimizee t && t.task().score() == Task.Score.RETURN;
    }

    /** The standard held-out test on one thread (compare runs its seeds in parallel already). */
    private static HeldOut.Result heldOut(Task task, double[] genome, boolean decide) {
        try (ThreadPoolEvaluator e = ThreadPoolEvaluator.of(1, null)) {
            return decide ? HeldOutEngine.decide(HeldOut.STANDARD, task.envId(), Episode.player(task), genome, e)
                    : HeldOutEngine.run(HeldOut.STANDARD, task.envId(), Episode.player(task), genome, e);
        }
    }
}
