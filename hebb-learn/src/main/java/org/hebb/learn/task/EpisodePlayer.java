package org.hebb.learn.task;

import java.io.Serializable;

/**
 * Plays one episode of an agent from {@code reset(seed)}: the seam through which the held-out engine (l2l's
 * evaluator) runs any agent — a genome's controller ({@link Episode#player}) or a learned agent with plasticity
 * frozen. Serializable, so a distributed evaluator can ship it; {@link #play} must depend on its arguments only.
 */
@FunctionalInterface
public interface EpisodePlayer extends Serializable {

    /**
     * @param genome   the individual (a learned agent may ignore it)
     * @param seed     the env's reset seed
     * @param maxSteps the step limit (the registered limit for a held-out episode)
     */
    EpisodeResult play(double[] genome, long seed, int maxSteps) throws Exception;
}
