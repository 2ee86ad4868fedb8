package org.hebb.gym;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A registry entry, as Gymnasium's {@code EnvSpec}: the id, the time limit that {@code gym.make} applies and the
 * conventional "solved" return.
 *
 * @param id               the Gymnasium id, e.g. {@code "MountainCar-v0"}
 * @param entryPoint       the Gymnasium class this task reproduces (for provenance)
 * @param maxEpisodeSteps  the TimeLimit: an episode is truncated once this many steps were taken
 * @param rewardThreshold  mean return over 100 consecutive episodes that counts as solved; empty for Pendulum-v1
 */
public record EnvSpec(String id, String entryPoint, int maxEpisodeSteps, OptionalDouble rewardThreshold) {

    /** Validates the fields. */
    public EnvSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(rewardThreshold, "rewardThreshold");
        if (maxEpisodeSteps < 1) {
            throw new IllegalArgumentException("EnvSpec maxEpisodeSteps: " + maxEpisodeSteps
                    + " is not allowed; must be >= 1");
        }
    }
}
