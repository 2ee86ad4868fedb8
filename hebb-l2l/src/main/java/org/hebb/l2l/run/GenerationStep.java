package org.hebb.l2l.run;

import java.util.ArrayList;
import java.util.List;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Population;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.eval.EvaluationTask;
import org.hebb.l2l.eval.Evaluator;
import org.hebb.l2l.trajectory.GenerationRecord;

/**
 * One ask/evaluate/tell round: evaluates the individuals whose fitness is unknown, gives failed ones the failure
 * fitness, tells the optimizer, and returns the generation's record. Holds no state of its own.
 */
final class GenerationStep {
    private final Optimizer optimizer;
    private final Optimizee optimizee;
    private final Evaluator evaluator;
    private final FitnessWeights weights;
    private final double[] failureFitness;
    private final long seed;

    GenerationStep(Optimizer optimizer, Optimizee optimizee, Evaluator evaluator, FitnessWeights weights,
            double[] failureFitness, long seed) {
        this.optimizer = optimizer;
        this.optimizee = optimizee;
        this.evaluator = evaluator;
        this.weights = weights;
        this.failureFitness = failureFitness;
        this.seed = seed;
    }

    GenerationRecord run() {
        Population pop = optimizer.ask();
        int n = pop.size(), g = pop.generation();
        double[][] genomes = new double[n][];
        double[][] fitness = new double[n][];
        Outcome[] outcomes = new Outcome[n];
        String[] errors = new String[n];
        List<EvaluationTask> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            genomes[i] = pop.genome(i);
            if (pop.needsEvaluation(i)) {
                tasks.add(new EvaluationTask(new EvaluationContext(g, i, seed), pop.genome(i)));
            } else {
                fitness[i] = pop.knownFitness(i); // L2L: an unchanged individual keeps its earlier fitness
                outcomes[i] = Outcome.CARRIED;
            }
        }
        List<Evaluation> results = tasks.isEmpty() ? List.of() : evaluator.evaluate(optimizee, tasks);
        if (results.size() != tasks.size()) {
            throw new IllegalStateException("evaluator " + evaluator.getClass().getName() + " returned "
                    + results.size() + " results for " + tasks.size() + " tasks");
        }
        for (int k = 0; k < tasks.size(); k++) {
            Evaluation e = results.get(k);
            int i = tasks.get(k).context().index();
            if (e.index() != i) {
                throw new IllegalStateException("evaluator " + evaluator.getClass().getName() + " returned index "
                        + e.index() + " at position " + k + "; expected " + i);
            }
            if (e.outcome() == Outcome.OK && e.fitness().length != weights.size()) {
                e = new Evaluation(i, Outcome.ERROR, null, "fitness: " + e.fitness().length
                        + " values is not allowed; must be " + weights.size() + " (one per fitness weight)");
            }
            outcomes[i] = e.outcome();
            fitness[i] = e.outcome() == Outcome.OK ? e.fitness() : failureFitness.clone();
            errors[i] = e.error();
        }
        optimizer.tell(fitness);
        return new GenerationRecord(g, genomes, fitness, outcomes, errors);
    }
}
