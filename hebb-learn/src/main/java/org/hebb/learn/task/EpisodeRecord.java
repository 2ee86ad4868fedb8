package org.hebb.learn.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.hebb.gym.PyRepr;

/**
 * Everything one episode of a controller did, recorded through the {@link EpisodeObserver} hook: per step the input
 * fed before it, the output groups' spike counts, the action and the reward; and every spike of the input, hidden and
 * output neurons (numbered 0.. in that order) with its time and step. The report, {@code hebb episode} and the
 * animations read this record; none of them runs the episode loop again.
 *
 * {@snippet :
 * EpisodeRecord rec = EpisodeRecord.fitness(Task.mountainCarL2L(), genome, 42);
 * rec.writeCsv(System.out);   // step,position,velocity,count_left,count_none,count_right,action
 * }
 */
public final class EpisodeRecord implements EpisodeObserver {

    private final Task task;
    private final int dims;
    private final int groups;
    private final int actionDims;
    private long seed;
    private int n;
    private double[] inputs;
    private int[] counts;
    private double[] actions;
    private double[] rewards;
    private int spikes;
    private int[] neuron = new int[256];
    private double[] timeMs = new double[256];
    private int[] spikeStep = new int[256];
    private EpisodeResult result;

    private EpisodeRecord(Task task) {
        this.task = task;
        this.groups = task.outputGroups();
        this.actionDims = task.discrete() ? 1 : task.outputGroups() / 2;
        this.dims = task.input() == Task.Input.STATE ? task.observationDims() : task.observationDims();
        inputs = new double[64 * dims];
        counts = new int[64 * groups];
        actions = new double[64 * actionDims];
        rewards = new double[64];
    }

    /** Records a fitness episode ({@link Episode#fitness}). */
    public static EpisodeRecord fitness(Task task, double[] genome, long seed) {
        return record(task, genome, seed, task.episodeSteps());
    }

    /** Records a full episode ({@link Episode#full}). */
    public static EpisodeRecord full(Task task, double[] genome, long seed) {
        return record(task, genome, seed, Integer.MAX_VALUE);
    }

    /** Records an episode of at most {@code maxSteps} steps. */
    public static EpisodeRecord record(Task task, double[] genome, long seed, int maxSteps) {
        EpisodeRecord r = new EpisodeRecord(task);
        r.result = Episode.run(task, genome, seed, maxSteps, r);
        return r;
    }

    @Override
    public void start(SpikingController c, long s) {
        this.seed = s;
        int first = c.inputs().id(0);
        int all = c.task().inputs() + c.task().hiddenNeurons() + c.task().outputs();
        double h = c.task().resolutionMs();
        c.addSpikeListener((sender, stamp, multiplicity) -> {
            int k = sender - first;
            if (k < 0 || k >= all) {
                return;
            }
            for (int m = 0; m < multiplicity; m++) {
                if (spikes == neuron.length) {
                    neuron = Arrays.copyOf(neuron, 2 * spikes);
                    timeMs = Arrays.copyOf(timeMs, 2 * spikes);
                    spikeStep = Arrays.copyOf(spikeStep, 2 * spikes);
                }
                neuron[spikes] = k;
                timeMs[spikes] = stamp * h;
                spikeStep[spikes] = c.steps(); // the window being simulated: steps() counts it when it ends
                spikes++;
            }
        });
    }

    @Override
    public void step(int step, double[] input, int[] groupCounts, double[] action, double reward) {
        if (n == rewards.length) {
            int cap = 2 * n;
            inputs = Arrays.copyOf(inputs, cap * dims);
            counts = Arrays.copyOf(counts, cap * groups);
            actions = Arrays.copyOf(actions, cap * actionDims);
            rewards = Arrays.copyOf(rewards, cap);
        }
        System.arraycopy(input, 0, inputs, n * dims, dims);
        System.arraycopy(groupCounts, 0, counts, n * groups, groups);
        System.arraycopy(action, 0, actions, n * actionDims, actionDims);
        rewards[n] = reward;
        n++;
    }

    /** @return the task */
    public Task task() {
        return task;
    }

    /** @return the reset seed */
    public long seed() {
        return seed;
    }

    /** @return the episode's outcome */
    public EpisodeResult result() {
        return result;
    }

    /** @return env steps recorded */
    public int steps() {
        return n;
    }

    /** @return input dimension {@code d} fed before step {@code i} (0-based) */
    public double input(int i, int d) {
        return inputs[check(i) * dims + d];
    }

