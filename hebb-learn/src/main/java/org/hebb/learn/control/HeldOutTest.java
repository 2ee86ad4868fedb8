package org.hebb.learn.control;

import java.util.OptionalDouble;

import org.hebb.gym.Registry;

/**
 * The held-out test of a controller: full Gymnasium episodes from {@code reset(seed=10000..10099)} with the
 * registered time limit, a new network per episode; solved when the mean return reaches the task's registered
 * reward threshold (MountainCar-v0 −110, CartPole-v1 475, Acrobot-v1 −100, MountainCarContinuous-v0 90; Pendulum-v1
 * has none).
 *
 * @param episodes   episodes run (fewer than asked when the test stopped early)
 * @param meanReturn mean return of the episodes run
 * @param returns    the return of each episode run, seed order
 */
public record HeldOutTest(int episodes, double meanReturn, double[] returns) {

    /** First held-out seed, far from the training seeds 0, 1, 2, ... */
    public static final long FIRST_SEED = 10_000;
    /** Held-out episodes. */
    public static final int EPISODES = 100;

    /** The full test: 100 episodes from seeds 10000..10099. */
    public static HeldOutTest of(double[] genome, ControllerConfig config) {
        return run(genome, config, Double.NaN);
    }

    /**
     * Whether the controller solves the task, stopping as soon as the answer is certain: once even the task's best
     * possible return ({@code bestReturn}, e.g. 500 on CartPole-v1, 0 on MountainCar-v0) in every remaining episode
     * could not lift the mean to the threshold. The returned test then holds only the episodes run.
     */
    public static HeldOutTest decide(double[] genome, ControllerConfig config, double bestReturn) {
        return run(genome, config, bestReturn);
    }

    private static HeldOutTest run(double[] genome, ControllerConfig config, double bestReturn) {
        OptionalDouble threshold = threshold(config.envId());
        int limit = Registry.spec(config.envId()).maxEpisodeSteps();
        double[] r = new double[EPISODES];
        double sum = 0;
        int k = 0;
        while (k < EPISODES) {
            r[k] = ControlEpisode.run(genome, config, FIRST_SEED + k, limit).totalReward();
            sum += r[k];
            k++;
            if (!Double.isNaN(bestReturn) && threshold.isPresent()
                    && sum + (EPISODES - k) * bestReturn < threshold.getAsDouble() * EPISODES) {
                break;
            }
        }
        return new HeldOutTest(k, sum / k, java.util.Arrays.copyOf(r, k));
    }

    /**
     * An upper bound on one episode's return, for stopping a test early: the time limit on CartPole-v1 (+1 per step),
     * 0 on MountainCar-v0 and Acrobot-v1 (−1 per step); +∞ (never stop early) otherwise.
     */
    public static double bestReturn(String envId) {
        return switch (envId) {
            case "CartPole-v1" -> Registry.spec(envId).maxEpisodeSteps();
            case "MountainCar-v0", "Acrobot-v1" -> 0.0;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** The task's registered reward threshold, if it has one. */
    public static OptionalDouble threshold(String envId) {
        return Registry.spec(envId).rewardThreshold();
    }

    /** Whether all 100 episodes ran and their mean reaches the threshold. */
    public boolean solved(String envId) {
        OptionalDouble t = threshold(envId);
        return episodes == EPISODES && t.isPresent() && meanReturn >= t.getAsDouble();
    }

    @Override
    public double[] returns() {
        return returns.clone();
    }
}
