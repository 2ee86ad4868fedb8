package org.hebb.cli.paradigms;

import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.LifParameters;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.rl.Dqn;
import org.hebb.learn.rl.DqnConfig;
import org.hebb.learn.rl.GradientLearner;
import org.hebb.learn.rl.HeldOut;
import org.hebb.learn.rl.Ppo;
import org.hebb.learn.rl.PpoConfig;

/**
 * A DQN or PPO agent (org.hebb.learn.rl) with docs/gradient.md's measured networks: ANN = MLP obs-64-64-actions
 * (ReLU); SNN = obs → 64 LIF → 64 LIF → leaky read-out (α 0, β 0.9), T = 6, atan surrogate, init scale 2. Seed s:
 * agent seed s, acting (Q or policy) network from 1000 + s, PPO's value network from 2000 + s. DQN uses
 * {@link DqnConfig#defaults()} (rl-zoo's CartPole schedule: half a gradient step per env step) on every task, PPO
 * {@link PpoConfig#defaults()}. The curve value of an episode is its training return (PPO: the mean of its rollout).
 */
final class GradientAgent implements Learner {

    static final int HIDDEN = 64;
    static final int STEPS = 6;

    private final GradientLearner agent;
    private final Network acting;
    private final Env test;

    GradientAgent(String envId, String method, boolean spiking, long seed) {
        Env env = Registry.make(envId);
        test = Registry.make(envId);
        int in = env.observationSpace().size();
        int out = ((Discrete) env.actionSpace()).n();
        acting = network(spiking, in, out, 1000L + seed);
        agent = method.equals("dqn") ? new Dqn(env, acting, DqnConfig.defaults(), seed)
                : new Ppo(env, acting, network(spiking, in, 1, 2000L + seed), PpoConfig.defaults(), seed);
    }

    static Network network(boolean spiking, int in, int out, long seed) {
        if (!spiking) {
            return Mlp.of(seed, Dense.Activation.RELU, in, HIDDEN, HIDDEN, out);
        }
        LifParameters lif = LifParameters.defaults().withInitScale(2.0);
        return Network.builder(in).steps(STEPS).lif(HIDDEN, lif).lif(HIDDEN, lif).readout(out, 0.0, 0.9).build(seed);
    }

    @Override
    public int advance(int episodes, double[] curve) {
        while (agent.episodes() < episodes) {
            int before = (int) agent.episodes();
            double r = agent.train();
            for (int e = before; e < Math.min(agent.episodes(), curve.length); e++) {
                curve[e] = r;
            }
        }
        return (int) agent.episodes();
    }

    @Override
    public Tested test() {
        return test(test, agent, acting);
    }

    /** The held-out test of {@code agent}'s greedy policy, counting the spikes of {@code acting}'s forward passes. */
    static Tested test(Env env, GradientLearner agent, Network acting) {
        SpikeTally tally = new SpikeTally();
        double mean = HeldOut.meanReturn(env, o -> {
            int a = agent.act(o);
            tally.add(acting.spikeCount());
            return a;
        });
        return tally.result(mean);
    }

    @Override
    public long macsPerDecision() {
        return acting.macsPerSample();
    }
}