    /** @return spikes of output group {@code g} in step {@code i}'s window */
    public int count(int i, int g) {
        return counts[check(i) * groups + g];
    }

    /** @return the action of step {@code i} (a discrete action as its index; dimension 0 of a continuous one) */
    public double action(int i) {
        return actions[check(i) * actionDims];
    }

    /** @return the reward of step {@code i} */
    public double reward(int i) {
        return rewards[check(i)];
    }

    /** @return number of recorded spikes */
    public int spikeCount() {
        return spikes;
    }

    /** @return the neuron of spike {@code i}: inputs 0.., then hidden, then outputs; spikes are in time order */
    public int neuron(int i) {
        return neuron[i];
    }

    /** @return the time of spike {@code i}, ms from the start of the episode */
    public double timeMs(int i) {
        return timeMs[i];
    }

    /** @return the env step (0-based) in whose window spike {@code i} was emitted */
    public int spikeStep(int i) {
        return spikeStep[i];
    }

    /** @return the number of the first hidden neuron (= input neurons) */
    public int firstHidden() {
        return task.inputs();
    }

    /** @return the number of the first output neuron */
    public int firstOutput() {
        return task.inputs() + task.hiddenNeurons();
    }

    /** @return all neurons: inputs, hidden and outputs */
    public int neurons() {
        return firstOutput() + task.outputs();
    }

    /**
     * The CSV header: for L2L's MountainCar preset {@code step,position,velocity,count_left,count_none,count_right,action}
     * (the state before the step); for every other task {@code step,obs0..obs{n-1},count_<group>...,action}.
     */
    public String csvHeader() {
        StringBuilder sb = new StringBuilder("step");
        String[] names = inputNames(task);
        for (String s : names) {
            sb.append(',').append(s);
        }
        for (String g : groupNames(task)) {
            sb.append(",count_").append(g);
        }
        if (actionDims == 1) {
            sb.append(",action");
        } else {
            for (int j = 0; j < actionDims; j++) {
                sb.append(",action").append(j);
            }
        }
        return sb.toString();
    }

    /** The input columns' names: position, velocity for the MountainCar preset's state, else obs0.. */
    static String[] inputNames(Task task) {
        if ("mountain-car".equals(task.preset()) && task.input() == Task.Input.STATE) {
            return new String[] {"position", "velocity"};
        }
        String[] s = new String[task.observationDims()];
        for (int d = 0; d < s.length; d++) {
            s[d] = "obs" + d;
        }
        return s;
    }

    /**
     * The output groups' names: MountainCar-v0 left, none, right; CartPole-v1 left, right; Acrobot-v1's torques
     * minus, zero, plus; a continuous action dimension j plus{j}, minus{j}; otherwise the action index.
     */
    public static String[] groupNames(Task task) {
        switch (task.envId()) {
            case "MountainCar-v0":
                return new String[] {"left", "none", "right"};
            case "CartPole-v1":
                return new String[] {"left", "right"};
            case "Acrobot-v1":
                return new String[] {"minus", "zero", "plus"};
            default:
                break;
        }
        String[] s = new String[task.outputGroups()];
        for (int g = 0; g < s.length; g++) {
            s[g] = task.discrete() ? Integer.toString(g) : (g % 2 == 0 ? "plus" : "minus") + (g / 2);
        }
        return s;
    }

    /**
     * Writes {@link #csvHeader()} and one row per step, {@code step} counted from 1, floats in full precision as
     * Python's {@code repr} writes them; a discrete action as an integer.
     */
    public void writeCsv(Appendable out) {
        try {
            out.append(csvHeader()).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(Integer.toString(i + 1));
                for (int d = 0; d < dims; d++) {
                    out.append(',').append(PyRepr.format(inputs[i * dims + d]));
                }
                for (int g = 0; g < groups; g++) {
                    out.append(',').append(Integer.toString(counts[i * groups + g]));
                }
                for (int j = 0; j < actionDims; j++) {
                    double a = actions[i * actionDims + j];
                    out.append(',').append(task.discrete() ? Integer.toString((int) a) : PyRepr.format((float) a));
                }
                out.append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the CSV text of {@link #writeCsv} */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(64 * (n + 1));
        writeCsv(sb);
        return sb.toString();
    }

    private int check(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("step index " + i + " outside [0, " + n + ")");
        }
        return i;
    }
}
