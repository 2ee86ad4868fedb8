package org.hebb.gym.policy;

import java.util.Locale;

import org.hebb.gym.Box;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.gym.rng.Generator;

/**
 * Ready-made policies for checking a task: the one-line heuristics of the Gymnasium reference data (golden/gym
 * README, "heuristic") and a seeded uniform random policy.
 */
public final class Policies {

    /** The result of one episode. */
    public record Episode(double totalReward, int length, boolean terminated, boolean truncated) {
    }

    private Policies() {
    }

    /**
     * The reference data's heuristic for a task, on the float32 observation:
     * MountainCar-v0 {@code 2 if v >= 0 else 0}; MountainCarContinuous-v0 {@code +1.5 if v >= 0 else -1.5} (beyond
     * the bounds on purpose: clipped, and charged unclipped); CartPole-v1 {@code 1 if θ + 0.5·θ̇ > 0 else 0};
     * Pendulum-v1 {@code +3 if θ̇ >= 0 else -3} (clipped to ±2); Acrobot-v1 {@code 2 if θ̇2 >= 0 else 0}.
     */
    public static Policy heuristic(String envId) {
        Registry.spec(envId); // refuses unknown ids with the list of known ones
        return switch (envId) {
            case "MountainCar-v0" -> (obs, a) -> a[0] = obs[1] >= 0 ? 2 : 0;
            case "MountainCarContinuous-v0" -> (obs, a) -> a[0] = obs[1] >= 0 ? 1.5f : -1.5f;
            // numpy 2: obs[2] + 0.5 * obs[3] is a float32 sum
            case "CartPole-v1" -> (obs, a) -> a[0] = obs[2] + 0.5f * obs[3] > 0 ? 1 : 0;
            case "Pendulum-v1" -> (obs, a) -> a[0] = obs[2] >= 0 ? 3f : -3f;
            case "Acrobot-v1" -> (obs, a) -> a[0] = obs[5] >= 0 ? 2 : 0;
            default -> throw new IllegalArgumentException("heuristic policy: no heuristic for " + envId);
        };
    }

    /**
     * Uniformly random actions from a generator seeded with {@code seed}: a discrete index {@code floor(n·u)}, or a
     * box vector {@code low + (high - low)·u} rounded to float32. (Not the stream of Gymnasium's
     * {@code action_space.sample()}, which draws bounded integers differently.)
     */
    public static Policy random(Env env, long seed) {
        return random(env, Generator.of(seed));
    }

    /** As {@link #random(Env, long)}, drawing from the given generator. */
    public static Policy random(Env env, Generator rng) {
        if (env.actionSpace() instanceof Discrete d) {
            return (obs, a) -> a[0] = (int) (d.n() * rng.random());
        }
        Box box = (Box) env.actionSpace();
        return (obs, a) -> {
            for (int i = 0; i < box.size(); i++) {
                a[i] = (float) rng.uniform(box.low(i), box.high(i));
            }
        };
    }

    /** A policy by name: {@code heuristic} or {@code random} (drawing from rng). */
    public static Policy named(String name, Env env, Generator rng) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "heuristic" -> heuristic(env.spec().id());
            case "random" -> random(env, rng);
            default -> throw new IllegalArgumentException("policy: '" + name
                    + "' is not allowed; must be one of random, heuristic");
        };
    }

    /** Resets env with seed and runs policy until the episode ends. */
    public static Episode run(Env env, Policy policy, long seed) {
        return complete(env, policy, env.reset(seed).observation());
    }

    /** Resets env without a new seed (continuing its generator) and runs policy until the episode ends. */
    public static Episode run(Env env, Policy policy) {
        return complete(env, policy, env.reset().observation());
    }

    /** Runs policy from the current state of env, whose observation is obs, until the episode ends. */
    public static Episode complete(Env env, Policy policy, float[] obs) {
        int k = env.actionSpace() instanceof Box b ? b.size() : 1;
        float[] action = new float[k];
        double total = 0;
        StepResult r;
        do {
            policy.act(obs, action);
            r = Policy.step(env, action);
            total += r.reward();
            obs = r.observation();
        } while (!r.done());
        return new Episode(total, env.elapsedSteps(), r.terminated(), r.truncated());
    }
}
