package org.hebb.learn.mountaincar;

import org.hebb.gym.Env;
import org.hebb.gym.MountainCarV0;
import org.hebb.gym.StepResult;

/**
 * Runs a {@link MountainCarController} on Gymnasium's {@code MountainCar-v0}: a new network per episode, the
 * environment reset with {@code reset(seed=seed)}, the controller fed the float64 state (as the gym version L2L used
 * returned float64 observations) before each step.
 *
 * {@snippet :
 * EpisodeTrace trace = new EpisodeTrace();
 * EpisodeResult r = MountainCarEpisode.fitnessEpisode(genome, MountainCarConfig.DEFAULT, 42, trace);
 * double fitness = r.maxPosition();
 * }
 */
public final class MountainCarEpisode {

    /** The position at which L2L's loop stops (and Gymnasium terminates, with velocity &gt;= 0). */
    public static final double GOAL_POSITION = 0.5;

    private MountainCarEpisode() {
    }

    /**
     * L2L's fitness episode: at most {@code config.steps()} steps, stopping when the car reaches the goal.
     *
     * @param trace receives one row per step, or null
     */
    public static EpisodeResult fitnessEpisode(double[] genome, MountainCarConfig config, long seed, EpisodeTrace trace) {
        return run(genome, config, seed, config.steps(), trace);
    }

    /**
     * A full Gymnasium episode: until the goal or the registered 200-step time limit.
     *
     * @param trace receives one row per step, or null
     */
    public static EpisodeResult fullEpisode(double[] genome, MountainCarConfig config, long seed, EpisodeTrace trace) {
        return run(genome, config, seed, Integer.MAX_VALUE, trace);
    }

    /**
     * One episode of at most {@code maxSteps} steps; it also ends when Gymnasium ends it (goal, time limit) or the
     * position reaches {@link #GOAL_POSITION}.
     */
    public static EpisodeResult run(double[] genome, MountainCarConfig config, long seed, int maxSteps, EpisodeTrace trace) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed: " + seed + " is not allowed; must be >= 0");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("steps: " + maxSteps + " is not allowed; must be >= 1");
        }
        MountainCarController controller = new MountainCarController(genome, config);
        Env env = new MountainCarV0();
        env.reset(seed);
        double[] s = env.state(new double[2]);
        double max = Double.NEGATIVE_INFINITY; // L2L starts from -2.0, below any position; the start is not counted
        double reward = 0;
        boolean goal = false;
        int t = 0;
        while (t < maxSteps) {
            double p = s[0];
            double v = s[1];
            int a = controller.step(p, v);
            if (trace != null) {
                trace.add(p, v, controller.count(0), controller.count(1), controller.count(2), a);
            }
            StepResult r = env.step(a);
            t++;
            reward += r.reward();
            env.state(s);
            max = Math.max(max, s[0]);
            if (s[0] >= GOAL_POSITION || r.terminated()) {
                goal = true;
                break;
            }
            if (r.truncated()) {
                break;
            }
        }
        return new EpisodeResult(max, t, goal, reward);
    }
}
