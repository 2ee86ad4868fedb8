package org.hebb.learn.rl;

import org.hebb.learn.gradient.Adam;

/**
 * PPO-clip's hyper-parameters (Schulman et al. 2017), validated once.
 *
 * @param gamma         discount γ, in [0, 1]
 * @param lambda        GAE λ (Schulman et al. 2016), in [0, 1]
 * @param learningRate  Adam step size for policy and value, &gt; 0
 * @param rolloutSteps  at least this many transitions per rollout (whole episodes), ≥ 1
 * @param epochs        passes over a rollout, ≥ 1
 * @param minibatch     transitions per gradient step, ≥ 1
 * @param clip          ε of the clipped ratio, &gt; 0
 * @param entropy       entropy bonus coefficient, ≥ 0
 * @param maxGradNorm   gradient clipping norm (0: none), ≥ 0
 */
public record PpoConfig(double gamma, double lambda, double learningRate, int rolloutSteps, int epochs, int minibatch,
                        double clip, double entropy, double maxGradNorm) implements java.io.Serializable {

    public PpoConfig {
        DqnConfig.requireUnit("gamma", gamma);
        DqnConfig.requireUnit("lambda", lambda);
        Adam.requireLearningRate(learningRate);
        DqnConfig.requireAtLeast("rollout steps", rolloutSteps, 1);
        DqnConfig.requireAtLeast("epochs", epochs, 1);
        DqnConfig.requireAtLeast("minibatch", minibatch, 1);
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip: " + clip + " is not allowed; must be > 0");
        }
        if (!(entropy >= 0) || Double.isInfinite(entropy)) {
            throw new IllegalArgumentException("entropy: " + entropy + " is not allowed; must be finite and >= 0");
        }
        if (!(maxGradNorm >= 0)) {
            throw new IllegalArgumentException("max gradient norm: " + maxGradNorm + " is not allowed; must be >= 0"
                    + " (0 = no clipping)");
        }
    }

    /**
     * Close to rl-baselines3-zoo's CartPole-v1 PPO (hyperparams/ppo.yml: γ 0.98, λ 0.8, lr 1e-3, 20 epochs, clip 0.2,
     * no entropy bonus) with one env: rollouts of ≥ 256 steps, minibatch 64, 10 epochs, clip norm 0.5.
     */
    public static PpoConfig defaults() {
        return new PpoConfig(0.98, 0.8, 1e-3, 256, 10, 64, 0.2, 0.0, 0.5);
    }
}
