package org.hebb.gym;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * N independent copies of one task stepped together, as Gymnasium 1.x's {@code SyncVectorEnv} with its default
 * {@code AutoresetMode.NEXT_STEP}: when copy i ended (terminated or truncated) on one call to {@code step}, the next
 * call resets it (without a new seed, continuing its own generator) instead of stepping it, and reports the reset
 * observation with reward 0 and both flags false; the action given for it on that call is ignored.
 *
 * <p>Results live in structure-of-arrays buffers that every call overwrites (no allocation per step):
 * {@link #observations()} holds copy i's observation at {@code [i * obsSize, (i + 1) * obsSize)}.
 *
 * {@snippet :
 * VectorEnv envs = Registry.makeVec("MountainCar-v0", 1024);
 * envs.reset(0);                          // copy i seeded with 0 + i, as SyncVectorEnv.reset(seed=0)
 * int[] actions = new int[1024];
 * float[] obs = envs.observations();
 * for (int t = 0; t < 200; t++) {
 *     for (int i = 0; i < 1024; i++) {
 *         actions[i] = obs[2 * i + 1] >= 0 ? 2 : 0;
 *     }
 *     envs.step(actions);
 * }
 * }
 */
public final class VectorEnv {

    private final ClassicControlEnv[] envs;
    private final int numEnvs;
    private final int obsSize;
    private final int actionSize;
    private final float[] observations;
    private final double[] rewards;
    private final boolean[] terminations;
    private final boolean[] truncations;
    private final boolean[] autoreset;
    private final float[] oneAction;
    private boolean wasReset;

    VectorEnv(ClassicControlEnv[] envs) {
        this.envs = envs;
        this.numEnvs = envs.length;
        this.obsSize = envs[0].observationSpace().size();
        this.actionSize = envs[0].actionSpace() instanceof Box b ? b.size() : 1;
        this.observations = new float[numEnvs * obsSize];
        this.rewards = new double[numEnvs];
        this.terminations = new boolean[numEnvs];
        this.truncations = new boolean[numEnvs];
        this.autoreset = new boolean[numEnvs];
        this.oneAction = new float[actionSize];
    }

    /** Number of copies. */
    public int numEnvs() {
        return numEnvs;
    }

    /** The spec shared by all copies. */
    public EnvSpec spec() {
        return envs[0].spec();
    }

    /** The observation space of one copy. */
    public Box singleObservationSpace() {
        return envs[0].observationSpace();
    }

    /** The action space of one copy. */
    public Space singleActionSpace() {
        return envs[0].actionSpace();
    }

    /** {@code reset(seed=seed)}: copy i is reset with seed {@code seed + i}. */
    public void reset(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException(spec().id() + " seed: " + seed
                    + " is not allowed; must be an integer >= 0");
        }
        BigInteger base = BigInteger.valueOf(seed);
        for (int i = 0; i < numEnvs; i++) {
            envs[i].resetInto(base.add(BigInteger.valueOf(i)), observations, i * obsSize);
        }
        clearFlags();
    }

    /** {@code reset(seed=[s0, s1, ...])}: copy i is reset with {@code seeds[i]}. */
    public void reset(long[] seeds) {
        if (seeds.length != numEnvs) {
            throw new IllegalArgumentException("seeds: length " + seeds.length + " is not allowed; must be num_envs = "
                    + numEnvs);
        }
        for (int i = 0; i < numEnvs; i++) {
            if (seeds[i] < 0) {
                throw new IllegalArgumentException(spec().id() + " seed[" + i + "]: " + seeds[i]
                        + " is not allowed; must be an integer >= 0");
            }
        }
        for (int i = 0; i < numEnvs; i++) {
            envs[i].resetInto(BigInteger.valueOf(seeds[i]), observations, i * obsSize);
        }
        clearFlags();
    }

    /** {@code reset()}: every copy draws a new start from its own generator. */
    public void reset() {
        for (int i = 0; i < numEnvs; i++) {
            envs[i].resetInto(observations, i * obsSize);
        }
        clearFlags();
    }

    private void clearFlags() {
        Arrays.fill(rewards, 0);
        Arrays.fill(terminations, false);
        Arrays.fill(truncations, false);
        Arrays.fill(autoreset, false);
        wasReset = true;
    }

    /** One step of every copy with discrete actions ({@code actions.length == numEnvs}). */
    public void step(int[] actions) {
        if (actions.length != numEnvs) {
            throw new IllegalArgumentException(spec().id() + " actions: shape (" + actions.length
                    + ",) is not allowed; must be (" + numEnvs + ",)");
        }
        checkReset();
        for (int i = 0; i < numEnvs; i++) {
            ClassicControlEnv env = envs[i];
            if (autoreset[i]) {
                nextStepReset(i);
            } else {
                env.stepInto(actions[i], observations, i * obsSize);
                record(i, env);
            }
        }
    }

    /** One step of every copy with continuous actions: copy i's action at {@code [i * k, (i + 1) * k)}. */
    public void step(float[] actions) {
        if (actions.length != numEnvs * actionSize) {
            throw new IllegalArgumentException(spec().id() + " actions: " + actions.length
                    + " numbers is not allowed; must be num_envs * " + actionSize + " = " + numEnvs * actionSize);
        }
        checkReset();
        for (int i = 0; i < numEnvs; i++) {
            ClassicControlEnv env = envs[i];
            if (autoreset[i]) {
                nextStepReset(i);
            } else {
                System.arraycopy(actions, i * actionSize, oneAction, 0, actionSize);
                env.stepInto(oneAction, observations, i * obsSize);
                record(i, env);
            }
        }
    }

    private void checkReset() {
        if (!wasReset) {
            throw new IllegalStateException(spec().id() + " vector step: called before reset(); call reset(seed) first");
        }
    }

    private void nextStepReset(int i) {
        // SyncVectorEnv.step, NEXT_STEP: reset instead of step; reward 0, flags false
        envs[i].resetInto(observations, i * obsSize);
        rewards[i] = 0.0;
        terminations[i] = false;
        truncations[i] = false;
        autoreset[i] = false;
    }

    private void record(int i, ClassicControlEnv env) {
        rewards[i] = env.lastReward();
        terminations[i] = env.lastTerminated();
        truncations[i] = env.lastTruncated();
        autoreset[i] = terminations[i] || truncations[i];
    }

    /** Observations of all copies after the last call (live buffer, overwritten by the next call). */
    public float[] observations() {
        return observations;
    }

    /** Rewards of the last step (live buffer). */
    public double[] rewards() {
        return rewards;
    }

    /** Terminated flags of the last step (live buffer). */
    public boolean[] terminations() {
        return terminations;
    }

    /** Truncated flags of the last step (live buffer). */
    public boolean[] truncations() {
        return truncations;
    }

    /** The float64 internal state of copy i (see {@link Env#state()}). */
    public double[] state(int i) {
        return envs[i].state();
    }

    /** Copy i's float64 state written into out without allocating; returns out. */
    public double[] state(int i, double[] out) {
        return envs[i].state(out);
    }

    /** The numpy dtype of copy i's internal state now (see {@link Env#stateDtype()}). */
    public DType stateDtype(int i) {
        return envs[i].stateDtype();
    }

    /** Steps copy i has taken in its current episode. */
    public int elapsedSteps(int i) {
        return envs[i].elapsedSteps();
    }
}
