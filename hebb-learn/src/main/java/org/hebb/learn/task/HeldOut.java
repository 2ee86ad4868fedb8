package org.hebb.learn.task;

import java.io.Serializable;
import java.util.Arrays;
import java.util.OptionalDouble;

import org.hebb.gym.Registry;

/**
 * The definition of a task's held-out test, in one place: full Gymnasium episodes (the registered time limit) from
 * {@code reset(seed=firstSeed + k)}, k &lt; episodes — by default 100 episodes from seed 10000, far from every
 * training seed —, a new network per episode; <em>solved</em> when all 100 default episodes ran and their mean return
 * reaches the task's registered reward threshold (MountainCar-v0 −110, CartPole-v1 475, Acrobot-v1 −100,
 * MountainCarContinuous-v0 90; Pendulum-v1 has none). l2l's held-out engine runs it through an evaluator.
 *
 * @param firstSeed the first episode's reset seed
 * @param episodes  how many episodes
 */
public record HeldOut(long firstSeed, int episodes) implements Serializable {

    /** First held-out seed, far from the training seeds 0, 1, 2, ... */
    public static final long FIRST_SEED = 10_000;
    /** Held-out episodes. */
    public static final int EPISODES = 100;
    /** The standard test: 100 episodes from seeds 10000..10099. */
    public static final HeldOut STANDARD = new HeldOut(FIRST_SEED, EPISODES);

    public HeldOut {
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes: " + episodes + " is not allowed; must be >= 1");
        }
        if (firstSeed < 0 || firstSeed > Long.MAX_VALUE - episodes) {
            throw new IllegalArgumentException("first seed: " + firstSeed + " is not allowed; must be >= 0 (and seed + "
                    + "episodes must fit in 64 bits)");
        }
    }

    /** @return the reset seed of episode {@code k} */
    public long seed(int k) {
        return firstSeed + k;
    }

    /** @return whether this is the standard test, the only one that can give a "solved" verdict */
    public boolean standard() {
        return firstSeed == FIRST_SEED && episodes == EPISODES;
    }

    /**
     * Whether an episode is a success: reaching the goal (MountainCar, MountainCarContinuous, Acrobot: the env
     * terminates there, or L2L's MountainCar score stopped at position 0.5), or lasting the whole registered limit
     * (CartPole). Pendulum-v1 has no success.
     */
    public static boolean success(Task task, boolean terminated, int steps) {
        return switch (successKind(task.envId())) {
            case GOAL -> terminated;
            case SURVIVAL -> !terminated && steps >= task.registeredSteps();
            case NONE -> false;
        };
    }

    /** What counts as a task's success. */
    public enum SuccessKind {
        /** the env terminates at the goal */
        GOAL,
        /** lasting the registered limit */
        SURVIVAL,
        /** no success notion */
        NONE
    }

    /** @return what counts as success on task {@code envId} */
    public static SuccessKind successKind(String envId) {
        return switch (envId) {
            case "CartPole-v1" -> SuccessKind.SURVIVAL;
            case "Pendulum-v1" -> SuccessKind.NONE;
            default -> SuccessKind.GOAL;
        };
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

    /**
     * Whether a test that has run {@code done} episodes with return sum {@code sum} can no longer reach the
     * threshold, even with the task's best return in every remaining episode.
     */
    public boolean hopeless(String envId, double sum, int done) {
        OptionalDouble t = threshold(envId);
        return t.isPresent() && sum + (episodes - done) * bestReturn(envId) < t.getAsDouble() * episodes;
    }

    /** @return the step limit of a held-out episode: the task's registered time limit */
    public static int limit(String envId) {
        return Registry.spec(envId).maxEpisodeSteps();
    }

    /** Runs the test sequentially with {@code player} (the reference the evaluator-driven engine must equal). */
    public Result runSequential(String envId, EpisodePlayer player, double[] genome) throws Exception {
        int limit = Registry.spec(envId).maxEpisodeSteps();
        EpisodeResult[] r = new EpisodeResult[episodes];
        for (int k = 0; k < episodes; k++) {
            r[k] = player.play(genome, seed(k), limit);
        }
        return Result.of(this, envId, r);
    }

    /**
     * What a held-out test gave: one entry per episode run, seed order (fewer than {@link #episodes} when a decision
     * stopped it early).
     *
     * @param test      the test's definition
     * @param envId     the task
     * @param returns   each episode's return
     * @param steps     each episode's steps
     * @param successes each episode's success ({@link HeldOut#success})
     */
    public record Result(HeldOut test, String envId, double[] returns, int[] steps, boolean[] successes)
            implements Serializable {

        /** A result from per-episode results, seed order. */
        public static Result of(HeldOut test, String envId, EpisodeResult[] r) {
            double[] ret = new double[r.length];
            int[] st = new int[r.length];
            boolean[] ok = new boolean[r.length];
            for (int k = 0; k < r.length; k++) {
                ret[k] = r[k].totalReward();
                st[k] = r[k].steps();
                ok[k] = r[k].success();
            }
            return new Result(test, envId, ret, st, ok);
        }

        /** @return episodes run */
        public int episodes() {
            return returns.length;
        }

        /** @return the mean return, summed in seed order */
        public double meanReturn() {
            double sum = 0;
            for (double x : returns) {
                sum += x;
            }
            return sum / returns.length;
        }

        /** @return episodes that succeeded */
        public int successCount() {
            int n = 0;
            for (boolean b : successes) {
                n += b ? 1 : 0;
            }
            return n;
        }

        /** @return the fraction of episodes that succeeded */
        public double successRate() {
            return (double) successCount() / returns.length;
        }

        /** @return mean steps of the successful episodes, NaN when none succeeded */
        public double meanStepsToSuccess() {
            long s = 0;
            int n = 0;
            for (int k = 0; k < steps.length; k++) {
                if (successes[k]) {
                    s += steps[k];
                    n++;
                }
            }
            return n == 0 ? Double.NaN : (double) s / n;
        }

        /** @return whether every episode of the test ran and the mean reaches the task's threshold */
        public boolean reachedThreshold() {
            OptionalDouble t = threshold(envId);
            return returns.length == test.episodes() && t.isPresent() && meanReturn() >= t.getAsDouble();
        }

        /** @return whether the standard test ran whole and reached the threshold: the task is solved */
        public boolean solved() {
            return test.standard() && reachedThreshold();
        }

        @Override
        public double[] returns() {
            return returns.clone();
        }

        @Override
        public int[] steps() {
            return steps.clone();
        }

        @Override
        public boolean[] successes() {
            return successes.clone();
        }

        @Override
        public String toString() {
            return "HeldOut.Result[" + envId + ", " + returns.length + " episodes, mean " + meanReturn() + ", "
                    + Arrays.toString(returns) + "]";
        }
    }
}
