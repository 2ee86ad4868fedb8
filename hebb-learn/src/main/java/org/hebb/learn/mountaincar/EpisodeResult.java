package org.hebb.learn.mountaincar;

/**
 * The outcome of one MountainCar episode.
 *
 * @param maxPosition the largest position after any step (the start position excluded, as in L2L): the fitness
 * @param steps       env steps taken
 * @param reachedGoal whether the car reached position 0.5
 * @param totalReward the sum of Gymnasium's rewards (-1 per step)
 */
public record EpisodeResult(double maxPosition, int steps, boolean reachedGoal, double totalReward) {
}
