package org.hebb.learn.control;

import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;

/**
 * Runs a {@link SpikingController} on its Gymnasium task: a new network and a new env per episode, the env reset with
 * {@code reset(seed=seed)}, the controller fed the float32 observation widened to double before each step (the
 * observation, not the internal state, because the two differ for Acrobot and Pendulum).
 */
public final class ControlEpisode {

    private ControlEpisode() {
    }

    /** What one episode gave. */
    public record Result(double totalReward, int steps, boolean terminated) {
    }

    /**
     * One episode of at most {@code maxSteps} env steps; it also ends when Gymnasium ends it (termination or the
     * registered time limit).
     */
    public static Result run(double[] genome, ControllerConfig config, long seed, int maxSteps) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed: " + seed + " is not allowed; must be >= 0");
        }
        SpikingController c = new SpikingController(genome, config);
        Env env = Registry.make(config.envId());
        float[] obs = env.reset(seed).observation();
        double[] x = new double[obs.length];
        boolean discrete = config.discrete();
        double total = 0;
        int t = 0;
        while (t < maxSteps) {
            for (int d = 0; d < obs.length; d++) {
                x[d] = obs[d];
            }
            StepResult r = discrete ? env.step(c.stepDiscrete(x)) : env.step(c.stepContinuous(x));
            t++;
            total += r.reward();
            obs = r.observation();
            if (r.terminated()) {
                return new Result(total, t, true);
            }
            if (r.truncated()) {
                break;
            }
        }
        return new Result(total, t, false);
    }

    /** A fitness episode: at most {@link ControllerConfig#episodeSteps()} steps. */
    public static Result fitnessEpisode(double[] genome, ControllerConfig config, long seed) {
        return run(genome, config, seed, config.episodeSteps());
    }
}
