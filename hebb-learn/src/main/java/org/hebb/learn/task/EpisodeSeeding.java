package org.hebb.learn.task;

import java.io.Serializable;

/**
 * Which Gymnasium {@code reset(seed=...)} seeds an individual's fitness episodes use; the fitness is the mean over
 * them. Every mode depends only on the generation, so all individuals of a generation face the same start states
 * and a run gives the same fitness on any number of threads.
 */
public sealed interface EpisodeSeeding extends Serializable {

    /** L2L's: one episode from {@code reset(seed=generation)}; the start state changes every generation. */
    record PerGeneration() implements EpisodeSeeding {
        @Override
        public long[] seeds(int generation) {
            return new long[] {generation};
        }
    }

    /** One episode from {@code reset(seed=seed)} in every generation. */
    record Fixed(long seed) implements EpisodeSeeding {
        public Fixed {
            checkSeed("seed", seed);
        }

        @Override
        public long[] seeds(int generation) {
            return new long[] {seed};
        }
    }

    /** The mean over {@code episodes} episodes from {@code reset(seed=firstSeed + k)}, k &lt; episodes, every generation. */
    record Mean(int episodes, long firstSeed) implements EpisodeSeeding {
        public Mean {
            if (episodes < 1) {
                throw new IllegalArgumentException("episodes: " + episodes + " is not allowed; must be >= 1");
            }
            checkSeed("seed", firstSeed);
            if (firstSeed > Long.MAX_VALUE - episodes) {
                throw new IllegalArgumentException("seed: " + firstSeed + " is not allowed; seed + episodes must fit in 64 bits");
            }
        }

        @Override
        public long[] seeds(int generation) {
            long[] s = new long[episodes];
            for (int k = 0; k < episodes; k++) {
                s[k] = firstSeed + k;
            }
            return s;
        }
    }

    /** @return the reset seeds of the episodes of every individual of {@code generation} (a new array) */
    long[] seeds(int generation);

    /** L2L's mode. */
    static EpisodeSeeding perGeneration() {
        return new PerGeneration();
    }

    private static void checkSeed(String field, long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException(field + ": " + seed + " is not allowed; must be >= 0");
        }
    }
}
