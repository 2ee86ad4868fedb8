package org.hebb.l2l;

/**
 * An optimizee that can evaluate several individuals together faster than one by one (the task layer's population
 * lockstep). A local evaluator hands it blocks of one generation's individuals; a distributed evaluator, a single
 * evaluation or an evaluator with a per-individual time limit keeps calling {@link #evaluate}.
 *
 * <p>Contract: {@code evaluateBatch(genomes, contexts)[i]} equals {@code evaluate(genomes[i], contexts[i])} bit for
 * bit, whatever the other individuals of the block; it is thread-safe and modifies no genome. When it throws, the
 * evaluator evaluates the block's individuals one by one, so an error is recorded against its own individual.
 */
public interface BatchOptimizee extends Optimizee {

    /**
     * @param genomes  the individuals, each {@code layout().size()} genes
     * @param contexts one context per individual
     * @return one fitness tuple per individual, in order
     * @throws Exception as {@link #evaluate} may (then the block is evaluated one by one)
     */
    double[][] evaluateBatch(double[][] genomes, EvaluationContext[] contexts) throws Exception;
}
