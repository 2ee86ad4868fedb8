package org.hebb.gym;

import java.math.BigInteger;

/**
 * A control task with Gymnasium's interface, as {@code gymnasium.make(id)} returns it: {@code reset} / {@code step}
 * with the registered time limit applied like Gymnasium's {@code TimeLimit} wrapper and the call order enforced.
 *
 * <p>Seeding follows Gymnasium exactly: {@link #reset(long)} starts a new numpy generator
 * ({@code SeedSequence(seed) → PCG64 → Generator}); {@link #reset()} keeps drawing from the current one (or, before any
 * seed was given, from one seeded with fresh OS entropy, as numpy does).
 *
 * <p>Instances are not thread-safe: one thread steps one task (use one task per thread, or {@link VectorEnv}).
 *
 * <p>Order: {@code step} before the first {@code reset} is an error (Gymnasium's OrderEnforcing), and so is
 * {@code step} after the episode ended (terminated or truncated) — Gymnasium only warns there; hebb refuses.
 *
 * {@snippet :
 * Env env = Registry.make("MountainCar-v0");
 * float[] obs = env.reset(42).observation();
 * StepResult r;
 * do {
 *     r = env.step(obs[1] >= 0 ? 2 : 0);   // push in the direction of motion
 *     obs = r.observation();
 * } while (!r.done());
 * double[] s = env.state();                // the float64 state [position, velocity]
 * }
 */
public interface Env {

    /** The registry entry: id, time limit, reward threshold. */
    EnvSpec spec();

    /** The float32 observation space. */
    Box observationSpace();

    /** The action space: {@link Discrete} (use {@link #step(int)}) or {@link Box} (use {@link #step(float[])}). */
    Space actionSpace();

    /** {@code reset(seed=seed)}: a new generator from the seed (0 ≤ seed), then a new start state. */
    ResetResult reset(long seed);

    /** {@code reset(seed=seed)} for a seed in [0, 2<sup>128</sup>). */
    ResetResult reset(BigInteger seed);

    /** {@code reset()}: a new start state drawn from the generator the last seeded reset created. */
    ResetResult reset();

    /** One step with a discrete action index (for a {@link Discrete} action space). */
    StepResult step(int action);

    /**
     * One step with a continuous float32 action (for a {@link Box} action space); values outside the bounds are
     * clipped as the Gymnasium task clips them, NaN is refused.
     */
    StepResult step(float[] action);

    /**
     * The internal state ({@code env.unwrapped.state}) as float64 values, exact: for a task whose state is float32
     * at this moment (see {@link #stateDtype()}) the values are widened.
     */
    double[] state();

    /** {@link #state()} written into {@code out} (length at least the state size) without allocating; returns out. */
    double[] state(double[] out);

    /** The numpy dtype the internal state has now (Gymnasium keeps some states in float32). */
    DType stateDtype();

    /** Steps taken since the last reset (the TimeLimit's {@code elapsed_steps}); -1 before the first reset. */
    int elapsedSteps();
}
