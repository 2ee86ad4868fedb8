package org.hebb.learn.task;

import java.util.Arrays;
import java.util.Map;

import org.hebb.gym.Box;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.DcAmplitude;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SpikeListener;
import org.hebb.sim.SynSpec;

/**
 * A task's spiking controller, one network for one episode (docs/task.md), wired as L2L wires its MountainCar network
 * in NEST: every input neuron is driven by its own {@code dc_generator} (static synapse, weight 1, delay 1 ms) whose
 * amplitude the {@link ObservationEncoder} sets; inputs→hidden→outputs all-to-all (or inputs→outputs without a hidden
 * layer) with weights {@code clip(gene, ±bound) × weightScale} and 1 ms delays, one block for all inputs or one per
 * input dimension ({@link Task.Layout}); all neurons NEST's {@code iaf_psc_alpha} with {@code t_ref = 1 ms}, other
 * parameters NEST's defaults. The network is never reset between env steps.
 *
 * <p>Each {@link #stepDiscrete}/{@link #stepContinuous} is one env step: the changed amplitudes are set, the network
 * runs {@code stepMs} on, and the output groups' spikes of that window are decoded by {@link ActionDecoder}. The
 * current reaches the input neurons 1 ms after it is set, so the last millisecond of one step's input acts in the next
 * step, exactly as in NEST.
 *
 * {@snippet :
 * SpikingController c = new SpikingController(genome, Task.defaults("CartPole-v1"));
 * int action = c.stepDiscrete(observation);
 * }
 */
public final class SpikingController {

    /** The kernel seed (L2L's {@code rng_seed = 1}; the network draws no random numbers). */
    public static final long KERNEL_SEED = 1;

    private final Task task;
    private final ObservationEncoder encoder;
    private final Network net;
    private final NodeCollection inputs;
    private final NodeCollection hidden;
    private final NodeCollection outputs;
    private final DcAmplitude generators;
    private final double[] amplitudes;
    private final double[] applied;
    private final int[] neuronCounts;
    private final int[] groupCounts;
    private final float[] actionLow;
    private final float[] actionHigh;
    private int steps;

    /**
     * Builds a fresh network.
     *
     * @param genome {@code task.genes()} finite genes (clipped when the weights are made, not changed)
     */
    public SpikingController(double[] genome, Task task) {
        task.checkGenome(genome);
        this.task = task;
        this.encoder = task.encoder();
        int nIn = task.inputs();
        int n = task.perDimension();
        int dims = task.observationDims();
        int h = task.hiddenNeurons();
        boolean perDim = task.layout() == Task.Layout.PER_DIMENSION;
        net = new Network(task.resolutionMs(), KERNEL_SEED);
        Map<String, Object> neuron = Map.of("t_ref", Task.DELAY_MS);
        // per-dimension populations when the layout has per-dimension blocks (L2L's velocity and position inputs)
        NodeCollection[] in = create(net, "iaf_psc_alpha", perDim ? dims : 1, perDim ? n : nIn, neuron);
        inputs = in.length == 1 ? in[0] : join(in);
        hidden = h == 0 ? null : net.create("iaf_psc_alpha", h, neuron);
        outputs = net.create("iaf_psc_alpha", task.outputs(), neuron);
        NodeCollection[] dc = create(net, "dc_generator", in.length, in[0].size(), Map.of("amplitude", 0.0));
        SynSpec unit = SynSpec.staticSynapse().withWeight(1.0).withDelay(Task.DELAY_MS);
        for (int b = 0; b < in.length; b++) {
            net.connect(dc[b], in[b], ConnSpec.oneToOne(), unit);
        }
        generators = net.dcAmplitude(dc.length == 1 ? dc[0] : join(dc));
        // all_to_all makes target-major pairs, so the k-th weight is W[target][source], the genome's row-major order
        NodeCollection next = h == 0 ? outputs : hidden;
        int gene = 0;
        for (NodeCollection block : in) {
            int w = next.size() * block.size();
            net.connect(block, next, ConnSpec.allToAll(), weights(genome, gene, w));
            gene += w;
        }
        if (h > 0) {
            net.connect(hidden, outputs, ConnSpec.allToAll(), weights(genome, gene, task.outputs() * h));
        }
        amplitudes = new double[nIn];
        applied = new double[nIn];
        neuronCounts = new int[task.outputs()];
        groupCounts = new int[task.outputGroups()];
        int first = outputs.id(0);
        net.addSpikeListener((sender, stamp, multiplicity) -> {
            int k = sender - first;
            if (k >= 0 && k < neuronCounts.length) {
                neuronCounts[k] += multiplicity;
            }
        });
        if (task.actionSpace() instanceof Box b) {
            actionLow = b.low();
            actionHigh = b.high();
        } else {
            actionLow = null;
            actionHigh = null;
        }
    }

