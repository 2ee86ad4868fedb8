package org.hebb.learn.task;

import org.hebb.gym.Box;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;

/**
 * The env side of one episode, apart from the controller that chooses the actions: a new env reset with
 * {@code reset(seed=seed)}, the controller's input before each step (the observation, or for L2L's preset the float64
 * state), the step limit, L2L's stop at position 0.5, and the score. {@link Episode#run} drives it with one
 * {@link SpikingController}; {@link LockstepEpisodes} drives one per lane, so both play exactly the same episode.
 */
final class EpisodeProgress {

    private final Task task;
    private final Env env;
    private final int maxSteps;
    private final boolean state;
    private final boolean maxPosition;
    private final double[] x;
    private final double[] s;
    private final double[] action;
    private float[] obs;
    private double max = Double.NEGATIVE_INFINITY; // L2L starts from -2.0, below any position; the start is not counted
    private double total;
    private double reward;
    private boolean terminated;
    private boolean over;
    private int t;

    /** Checks the seed and the limit, then makes and resets the env. */
    static void check(long seed, int maxSteps) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed: " + seed + " is not allowed; must be >= 0");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("steps: " + maxSteps + " is not allowed; must be >= 1");
        }
    }

    EpisodeProgress(Task task, long seed, int maxSteps) {
        check(seed, maxSteps);
        this.task = task;
        this.maxSteps = maxSteps;
        env = Registry.make(task.envId());
        obs = env.reset(seed).observation();
        state = task.input() == Task.Input.STATE;
        maxPosition = task.score() == Task.Score.MAX_POSITION;
        x = new double[state ? env.state().length : obs.length];
        s = maxPosition ? new double[x.length] : null;
        action = new double[task.discrete() ? 1 : ((Box) task.actionSpace()).size()];
    }

    /** @return whether another step is due */
    boolean running() {
        return !over && t < maxSteps;
    }

    /** @return the controller's input before the next step (an array this object reuses) */
    double[] input() {
        if (state) {
            env.state(x);
        } else {
            for (int d = 0; d < obs.length; d++) {
                x[d] = obs[d];
            }
        }
        return x;
    }

    /** One env step with a discrete action. */
    void step(int a) {
        action[0] = a;
        after(env.step(a));
    }

    /** One env step with a continuous action. */
    void step(float[] a) {
        for (int j = 0; j < a.length; j++) {
            action[j] = a[j];
        }
        after(env.step(a));
    }

    private void after(StepResult r) {
        t++;
        reward = r.reward();
        total += reward;
        obs = r.observation();
        if (maxPosition) {
            env.state(s);
            max = Math.max(max, s[0]);
            if (s[0] >= Task.GOAL_POSITION || r.terminated()) {
                terminated = true;
                over = true;
            }
        } else if (r.terminated()) {
            terminated = true;
            over = true;
        }
        if (r.truncated()) {
            over = true;
        }
    }

    /** @return env steps taken */
    int steps() {
        return t;
    }

    /** @return the last step's action (a discrete action as its index) */
    double[] action() {
        return action;
    }

    /** @return the last step's reward */
    double reward() {
        return reward;
    }

    /** @return the episode's outcome so far */
    EpisodeResult result() {
        return new EpisodeResult(maxPosition ? max : total, total, t, terminated, HeldOut.success(task, terminated, t));
    }
}
