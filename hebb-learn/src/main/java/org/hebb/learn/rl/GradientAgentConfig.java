package org.hebb.learn.rl;

import java.io.Serializable;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.learn.gradient.Network;

/**
 * One gradient agent, fully described: the method (DQN or PPO) with its hyper-parameters, the networks' shape, the
 * task, and the training budget. {@link #build(long)} makes the agent for a seed the documented way (networks from
 * {@code SplittableRandom(1000 + seed)} for the Q-network or policy and {@code (2000 + seed)} for PPO's value network,
 * docs/gradient.md §5); {@link GradientRun} trains it for the budget.
 *
 * @param method         DQN or PPO
 * @param network        the networks' shape (PPO's value network has the same hidden layers and one output)
 * @param envId          a registered task with discrete actions
 * @param dqn            DQN's hyper-parameters (null unless method is DQN)
 * @param ppo            PPO's hyper-parameters (null unless method is PPO)
 * @param budgetSteps    stop at the first training-unit boundary with at least this many env steps (0: no limit)
 * @param budgetEpisodes stop at the first training-unit boundary with at least this many episodes (0: no limit)
 */
public record GradientAgentConfig(Method method, NetworkSpec network, String envId, DqnConfig dqn, PpoConfig ppo,
                                  long budgetSteps, long budgetEpisodes) implements Serializable {

    /** The gradient methods. */
    public enum Method {
        DQN, PPO;

        /** The name in configs and tables: dqn, ppo. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public GradientAgentConfig {
        if (!(Registry.make(envId).actionSpace() instanceof Discrete)) { // make refuses an unknown id with the list
            throw new IllegalArgumentException("env: " + envId + " is not allowed; DQN and PPO here need discrete"
                    + " actions (CartPole-v1, Acrobot-v1, MountainCar-v0)");
        }
        if ((method == Method.DQN) != (dqn != null) || (method == Method.PPO) != (ppo != null)) {
            throw new IllegalArgumentException("hyper-parameters: " + (dqn != null ? "dqn " : "") + (ppo != null
                    ? "ppo " : "") + "given is not allowed for method " + method.label() + "; must be exactly its own");
        }
        if (budgetSteps < 0 || budgetEpisodes < 0 || budgetSteps == 0 && budgetEpisodes == 0) {
            throw new IllegalArgumentException("budget: " + budgetSteps + " env steps, " + budgetEpisodes
                    + " episodes is not allowed; each must be >= 0 and at least one > 0");
        }
    }

    /** A PPO agent with {@link PpoConfig#defaults()}. */
    public static GradientAgentConfig ppo(String envId, NetworkSpec network, long budgetSteps, long budgetEpisodes) {
        return new GradientAgentConfig(Method.PPO, network, envId, null, PpoConfig.defaults(), budgetSteps,
                budgetEpisodes);
    }

    /** A DQN agent with {@link DqnConfig#defaults()} (rl-zoo's CartPole values; {@link DqnConfig#acrobot()} on Acrobot). */
    public static GradientAgentConfig dqn(String envId, NetworkSpec network, long budgetSteps, long budgetEpisodes) {
        return new GradientAgentConfig(Method.DQN, network, envId, null, null, budgetSteps, budgetEpisodes)
                .withDqn(envId.startsWith("Acrobot") ? DqnConfig.acrobot() : DqnConfig.defaults());
    }

    private GradientAgentConfig withDqn(DqnConfig c) {
        return new GradientAgentConfig(method, network, envId, c, ppo, budgetSteps, budgetEpisodes);
    }

    /** The same agent with another budget. */
    public GradientAgentConfig withBudget(long steps, long episodes) {
        return new GradientAgentConfig(method, network, envId, dqn, ppo, steps, episodes);
    }

    /** The acting network (Q-network or policy) of a fresh agent of seed {@code seed}, or only its shape. */
    public Network actingNetwork(Env env, long seed) {
        return network.build(env.observationSpace().size(), ((Discrete) env.actionSpace()).n(), 1000L + seed);
    }

    /** A fresh agent on a fresh env. */
    public GradientAgent build(long seed) {
        Env env = Registry.make(envId);
        Network acting = actingNetwork(env, seed);
        return switch (method) {
            case DQN -> new Dqn(env, acting, dqn, seed);
            case PPO -> new Ppo(env, acting, network.build(env.observationSpace().size(), 1, 2000L + seed), ppo,
                    seed);
        };
    }

    /** Whether an agent with these counters has used its budget. */
    public boolean budgetReached(long envSteps, long episodes) {
        return budgetSteps > 0 && envSteps >= budgetSteps || budgetEpisodes > 0 && episodes >= budgetEpisodes;
    }
}