    private static NodeCollection[] create(Network net, String model, int populations, int size,
            Map<String, Object> params) {
        NodeCollection[] c = new NodeCollection[populations];
        for (int p = 0; p < populations; p++) {
            c[p] = net.create(model, size, params);
        }
        return c;
    }

    private static NodeCollection join(NodeCollection[] parts) {
        int first = parts[0].id(0);
        int n = 0;
        for (NodeCollection p : parts) {
            n += p.size();
        }
        return NodeCollection.range(first, n);
    }

    private SynSpec weights(double[] genome, int from, int n) {
        double[] w = new double[n];
        double bound = task.weightBound();
        for (int k = 0; k < n; k++) {
            w[k] = Math.min(bound, Math.max(-bound, genome[from + k])) * task.weightScalePa();
        }
        return SynSpec.staticSynapse().withWeight(w).withDelay(Task.DELAY_MS);
    }

    /** Encodes, simulates one window and sums the output groups' spikes. */
    private void run(double[] observation) {
        encoder.encode(observation, amplitudes);
        for (int i = 0; i < amplitudes.length; i++) {
            // only changed amplitudes are set: the same state as setting all, without the cost
            if (amplitudes[i] != applied[i]) {
                generators.set(i, amplitudes[i]);
                applied[i] = amplitudes[i];
            }
        }
        Arrays.fill(neuronCounts, 0);
        net.simulate(task.stepMs());
        steps++;
        int g = task.groupSize();
        for (int a = 0; a < groupCounts.length; a++) {
            int sum = 0;
            for (int k = a * g; k < (a + 1) * g; k++) {
                sum += neuronCounts[k];
            }
            groupCounts[a] = sum;
        }
    }

    /** One env step of a task with discrete actions. */
    public int stepDiscrete(double[] observation) {
        if (actionLow != null) {
            throw new IllegalStateException(task.envId() + " has continuous actions; use stepContinuous");
        }
        run(observation);
        return ActionDecoder.discrete(groupCounts, task.defaultAction());
    }

    /** One env step of a task with continuous actions; returns the clipped float32 action. */
    public float[] stepContinuous(double[] observation) {
        if (actionLow == null) {
            throw new IllegalStateException(task.envId() + " has discrete actions; use stepDiscrete");
        }
        run(observation);
        float[] a = new float[actionLow.length];
        ActionDecoder.continuous(groupCounts, task.groupSize(), task.stepMs(), task.gain(), actionLow, actionHigh, a);
        return a;
    }

    /** @return the spikes of output group {@code a} in the last window */
    public int groupCount(int a) {
        return groupCounts[a];
    }

    /** Copies the last window's output group counts into {@code out}. */
    public void groupCounts(int[] out) {
        System.arraycopy(groupCounts, 0, out, 0, groupCounts.length);
    }

    /** @return env steps so far */
    public int steps() {
        return steps;
    }

    /**
     * Listens to every spike of the network's neurons (inputs, hidden, outputs), e.g. to record a raster; add it
     * before the first step.
     */
    public void addSpikeListener(SpikeListener l) {
        net.addSpikeListener(l);
    }

    /** @return the network (recorders may be added before the first step) */
    public Network network() {
        return net;
    }

    /** @return the input neurons, input-block-major */
    public NodeCollection inputs() {
        return inputs;
    }

    /** @return the hidden neurons, or null without a hidden layer */
    public NodeCollection hidden() {
        return hidden;
    }

    /** @return the output neurons, group-major */
    public NodeCollection outputs() {
        return outputs;
    }

    /** @return the task */
    public Task task() {
        return task;
    }
}
