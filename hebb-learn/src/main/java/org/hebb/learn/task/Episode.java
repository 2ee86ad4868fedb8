package org.hebb.learn.task;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;

/**
 * The one episode loop of the task layer: a new {@link SpikingController} and a new env per episode, the env reset
 * with {@code reset(seed=seed)}, the controller fed the observation (or, for L2L's preset, the float64 state) before
 * each step, until Gymnasium ends the episode, the step limit is reached or — with L2L's MountainCar score — the car
 * reaches position 0.5.
 *
 * {@snippet :
 * EpisodeResult r = Episode.fitness(Task.mountainCarL2L(), genome, 42, null);
 * double fitness = r.score();               // the largest position reached
 * }
 */
public final class Episode {

    private Episode() {
    }

    /** Plays {@code task}'s full episodes of a genome's controller (the held-out engine's player). */
    public static EpisodePlayer player(Task task) {
        return new TaskPlayer(task);
    }

    private record TaskPlayer(Task task) implements EpisodePlayer {
        @Override
        public EpisodeResult play(double[] genome, long seed, int maxSteps) {
            return run(task, genome, seed, maxSteps, null);
        }
    }

    /** A fitness episode: at most {@link Task#episodeSteps()} steps. */
    public static EpisodeResult fitness(Task task, double[] genome, long seed, EpisodeObserver observer) {
        return run(task, genome, seed, task.episodeSteps(), observer);
    }

    /** A full episode: until Gymnasium ends it (the registered time limit at the latest). */
    public static EpisodeResult full(Task task, double[] genome, long seed, EpisodeObserver observer) {
        return run(task, genome, seed, Integer.MAX_VALUE, observer);
    }

    /**
     * One episode of at most {@code maxSteps} env steps.
     *
     * @param observer sees every step, or null
     */
    public static EpisodeResult run(Task task, double[] genome, long seed, int maxSteps, EpisodeObserver observer) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed: " + seed + " is not allowed; must be >= 0");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("steps: " + maxSteps + " is not allowed; must be >= 1");
        }
        SpikingController c = new SpikingController(genome, task);
        Env env = Registry.make(task.envId());
        float[] obs = env.reset(seed).observation();
        boolean state = task.input() == Task.Input.STATE;
        boolean maxPosition = task.score() == Task.Score.MAX_POSITION;
        double[] x = new double[state ? env.state().length : obs.length];
        double[] s = maxPosition ? new double[x.length] : null;
        double[] action = new double[task.discrete() ? 1 : ((org.hebb.gym.Box) task.actionSpace()).size()];
        int[] counts = observer == null ? null : new int[task.outputGroups()];
        if (observer != null) {
            observer.start(c, seed);
        }
        double max = Double.NEGATIVE_INFINITY; // L2L starts from -2.0, below any position; the start is not counted
        double total = 0;
        boolean terminated = false;
        int t = 0;
        while (t < maxSteps) {
            if (state) {
                env.state(x);
            } else {
                for (int d = 0; d < obs.length; d++) {
                    x[d] = obs[d];
                }
            }
            StepResult r;
            if (task.discrete()) {
                int a = c.stepDiscrete(x);
                action[0] = a;
                r = env.step(a);
            } else {
                float[] a = c.stepContinuous(x);
                for (int j = 0; j < a.length; j++) {
                    action[j] = a[j];
                }
                r = env.step(a);
            }
            t++;
            total += r.reward();
            if (observer != null) {
                c.groupCounts(counts);
                observer.step(t, x, counts, action, r.reward());
            }
            obs = r.observation();
            if (maxPosition) {
                env.state(s);
                max = Math.max(max, s[0]);
                if (s[0] >= Task.GOAL_POSITION || r.terminated()) {
                    terminated = true;
                    break;
                }
            } else if (r.terminated()) {
                terminated = true;
                break;
            }
            if (r.truncated()) {
                break;
            }
        }
        return new EpisodeResult(maxPosition ? max : total, total, t, terminated,
                HeldOut.success(task, terminated, t));
    }
}
