package org.hebb.report;

import java.util.Arrays;
import org.hebb.gym.Env;
import org.hebb.gym.MountainCarV0;
import org.hebb.gym.StepResult;
import org.hebb.learn.mountaincar.EpisodeResult;
import org.hebb.learn.mountaincar.EpisodeTrace;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.hebb.learn.mountaincar.MountainCarController;
import org.hebb.learn.mountaincar.MountainCarEpisode;
import org.hebb.learn.mountaincar.MountainCarGenome;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeEvents;

/**
 * One MountainCar episode of a controller with every spike of its network recorded: the episode of
 * {@link MountainCarEpisode#run} (same network, environment, seed and stopping rules; its {@link EpisodeTrace} is the
 * same row for row) with a {@code spike_recorder} connected to all input, hidden and output neurons. The recorder
 * only listens, so the network behaves exactly as without it.
 *
 * <p>Neurons are numbered in creation order: velocity inputs 0..29, position inputs 30..59, hidden 60..60+H-1, then
 * the three outputs (left, none, right).
 */
public final class SpikingEpisode {

    private final MountainCarConfig config;
    private final long seed;
    private final EpisodeTrace trace;
    private final EpisodeResult result;
    private final int[] neuron;
    private final double[] timeMs;
    private final int[] step;

    private SpikingEpisode(MountainCarConfig config, long seed, EpisodeTrace trace, EpisodeResult result, int[] neuron,
            double[] timeMs, int[] step) {
        this.config = config;
        this.seed = seed;
        this.trace = trace;
        this.result = result;
        this.neuron = neuron;
        this.timeMs = timeMs;
        this.step = step;
    }

    /** The fitness episode ({@code config.steps()} steps at most) from {@code reset(seed=seed)}, recorded. */
    public static SpikingEpisode fitnessEpisode(double[] genome, MountainCarConfig config, long seed) {
        return run(genome, config, seed, config.steps());
    }

    /** An episode of at most {@code maxSteps} steps, with the stopping rules of {@link MountainCarEpisode#run}. */
    public static SpikingEpisode run(double[] genome, MountainCarConfig config, long seed, int maxSteps) {
        if (seed < 0) {
            throw new IllegalArgumentException("seed: " + seed + " is not allowed; must be >= 0");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("steps: " + maxSteps + " is not allowed; must be >= 1");
        }
        MountainCarController controller = new MountainCarController(genome, config);
        Network net = controller.network();
        NodeCollection recorder = net.create("spike_recorder");
        NodeCollection[] populations = {controller.velocityInputs(), controller.positionInputs(), controller.hidden(),
            controller.outputs()};
        for (NodeCollection p : populations) {
            net.connect(p, recorder);
        }
        int firstId = controller.velocityInputs().id(0);
        EpisodeTrace trace = new EpisodeTrace();
        int[] stepEnds = new int[16];
        Env env = new MountainCarV0();
        env.reset(seed);
        double[] s = env.state(new double[2]);
        double max = Double.NEGATIVE_INFINITY;
        double reward = 0;
        boolean goal = false;
        int t = 0;
        while (t < maxSteps) { // MountainCarEpisode.run's loop, line for line
            double p = s[0];
            double v = s[1];
            int a = controller.step(p, v);
            trace.add(p, v, controller.count(0), controller.count(1), controller.count(2), a);
            if (t == stepEnds.length) {
                stepEnds = Arrays.copyOf(stepEnds, 2 * t);
            }
            stepEnds[t] = net.spikeEvents(recorder).size();
            StepResult r = env.step(a);
            t++;
            reward += r.reward();
            env.state(s);
            max = Math.max(max, s[0]);
            if (s[0] >= MountainCarEpisode.GOAL_POSITION || r.terminated()) {
                goal = true;
                break;
            }
            if (r.truncated()) {
                break;
            }
        }
        SpikeEvents ev = net.spikeEvents(recorder);
        int n = ev.size();
        int[] neuron = new int[n];
        int[] step = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            neuron[i] = ev.senders()[i] - firstId;
            while (i >= stepEnds[k]) {
                k++;
            }
            step[i] = k;
        }
        return new SpikingEpisode(config, seed, trace, new EpisodeResult(max, t, goal, reward), neuron,
                ev.times().clone(), step);
    }

    /** @return the settings the episode ran with */
    public MountainCarConfig config() {
        return config;
    }

    /** @return the {@code reset(seed=...)} seed */
    public long seed() {
        return seed;
    }

    /** @return the per-step record (state before each step, output counts, action) */
    public EpisodeTrace trace() {
        return trace;
    }

    /** @return the episode's outcome */
    public EpisodeResult result() {
        return result;
    }

    /** @return env steps run */
    public int steps() {
        return trace.size();
    }

    /** @return number of recorded spikes */
    public int spikeCount() {
        return neuron.length;
    }

    /** @return the neuron (numbered as in the class comment) of spike {@code i}; spikes are in time order */
    public int neuron(int i) {
        return neuron[i];
    }

    /** @return the time stamp of spike {@code i}, ms from the start of the episode */
    public double timeMs(int i) {
        return timeMs[i];
    }

    /** @return the env step (0-based) in whose window spike {@code i} was emitted */
    public int step(int i) {
        return step[i];
    }

    /** @return hidden neurons */
    public int hiddenNeurons() {
        return config.hiddenNeurons();
    }

    /** @return the number of the first neuron of the outputs */
    public int firstOutput() {
        return 2 * MountainCarGenome.BINS + config.hiddenNeurons();
    }

    /** @return all neurons: inputs, hidden and outputs */
    public int neurons() {
        return firstOutput() + MountainCarGenome.OUTPUTS;
    }

    /** @return {@code counts[s][j]}: spikes of neuron j in env step s's window */
    public int[][] countsPerStep() {
        int[][] c = new int[steps()][neurons()];
        for (int i = 0; i < neuron.length; i++) {
            c[step[i]][neuron[i]]++;
        }
        return c;
    }
}
