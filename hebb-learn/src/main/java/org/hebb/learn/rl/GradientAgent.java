package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.learn.gradient.Network;

/**
 * What {@link Dqn} and {@link Ppo} share, written once: the task and its observation scaling, the agent's one
 * {@link SplitMix64} stream, training reset seeds that skip the held-out block, the counters, the returns and lengths
 * of the episodes of the last training unit, the greedy action of the acting network, and the framing of the state
 * (counters and stream, then the method's own {@link #writeModel model}).
 */
public abstract sealed class GradientAgent implements GradientLearner permits Dqn, Ppo {

    final Env env;
    final Observations observations;
    final int actions;
    final int dim;
    final SplitMix64 rng;
    private final long seedBase;
    long envSteps;
    long episodes;
    private final double[] row; // one observation, reused by act
    private double[] unitReturns = new double[8];
    private int[] unitSteps = new int[8];
    private int unitEpisodes;

    /**
     * @param method the method's name for messages ("DQN", "PPO")
     * @param seed   the agent's random stream and the base of its training reset seeds
     */
    GradientAgent(Env env, String method, long seed) {
        if (!(env.actionSpace() instanceof Discrete d)) {
            throw new IllegalArgumentException("action space: " + env.actionSpace() + " is not allowed; " + method
                    + " needs Discrete");
        }
        this.env = env;
        this.observations = new Observations(env.observationSpace());
        this.actions = d.n();
        this.dim = observations.size();
        this.row = new double[dim];
        this.rng = new SplitMix64(seed);
        this.seedBase = seed * 1_000_003L & 0x3fff_ffff_ffffL; // distinct training reset seeds per agent seed
    }

    /** Refuses a network that does not map this task's observations to {@code outputs} values. */
    final void requireShape(String name, Network net, int outputs) {
        if (net.inputSize() != dim || net.outputSize() != outputs) {
            throw new IllegalArgumentException(name + ": " + net.inputSize() + " inputs, " + net.outputSize()
                    + " outputs is not allowed; must be " + dim + " inputs, " + outputs + " outputs for "
                    + env.spec().id());
        }
    }

    /** One training unit (DQN: an episode; PPO: a rollout of whole episodes); returns the mean episode return. */
    @Override
    public final double train() {
        unitEpisodes = 0;
        trainUnit();
        double sum = 0;
        for (int k = 0; k < unitEpisodes; k++) {
            sum += unitReturns[k];
        }
        return sum / unitEpisodes;
    }

    /** Plays and learns one unit, calling {@link #resetSeed()} at each episode's start and {@link #endEpisode} at its end. */
    abstract void trainUnit();

    /** The reset seed of the next training episode. */
    final long resetSeed() {
        return HeldOut.trainingSeed(seedBase, episodes);
    }

    /** Counts a finished training episode and logs its return and length. */
    final void endEpisode(double ret, int steps) {
        episodes++;
        if (unitEpisodes == unitReturns.length) {
            unitReturns = Arrays.copyOf(unitReturns, 2 * unitEpisodes);
            unitSteps = Arrays.copyOf(unitSteps, 2 * unitEpisodes);
        }
        unitReturns[unitEpisodes] = ret;
        unitSteps[unitEpisodes] = steps;
        unitEpisodes++;
    }

    /** The returns of the episodes of the last {@link #train()}, in play order. */
    public final double[] lastUnitReturns() {
        return Arrays.copyOf(unitReturns, unitEpisodes);
    }

    /** The lengths (env steps) of the episodes of the last {@link #train()}, in play order. */
    public final int[] lastUnitSteps() {
        return Arrays.copyOf(unitSteps, unitEpisodes);
    }

    /** The network whose largest output is the greedy action (DQN: the online Q-network; PPO: the policy). */
    public abstract Network actingNetwork();

    /** The greedy action for a raw observation (the held-out test's policy). */
    @Override
    public final int act(float[] observation) {
        return greedy(actingNetwork(), observations, observation, row);
    }

    /** The largest output of {@code net} for a raw observation scaled into {@code row}. */
    static int greedy(Network net, Observations observations, float[] observation, double[] row) {
        observations.write(observation, row, 0);
        return GradientLearner.argmax(net.forward(row, 1));
    }

    @Override
    public final long envSteps() {
        return envSteps;
    }

    @Override
    public final long episodes() {
        return episodes;
    }

    /** Counters and random stream, then {@link #writeModel}: everything that evolves. */
    @Override
    public final void writeState(DataOutput out) throws IOException {
        out.writeLong(envSteps);
        out.writeLong(episodes);
        rng.writeState(out);
        writeModel(out);
    }

    @Override
    public final void readState(DataInput in) throws IOException {
        envSteps = in.readLong();
        episodes = in.readLong();
        rng.readState(in);
        readModel(in);
    }

    /**
     * BPTT through {@code net}; a non-finite gradient's message (layer and time step, from the network) then also
     * names which of the agent's networks it is.
     */
    static void backward(String name, Network net, double[] outputGradient) {
        try {
            net.backward(outputGradient);
        } catch (IllegalStateException e) {
            String m = e.getMessage();
            if (m == null || !m.startsWith("gradient: ")) {
                throw e;
            }
            throw new IllegalStateException(m.replaceFirst(" in layer ", " in the " + name + "'s layer "), e);
        }
    }

    /** The method's own state: networks, optimizer moments, replay. */
    abstract void writeModel(DataOutput out) throws IOException;

    abstract void readModel(DataInput in) throws IOException;
}
