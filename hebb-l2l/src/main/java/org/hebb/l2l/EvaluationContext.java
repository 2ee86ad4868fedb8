package org.hebb.l2l;

import java.io.Serializable;

/**
 * Where an evaluation sits in the run: L2L's {@code traj.individual.generation} and {@code ind_idx}, plus the run's
 * evaluation seed. An optimizee must make its result a function of (genome, generation, index, seed) only, so that
 * a run is reproducible on any number of threads or machines and after a resume.
 *
 * @param generation the generation being evaluated (0-based)
 * @param index      the individual's index within that generation
 * @param seed       the run's evaluation seed
 */
public record EvaluationContext(int generation, int index, long seed) implements Serializable {
    public EvaluationContext {
        if (generation < 0 || index < 0) {
            throw new IllegalArgumentException("evaluation context: generation " + generation + ", index " + index
                    + " is not allowed; both must be >= 0");
        }
    }

    /** A seed unique to this (seed, generation, index), for optimizees that need per-individual randomness. */
    public long individualSeed() {
        return Rng.derive(seed, generation, index);
    }

    /** A fresh generator seeded with {@link #individualSeed()}. */
    public Rng rng() {
        return Rng.seeded(individualSeed());
    }
}
