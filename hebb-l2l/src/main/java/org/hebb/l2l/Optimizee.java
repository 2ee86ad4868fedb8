package org.hebb.l2l;

/**
 * L2L's inner loop: turns one individual (a flat genome laid out by {@link #layout()}) into a fitness tuple.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #createIndividual(Rng)} draws only from the given generator, so the optimizer's seed decides the
 *       initial population (unlike L2L, where the optimizee's own RNG did).</li>
 *   <li>{@link #bound(double[])} clips in place and is idempotent; optimizers call it after every variation.</li>
 *   <li>{@link #evaluate(double[], EvaluationContext)} is thread-safe, must not modify the genome, and returns a
 *       fitness tuple with one value per fitness weight; its result depends only on the genome and the context.
 *       It may throw: the run records the error and goes on. Long evaluations should honour thread interrupts,
 *       which is how a timeout is signalled.</li>
 *   <li>An optimizee meant for a distributed evaluator must be {@link java.io.Serializable}.</li>
 * </ul>
 */
public interface Optimizee {

    /** The named parameter blocks of an individual. */
    GenomeLayout layout();

    /** A new random individual of {@code layout().size()} genes, already within bounds. */
    double[] createIndividual(Rng rng);

    /** Clips the genome into the optimizee's bounds, in place (L2L's {@code bounding_func}); default: unbounded. */
    default void bound(double[] genome) {
    }

    /** The weights suggested for this optimizee's fitness tuple (e.g. {@code -1} for a cost to minimise). */
    FitnessWeights fitnessWeights();

    /** The fitness tuple of {@code genome} (L2L's {@code simulate}). */
    double[] evaluate(double[] genome, EvaluationContext context) throws Exception;
}
