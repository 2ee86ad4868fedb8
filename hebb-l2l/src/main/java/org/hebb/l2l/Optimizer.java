package org.hebb.l2l;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;

/**
 * L2L's outer loop as ask/tell: {@link #ask()} the current generation's population, evaluate it, {@link #tell}
 * the fitness of every individual, repeat until {@link #isDone()}. Every optimizer maximises the weighted fitness
 * (see {@link FitnessWeights}).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code ask()} is idempotent until the next {@code tell}; it returns generation {@link #generation()}.</li>
 *   <li>{@code tell(fitness)} takes one fitness tuple per individual of the last {@code ask()}, in index order,
 *       including the known ones echoed back; it advances {@link #generation()} by one.</li>
 *   <li>All randomness comes from generators owned by the optimizer and seeded from its parameters.</li>
 *   <li>{@link #writeState}/{@link #readState}: an optimizer built with the same parameters and optimizee, then
 *       given {@code readState} of another's {@code writeState}, continues exactly as the other would (all state and
 *       every RNG included); that is what makes a resumed run bit-identical.</li>
 * </ul>
 */
public interface Optimizer {

    /** The optimizer's name, e.g. {@code GeneticAlgorithm}. */
    String name();

    /** The weights this optimizer ranks fitness tuples by (L2L's {@code optimizee_fitness_weights}). */
    FitnessWeights fitnessWeights();

    /** The parameters under L2L's names (e.g. {@code pop_size}), for provenance; values are numbers, booleans, strings. */
    Map<String, Object> parameters();

    /** The generation the next {@link #ask()} returns (0 before the first {@code tell}). */
    int generation();

    /** The number of generations the optimizer will run, if it knows (for progress and ETA). */
    default OptionalInt plannedGenerations() {
        return OptionalInt.empty();
    }

    /** Whether the run is over: no further {@code ask()} is allowed. */
    boolean isDone();

    /** The current generation's population. */
    Population ask();

    /** The fitness tuple of every individual of the last {@code ask()}, in index order. */
    void tell(double[][] fitness);

    /** Writes the full state (population, counters, every RNG) for a checkpoint. */
    void writeState(DataOutput out) throws IOException;

    /** Replaces the state with one written by {@link #writeState}. */
    void readState(DataInput in) throws IOException;
}
