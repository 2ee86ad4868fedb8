package org.hebb.learn.task;

import java.io.Serializable;

/**
 * What one episode gave.
 *
 * @param score       the fitness episode's score ({@link Task.Score}): the return, or the largest position reached
 * @param totalReward the sum of Gymnasium's rewards
 * @param steps       env steps taken
 * @param terminated  whether the env (or, for L2L's MountainCar score, position 0.5) ended the episode
 * @param success     whether the episode is a success by {@link HeldOut#success}'s definition
 */
public record EpisodeResult(double score, double totalReward, int steps, boolean terminated, boolean success)
        implements Serializable {
}
