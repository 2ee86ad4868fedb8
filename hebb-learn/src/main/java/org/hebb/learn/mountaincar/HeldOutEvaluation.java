package org.hebb.learn.mountaincar;

/**
 * The held-out test of a controller: full Gymnasium episodes ({@code reset(seed=10000..10099)} by default, the
 * registered 200-step time limit, reward -1 per step), a new network per episode, as in training.
 *
 * @param episodes        episodes run
 * @param successes       episodes that reached the goal
 * @param meanReturn      mean undiscounted return
 * @param meanStepsToGoal mean steps of the successful episodes (NaN when none succeeded)
 * @param returns         the return of each episode, in seed order
 */
public record HeldOutEvaluation(int episodes, int successes, double meanReturn, double meanStepsToGoal, double[] returns) {

    /** First seed of the held-out episodes (far from the generation seeds 0, 1, 2, ... of training). */
    public static final long FIRST_SEED = 10_000;
    /** Number of held-out episodes. */
    public static final int EPISODES = 100;
    /** Gymnasium's reward threshold of MountainCar-v0: solved when the mean return is at least this. */
    public static final double REWARD_THRESHOLD = -110.0;

    /** The default test: 100 episodes from seeds 10000..10099. */
    public static HeldOutEvaluation of(double[] genome, MountainCarConfig config) {
        return of(genome, config, FIRST_SEED, EPISODES);
    }

    /** {@code episodes} full episodes from {@code reset(seed=firstSeed + k)}. */
    public static HeldOutEvaluation of(double[] genome, MountainCarConfig config, long firstSeed, int episodes) {
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes: " + episodes + " is not allowed; must be >= 1");
        }
        double[] returns = new double[episodes];
        int successes = 0;
        long goalSteps = 0;
        double sum = 0;
        for (int k = 0; k < episodes; k++) {
            EpisodeResult r = MountainCarEpisode.fullEpisode(genome, config, firstSeed + k, null);
            returns[k] = r.totalReward();
            sum += r.totalReward();
            if (r.reachedGoal()) {
                successes++;
                goalSteps += r.steps();
            }
        }
        return new HeldOutEvaluation(episodes, successes, sum / episodes,
                successes == 0 ? Double.NaN : (double) goalSteps / successes, returns);
    }

    /** @return the fraction of episodes that reached the goal */
    public double successRate() {
        return (double) successes / episodes;
    }

    /** @return whether the mean return reaches Gymnasium's threshold, -110 */
    public boolean solved() {
        return meanReturn >= REWARD_THRESHOLD;
    }

    @Override
    public double[] returns() {
        return returns.clone();
    }
}
