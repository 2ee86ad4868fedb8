package org.hebb.gym;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;

import org.hebb.gym.rng.Generator;

/**
 * The common part of the five classic-control tasks: the seeded generator ({@code Env.np_random}), the time limit
 * ({@code TimeLimit}), the order checks ({@code OrderEnforcing} plus hebb's refusal to step an ended episode) and
 * action validation. Subclasses hold the state in primitive fields and implement the dynamics allocation-free, so
 * {@link VectorEnv} can drive many copies without garbage.
 */
public abstract sealed class ClassicControlEnv implements Env
        permits MountainCarV0, MountainCarContinuousV0, CartPoleV1, PendulumV1, AcrobotV1 {

    private final EnvSpec spec;
    private final Box observationSpace;
    private final Space actionSpace;
    private Generator rng;
    private int elapsed = -1;
    private boolean ended;

    /** Reward of the last dynamics step, set by {@link #advance}. */
    double reward;
    /** Whether the last dynamics step reached a terminal state, set by {@link #advance}. */
    boolean terminated;
    private boolean truncated;

    ClassicControlEnv(EnvSpec spec, Box observationSpace, Space actionSpace) {
        this.spec = Objects.requireNonNull(spec);
        this.observationSpace = observationSpace;
        this.actionSpace = actionSpace;
    }

    // ---- dynamics, implemented by each task ----

    /** Draws a start state from rng (the task's {@code reset} after {@code super().reset(seed)}). */
    abstract void resetState(Generator rng);

    /** One discrete-action transition; sets {@link #reward} and {@link #terminated}. Action already validated. */
    void advance(int action) {
        throw new AssertionError("discrete step on " + spec.id());
    }

    /** One continuous-action transition with a non-NaN float32 action; sets {@link #reward} and {@link #terminated}. */
    void advance(float[] action) {
        throw new AssertionError("continuous step on " + spec.id());
    }

    /** Writes the float32 observation of the current state to {@code out[offset ...]}. */
    abstract void observe(float[] out, int offset);

    /** Writes the internal state, as float64, to {@code out[0 ...]}. */
    abstract void readState(double[] out);

    /** Number of internal state variables. */
    abstract int stateSize();

    /** Sets the internal state from float64 values and the numpy dtype it had (for tests that start mid-episode). */
    abstract void loadState(double[] in, DType dtype);

    /** Puts the task mid-episode: the given state, {@code elapsedSteps} steps taken, not ended. */
    final void restore(double[] state, DType dtype, int elapsedSteps) {
        if (state.length != stateSize()) {
            throw new IllegalArgumentException(spec.id() + " state: length " + state.length
                    + " is not allowed; must be " + stateSize());
        }
        loadState(state, dtype);
        elapsed = elapsedSteps;
        ended = false;
    }

    // ---- Env ----

    @Override
    public final EnvSpec spec() {
        return spec;
    }

    @Override
    public final Box observationSpace() {
        return observationSpace;
    }

    @Override
    public final Space actionSpace() {
        return actionSpace;
    }

    @Override
    public final ResetResult reset(long seed) {
        return reset(BigInteger.valueOf(seed));
    }

    @Override
    public final ResetResult reset(BigInteger seed) {
        float[] obs = new float[observationSpace.size()];
        resetInto(seed, obs, 0);
        return new ResetResult(obs, Map.of());
    }

    @Override
    public final ResetResult reset() {
        float[] obs = new float[observationSpace.size()];
        resetInto(obs, 0);
        return new ResetResult(obs, Map.of());
    }

    @Override
    public final StepResult step(int action) {
        float[] obs = new float[observationSpace.size()];
        stepInto(action, obs, 0);
        return new StepResult(obs, reward, terminated, truncated, Map.of());
    }

    @Override
    public final StepResult step(float[] action) {
        float[] obs = new float[observationSpace.size()];
        stepInto(action, obs, 0);
        return new StepResult(obs, reward, terminated, truncated, Map.of());
    }

    @Override
    public final double[] state() {
        double[] s = new double[stateSize()];
        readState(s);
        return s;
    }

    @Override
    public final double[] state(double[] out) {
        if (out.length < stateSize()) {
            throw new IllegalArgumentException(spec.id() + " state buffer: length " + out.length
                    + " is not allowed; must be >= " + stateSize());
        }
        readState(out);
        return out;
    }

    @Override
    public DType stateDtype() {
        return DType.FLOAT64;
    }

    @Override
    public final int elapsedSteps() {
        return elapsed;
    }

    // ---- allocation-free core, shared with VectorEnv ----

    /** Reset without a new seed, writing the observation to {@code obs[offset ...]}. */
    final void resetInto(float[] obs, int offset) {
        if (rng == null) {
            // numpy SeedSequence(None): 128 bits of fresh OS entropy
            rng = Generator.of(new BigInteger(128, new SecureRandom()));
        }
        resetState(rng);
        elapsed = 0;
        ended = false;
        terminated = false;
        truncated = false;
        reward = 0;
        observe(obs, offset);
    }

    /** Seeded reset writing the observation to {@code obs[offset ...]}; Env.reset: a new np_random from the seed. */
    final void resetInto(BigInteger seed, float[] obs, int offset) {
        // gymnasium.utils.seeding.np_random: any int >= 0; numpy's SeedSequence hashes integers of any size
        if (seed.signum() < 0) {
            throw new IllegalArgumentException(spec.id() + " seed: " + seed
                    + " is not allowed; must be an integer >= 0");
        }
        rng = Generator.of(seed);
        resetInto(obs, offset);
    }

    final void stepInto(int action, float[] obs, int offset) {
        if (!(actionSpace instanceof Discrete d)) {
            throw new IllegalArgumentException(spec.id() + " action: a discrete index (" + action
                    + ") is not allowed; must be a float32 array of " + ((Box) actionSpace).size() + " number(s)");
        }
        if (!d.contains(action)) {
            throw new IllegalArgumentException(spec.id() + " action: " + action + " is not allowed; must be one of "
                    + d.describeValues());
        }
        checkOrder();
        advance(action);
        finishStep(obs, offset);
    }

    final void stepInto(float[] action, float[] obs, int offset) {
        if (!(actionSpace instanceof Box b)) {
            throw new IllegalArgumentException(spec.id() + " action: an array of " + action.length
                    + " number(s) is not allowed; must be one index of " + ((Discrete) actionSpace).describeValues());
        }
        if (action.length != b.size()) {
            throw new IllegalArgumentException(spec.id() + " action: shape (" + action.length
                    + ",) is not allowed; must be (" + b.size() + ",)");
        }
        for (int i = 0; i < action.length; i++) {
            if (Float.isNaN(action[i])) {
                throw new IllegalArgumentException(spec.id() + " action[" + i + "]: NaN is not allowed; must be a number"
                        + " (values outside [" + b.low(i) + ", " + b.high(i) + "] are clipped)");
            }
        }
        checkOrder();
        advance(action);
        finishStep(obs, offset);
    }

    private void checkOrder() {
        if (elapsed < 0) {
            // OrderEnforcing: ResetNeeded("Cannot call env.step() before calling env.reset()")
            throw new IllegalStateException(spec.id() + " step: called before reset(); call reset(seed) first");
        }
        if (ended) {
            throw new IllegalStateException(spec.id() + " step: the episode already ended (" + (terminated
                    ? "terminated" : "truncated") + " at step " + elapsed + "); call reset() first");
        }
    }

    private void finishStep(float[] obs, int offset) {
        elapsed++;
        // TimeLimit.step: truncated once elapsed_steps >= max_episode_steps
        truncated = elapsed >= spec.maxEpisodeSteps();
        ended = terminated || truncated;
        observe(obs, offset);
    }

    /** Reward of the last step (0 right after a reset). */
    final double lastReward() {
        return reward;
    }

    final boolean lastTerminated() {
        return terminated;
    }

    final boolean lastTruncated() {
        return truncated;
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
