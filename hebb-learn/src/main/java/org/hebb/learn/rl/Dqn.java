package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hebb.gym.Env;
import org.hebb.gym.StepResult;
import org.hebb.learn.gradient.Adam;
import org.hebb.learn.gradient.Loss;
import org.hebb.learn.gradient.Network;

/**
 * Deep Q-learning (Mnih et al. 2015): ε-greedy acting, experience replay, a target network copied every
 * {@code targetUpdate} env steps, {@code gradientSteps} gradient steps every {@code trainEvery} env steps, Huber
 * loss on {@code r + γ·(1 − terminated)·max_a′ Q_target(s′, a′)}, Adam. The
 * Q-network is any {@link Network}: an MLP, or a spiking net whose Q-values are its read-out membrane (DSQN,
 * Akl et al. 2023).
 *
 * <p>Deterministic: one {@link SplitMix64} stream (exploration and replay sampling) and env resets by seed
 * ({@link HeldOut#trainingSeed}); {@link #writeState}/{@link #readState} at an episode boundary resume exactly.
 */
public final class Dqn extends GradientAgent {

    private final DqnConfig config;
    private final Network online;
    private final Network target;
    private final Adam adam;
    private final ReplayBuffer replay;
    private double lastLoss = Double.NaN;
    // reused batch arrays
    private final double[] s;
    private final double[] s2;
    private final int[] a;
    private final double[] r;
    private final boolean[] term;
    private final double[] targets;
    private final double[] grad;

    /**
     * @param env      the task (discrete actions)
     * @param qNetwork the online Q-network: input = observation size, output = action count
     * @param seed     the agent's random stream and the base of its training reset seeds
     */
    public Dqn(Env env, Network qNetwork, DqnConfig config, long seed) {
        super(env, "DQN", seed);
        this.config = config;
        requireShape("q-network", qNetwork, actions);
        this.online = qNetwork;
        this.target = qNetwork.copy();
        this.adam = new Adam(qNetwork.parameterCount(), config.learningRate(), config.maxGradNorm());
        this.replay = new ReplayBuffer(config.bufferSize(), dim);
        int n = config.batch();
        s = new double[n * dim];
        s2 = new double[n * dim];
        a = new int[n];
        r = new double[n];
        term = new boolean[n];
        targets = new double[n];
        grad = new double[n * actions];
    }

    /** Plays one training episode (acting, storing, learning); returns its undiscounted return. */
    public double trainEpisode() {
        return train();
    }

    /** The training unit: one episode. */
    @Override
    void trainUnit() {
        float[] obs = env.reset(resetSeed()).observation();
        double[] x = new double[dim];
        double[] x2 = new double[dim];
        observations.write(obs, x, 0);
        double ret = 0;
        int steps = 0;
        StepResult step;
        do {
            int action = rng.nextDouble() < config.epsilon(envSteps) ? rng.nextInt(actions) : greedy(x);
            step = env.step(action);
            observations.write(step.observation(), x2, 0);
            replay.add(x, action, step.reward(), x2, step.terminated());
            ret += step.reward();
            steps++;
            envSteps++;
            if (envSteps >= config.learningStarts() && envSteps % config.trainEvery() == 0) {
                for (int k = 0; k < config.gradientSteps(); k++) {
                    lastLoss = learn();
                }
            }
            if (envSteps % config.targetUpdate() == 0) {
                target.setParameters(online.parameters());
            }
            double[] swap = x;
            x = x2;
            x2 = swap;
        } while (!step.done());
        endEpisode(ret, steps);
    }

    /** One gradient step on a replay sample; returns the Huber loss before the step. */
    public double learn() {
        int n = config.batch();
        replay.sample(rng, n, s, a, r, s2, term);
        double[] qNext = target.forward(s2, n);
        for (int b = 0; b < n; b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < actions; k++) {
                max = Math.max(max, qNext[b * actions + k]);
            }
            targets[b] = r[b] + (term[b] ? 0.0 : config.gamma() * max); // Mnih et al. 2015, Algorithm 1
        }
        double[] q = online.forward(s, n);
        double loss = Loss.huber(q, a, targets, n, actions, grad);
        online.zeroGradients();
        backward("q-network", online, grad);
        adam.step(online.parameters(), online.gradients());
        return loss;
    }

    private int greedy(double[] x) { // the greedy action for a scaled observation
        return GradientLearner.argmax(online.forward(x, 1));
    }

    public double lastLoss() {
        return lastLoss;
    }

    public Network network() {
        return online;
    }

    /** The online Q-network: the greedy action is its largest Q-value. */
    @Override
    public Network actingNetwork() {
        return online;
    }

    public ReplayBuffer replay() {
        return replay;
    }

    /** Both networks, Adam's moments, the replay buffer (after the counters and the stream). */
    @Override
    void writeModel(DataOutput out) throws IOException {
        online.writeState(out);
        target.writeState(out);
        adam.writeState(out);
        replay.writeState(out);
    }

    @Override
    void readModel(DataInput in) throws IOException {
        online.readState(in);
        target.readState(in);
        adam.readState(in);
        replay.readState(in);
    }
}
