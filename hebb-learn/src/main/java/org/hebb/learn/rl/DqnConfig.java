package org.hebb.learn.rl;

import org.hebb.learn.gradient.Adam;

/**
 * DQN's hyper-parameters (Mnih et al. 2015), validated once.
 *
 * @param gamma          discount γ, in [0, 1]
 * @param learningRate   Adam step size, &gt; 0
 * @param batch          transitions per gradient step, ≥ 1
 * @param bufferSize     replay capacity, ≥ batch
 * @param learningStarts env steps of pure exploration before the first gradient step, ≥ 0
 * @param trainEvery     env steps between bursts of gradient steps, ≥ 1
 * @param gradientSteps  gradient steps per burst, ≥ 1
 * @param targetUpdate   env steps between copies of the online network into the target network, ≥ 1
 * @param epsilonStart   exploration ε at step 0, in [0, 1]
 * @param epsilonEnd     ε after the decay, in [0, 1]
 * @param epsilonDecay   env steps of the linear decay from start to end, ≥ 1
 * @param maxGradNorm    gradient clipping norm (0: none), ≥ 0
 */
public record DqnConfig(double gamma, double learningRate, int batch, int bufferSize, int learningStarts,
                        int trainEvery, int gradientSteps, int targetUpdate, double epsilonStart, double epsilonEnd,
                        int epsilonDecay,
                        double maxGradNorm) implements java.io.Serializable {

    public DqnConfig {
        requireUnit("gamma", gamma);
        requireUnit("epsilon start", epsilonStart);
        requireUnit("epsilon end", epsilonEnd);
        Adam.requireLearningRate(learningRate);
        requireAtLeast("batch", batch, 1);
        requireAtLeast("buffer size", bufferSize, batch);
        requireAtLeast("learning starts", learningStarts, 0);
        requireAtLeast("train every", trainEvery, 1);
        requireAtLeast("gradient steps", gradientSteps, 1);
        requireAtLeast("target update", targetUpdate, 1);
        requireAtLeast("epsilon decay", epsilonDecay, 1);
        if (!(maxGradNorm >= 0)) {
            throw new IllegalArgumentException("max gradient norm: " + maxGradNorm + " is not allowed; must be >= 0");
        }
    }

    /**
     * rl-baselines3-zoo's tuned CartPole-v1 DQN (hyperparams/dqn.yml): γ 0.99, lr 2.3e-3, batch 64, buffer 100,000,
     * learning starts 1,000, 128 gradient steps every 256 env steps, target copy every 10 env steps, ε 1 → 0.04 over
     * 8,000 steps (exploration fraction 0.16 of 50,000), clip norm 10 (SB3's default).
     */
    public static DqnConfig defaults() {
        return new DqnConfig(0.99, 2.3e-3, 64, 100_000, 1_000, 256, 128, 10, 1.0, 0.04, 8_000, 10.0);
    }

    /**
     * rl-baselines3-zoo's tuned Acrobot-v1 DQN (hyperparams/dqn.yml): γ 0.99, lr 6.3e-4, batch 128, buffer 50,000,
     * learning after 128 steps (the zoo: 0; here one batch is stored first), 4 gradient steps every 4 env steps,
     * target copy every 250 steps, ε 1 → 0.1 over 12,000 steps (exploration fraction 0.12 of 100,000), clip norm 10.
     */
    public static DqnConfig acrobot() {
        return new DqnConfig(0.99, 6.3e-4, 128, 50_000, 128, 4, 4, 250, 1.0, 0.1, 12_000, 10.0);
    }

    /** The ε-greedy schedule: linear from start to end over {@code epsilonDecay} steps, then constant. */
    public double epsilon(long step) {
        double f = Math.min(1.0, step / (double) epsilonDecay);
        return epsilonStart + f * (epsilonEnd - epsilonStart);
    }

    public DqnConfig withLearningRate(double lr) {
        return new DqnConfig(gamma, lr, batch, bufferSize, learningStarts, trainEvery, gradientSteps, targetUpdate,
                epsilonStart, epsilonEnd, epsilonDecay, maxGradNorm);
    }

    public DqnConfig withSchedule(int learningStarts, int trainEvery, int gradientSteps, int targetUpdate,
                                  int epsilonDecay) {
        return new DqnConfig(gamma, learningRate, batch, bufferSize, learningStarts, trainEvery, gradientSteps,
                targetUpdate, epsilonStart, epsilonEnd, epsilonDecay, maxGradNorm);
    }

    static void requireUnit(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + ": " + v + " is not allowed; must be in [0, 1]");
        }
    }

    static void requireAtLeast(String field, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException(field + ": " + v + " is not allowed; must be >= " + min);
        }
    }
}
