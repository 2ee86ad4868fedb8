package org.hebb.learn.rl;

import org.hebb.gym.Env;
import org.hebb.gym.StepResult;

/**
 * The held-out test of issue 11: the mean return of a greedy policy over 100 episodes started by
 * {@code reset(seed = 10000 … 10099)}, seeds no training episode uses ({@link #trainingSeed}).
 */
public final class HeldOut {

    /** The first held-out seed. */
    public static final long FIRST_SEED = 10_000;
    /** Held-out episodes. */
    public static final int EPISODES = 100;

    private HeldOut() {
    }

    /** A greedy policy: the action for an observation. */
    @FunctionalInterface
    public interface Greedy {
        int act(float[] observation);
    }

    /** Mean return of {@code policy} over the 100 held-out seeds. */
    public static double meanReturn(Env env, Greedy policy) {
        double total = 0;
        for (int e = 0; e < EPISODES; e++) {
            float[] obs = env.reset(FIRST_SEED + e).observation();
            StepResult r;
            do {
                r = env.step(policy.act(obs));
                total += r.reward();
                obs = r.observation();
            } while (!r.done());
        }
        return total / EPISODES;
    }

    /** The reset seed of training episode {@code episode} (0, 1, …), skipping the held-out block. */
    public static long trainingSeed(long base, long episode) {
        long s = base + episode;
        return s < FIRST_SEED ? s : s + EPISODES; // one-to-one, never in [10000, 10100)
    }
}
