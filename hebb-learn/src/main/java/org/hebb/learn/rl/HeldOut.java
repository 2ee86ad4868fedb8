package org.hebb.learn.rl;

import org.hebb.gym.Env;
import org.hebb.gym.StepResult;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.EpisodeResult;

/**
 * The gradient agents' view of the task layer's held-out test ({@link org.hebb.learn.task.HeldOut}, defined once
 * there): the mean return of a greedy policy over the standard 100 episodes from {@code reset(seed = 10000 … 10099)},
 * and training seeds that never enter that block ({@link #trainingSeed}).
 */
public final class HeldOut {

    /** The first held-out seed (the task layer's). */
    public static final long FIRST_SEED = org.hebb.learn.task.HeldOut.FIRST_SEED;
    /** Held-out episodes (the task layer's). */
    public static final int EPISODES = org.hebb.learn.task.HeldOut.EPISODES;

    private HeldOut() {
    }

    /** A greedy policy: the action for an observation. */
    @FunctionalInterface
    public interface Greedy {
        int act(float[] observation);
    }

    /** Mean return of {@code policy} over the standard held-out test, played on {@code env} (the registered limit). */
    public static double meanReturn(Env env, Greedy policy) {
        EpisodePlayer player = (genome, seed, maxSteps) -> play(env, policy, seed, maxSteps);
        try {
            return org.hebb.learn.task.HeldOut.STANDARD.runSequential(env.spec().id(), player, new double[0])
                    .meanReturn();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One episode of {@code policy} from {@code reset(seed)} until the env ends it or {@code maxSteps} pass, with the
     * task layer's success ({@link org.hebb.learn.task.HeldOut#successKind}).
     */
    public static EpisodeResult play(Env env, Greedy policy, long seed, int maxSteps) {
        float[] obs = env.reset(seed).observation();
        double total = 0;
        int steps = 0;
        StepResult r;
        do {
            r = env.step(policy.act(obs));
            total += r.reward();
            steps++;
            obs = r.observation();
        } while (!r.done() && steps < maxSteps);
        boolean success = switch (org.hebb.learn.task.HeldOut.successKind(env.spec().id())) {
            case GOAL -> r.terminated();
            case SURVIVAL -> !r.terminated() && steps >= env.spec().maxEpisodeSteps();
            case NONE -> false;
        };
        return new EpisodeResult(total, total, steps, r.terminated(), success);
    }

    /** The reset seed of training episode {@code episode} (0, 1, …), skipping the held-out block. */
    public static long trainingSeed(long base, long episode) {
        long s = base + episode;
        return s < FIRST_SEED ? s : s + EPISODES; // one-to-one, never in [10000, 10100)
    }
}
