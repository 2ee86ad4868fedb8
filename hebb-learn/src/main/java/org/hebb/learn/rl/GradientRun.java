package org.hebb.learn.rl;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.EpisodeResult;

/**
 * One gradient agent trained for its budget, one training unit at a time (DQN: an episode; PPO: a rollout of whole
 * episodes), with the log of every training episode (return, length, cumulative env steps). Between units the run is
 * at an episode boundary: {@link #write}/{@link #read} there resume it bit for bit. Everything runs on the calling
 * thread, so the result does not depend on the number of threads.
 *
 * {@snippet :
 * GradientAgentConfig c = GradientAgentConfig.ppo("CartPole-v1",
 *         NetworkSpec.snn(6, LifParameters.defaults().withInitScale(2.0), 0.0, 0.9, 64, 64), 50_000, 0);
 * double[] returns = GradientRun.train(c, 0);            // per training episode, until the budget
 * }
 */
public final class GradientRun {

    /** Version of {@link #write}'s format. */
    private static final int FORMAT = 1;

    private final GradientAgentConfig config;
    private final long seed;
    private final GradientAgent agent;
    private double[] returns = new double[64];
    private int[] steps = new int[64];
    private long[] envSteps = new long[64];
    private int episodes;

    /** A fresh run of {@code config} with agent seed {@code seed}. */
    public GradientRun(GradientAgentConfig config, long seed) {
        this.config = config;
        this.seed = seed;
        this.agent = config.build(seed);
    }

    /** Trains a fresh agent until its budget; returns the return of every training episode, in order. */
    public static double[] train(GradientAgentConfig config, long seed) {
        GradientRun run = new GradientRun(config, seed);
        while (!run.finished()) {
            run.nextUnit();
        }
        return run.returns();
    }

    /** Whether the budget is used. */
    public boolean finished() {
        return config.budgetReached(agent.envSteps(), agent.episodes());
    }

    /**
     * Trains one unit and logs its episodes; returns how many it played. A non-finite gradient stops it with the
     * network's {@code IllegalStateException} naming the layer and time step (the run is then not at a boundary).
     */
    public int nextUnit() {
        agent.train();
        double[] r = agent.lastUnitReturns();
        int[] s = agent.lastUnitSteps();
        long cumulative = episodes == 0 ? 0 : envSteps[episodes - 1];
        for (int k = 0; k < r.length; k++) {
            cumulative += s[k];
            append(r[k], s[k], cumulative);
        }
        return r.length;
    }

    private void append(double r, int s, long cumulative) {
        if (episodes == returns.length) {
            returns = Arrays.copyOf(returns, 2 * episodes);
            steps = Arrays.copyOf(steps, 2 * episodes);
            envSteps = Arrays.copyOf(envSteps, 2 * episodes);
        }
        returns[episodes] = r;
        steps[episodes] = s;
        envSteps[episodes] = cumulative;
        episodes++;
    }

    public GradientAgentConfig config() {
        return config;
    }

    public long seed() {
        return seed;
    }

    /** The agent (its networks, counters, greedy action). */
    public GradientAgent agent() {
        return agent;
    }

    /** Training episodes so far. */
    public int episodes() {
        return episodes;
    }

    /** Env steps so far. */
    public long envSteps() {
        return agent.envSteps();
    }

    /** The return of training episode {@code e} (1-based). */
    public double returnOf(int e) {
        return returns[e - 1];
    }

    /** The length of training episode {@code e} (1-based). */
    public int stepsOf(int e) {
        return steps[e - 1];
    }

    /** The env steps taken up to the end of training episode {@code e} (1-based). */
    public long envStepsAt(int e) {
        return envSteps[e - 1];
    }

    /** Every training episode's return, in order. */
    public double[] returns() {
        return Arrays.copyOf(returns, episodes);
    }

    /** The mean return of episodes e−99 … e, once there are 100. */
    public OptionalDouble trailingMean(int e) {
        if (e < 100) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int k = e - 100; k < e; k++) {
            sum += returns[k];
        }
        return OptionalDouble.of(sum / 100);
    }

    /** The log and the agent's whole state. */
    public void write(DataOutput out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(episodes);
        for (int k = 0; k < episodes; k++) {
            out.writeDouble(returns[k]);
            out.writeInt(steps[k]);
        }
        agent.writeState(out);
    }

    /** A run of {@code config} and {@code seed} continued from what {@link #write} wrote. */
    public static GradientRun read(GradientAgentConfig config, long seed, DataInput in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("gradient run format " + format + "; this version reads " + FORMAT);
        }
        GradientRun run = new GradientRun(config, seed);
        int n = in.readInt();
        long cumulative = 0;
        for (int k = 0; k < n; k++) {
            double r = in.readDouble();
            int s = in.readInt();
            cumulative += s;
            run.append(r, s, cumulative);
        }
        run.agent.readState(in);
        if (run.agent.episodes() != n || run.agent.envSteps() != cumulative) {
            throw new IOException("log of " + n + " episodes, " + cumulative + " steps; the agent counts "
                    + run.agent.episodes() + ", " + run.agent.envSteps());
        }
        return run;
    }

    /**
     * The greedy policy of the agent as it is now, as a held-out player: each episode builds its own copy of the
     * acting network, so the held-out engine may run episodes on any number of threads with the same result.
     */
    public EpisodePlayer greedyPlayer() {
        return new GreedyPlayer(config, agent.actingNetwork().parameters().clone());
    }

    private record GreedyPlayer(GradientAgentConfig config, double[] parameters) implements EpisodePlayer {
        @Override
        public EpisodeResult play(double[] genome, long seed, int maxSteps) {
            Env env = Registry.make(config.envId());
            Network net = config.actingNetwork(env, 0);
            net.setParameters(parameters);
            Observations obs = new Observations(env.observationSpace());
            double[] x = new double[obs.size()];
            return HeldOut.play(env, o -> GradientAgent.greedy(net, obs, o, x), seed, maxSteps);
        }
    }
}
