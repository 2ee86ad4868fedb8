package org.hebb.learn.control;

import java.util.Map;

import org.hebb.gym.Box;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;

/**
 * A spiking controller for any Gymnasium task, one network for one episode, built like the MountainCar controller
 * (docs/mountain-car.md) but for any observation box and action space: every observation dimension drives N input
 * neurons through one {@code dc_generator} each (weight 1, delay 1 ms), encoded by an {@link ObservationEncoder};
 * inputs→hidden→outputs all-to-all (or inputs→outputs without a hidden layer) with weights
 * {@code clip(gene, ±bound) × weightScale} and 1 ms delays; all neurons NEST's {@code iaf_psc_alpha} with
 * {@code t_ref = 1 ms}, other parameters NEST's defaults. The network is never reset between env steps.
 *
 * <p>Each {@link #stepDiscrete}/{@link #stepContinuous} is one env step: the changed amplitudes are set, the network
 * runs {@code stepMs} on, and the output groups' spikes of that window are decoded by {@link ActionDecoder}.
 *
 * {@snippet :
 * SpikingController c = new SpikingController(genome, ControllerConfig.defaults("CartPole-v1"));
 * int action = c.stepDiscrete(observation);
 * }
 */
public final class SpikingController {

    /** The kernel seed (the network draws no random numbers; as MountainCar's). */
    public static final long KERNEL_SEED = 1;

    private final ControllerConfig config;
    private final ObservationEncoder encoder;
    private final Network net;
    private final NodeCollection inputs;
    private final NodeCollection hidden;
    private final NodeCollection outputs;
    private final NodeCollection[] generators;
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
     * @param genome {@code config.genes()} finite genes (clipped when the weights are made, not changed)
     */
    public SpikingController(double[] genome, ControllerConfig config) {
        if (genome.length != config.genes()) {
            throw new IllegalArgumentException("genome: " + genome.length + " genes is not allowed; must be "
                    + config.genes() + " for this controller");
        }
        for (int i = 0; i < genome.length; i++) {
            if (!Double.isFinite(genome[i])) {
                throw new IllegalArgumentException("genome[" + i + "]: " + genome[i] + " is not allowed; must be finite");
            }
        }
        this.config = config;
        this.encoder = config.encoder();
        int nIn = config.inputs();
        int h = config.hiddenNeurons();
        net = new Network(config.resolutionMs(), KERNEL_SEED);
        Map<String, Object> neuron = Map.of("t_ref", ControllerConfig.DELAY_MS);
        inputs = net.create("iaf_psc_alpha", nIn, neuron);
        hidden = h == 0 ? null : net.create("iaf_psc_alpha", h, neuron);
        outputs = net.create("iaf_psc_alpha", config.outputs(), neuron);
        NodeCollection dc = net.create("dc_generator", nIn, Map.of("amplitude", 0.0));
        net.connect(dc, inputs, ConnSpec.oneToOne(),
                SynSpec.staticSynapse().withWeight(1.0).withDelay(ControllerConfig.DELAY_MS));
        generators = new NodeCollection[nIn];
        for (int i = 0; i < nIn; i++) {
            generators[i] = dc.get(i);
        }
        // all_to_all makes target-major pairs, so the k-th weight is W[target][source], the genome's row-major order
        if (h == 0) {
            net.connect(inputs, outputs, ConnSpec.allToAll(), weights(genome, 0, config.outputs() * nIn));
        } else {
            net.connect(inputs, hidden, ConnSpec.allToAll(), weights(genome, 0, h * nIn));
            net.connect(hidden, outputs, ConnSpec.allToAll(), weights(genome, h * nIn, config.outputs() * h));
        }
        amplitudes = new double[nIn];
        applied = new double[nIn];
        neuronCounts = new int[config.outputs()];
        groupCounts = new int[config.outputGroups()];
        int first = outputs.id(0);
        net.addSpikeListener((sender, stamp, multiplicity) -> {
            int k = sender - first;
            if (k >= 0 && k < neuronCounts.length) {
                neuronCounts[k] += multiplicity;
            }
        });
        if (config.actionSpace() instanceof Box b) {
            actionLow = b.low();
            actionHigh = b.high();
        } else {
            actionLow = null;
            actionHigh = null;
        }
    }

    private SynSpec weights(double[] genome, int from, int n) {
        double[] w = new double[n];
        double bound = config.weightBound();
        for (int k = 0; k < n; k++) {
            w[k] = Math.min(bound, Math.max(-bound, genome[from + k])) * config.weightScalePa();
        }
        return SynSpec.staticSynapse().withWeight(w).withDelay(ControllerConfig.DELAY_MS);
    }

    /** Encodes, simulates one window and sums the output groups' spikes. */
    private void run(double[] observation) {
        encoder.encode(observation, amplitudes);
        for (int i = 0; i < amplitudes.length; i++) {
            // only changed amplitudes are set: the same state as setting all, without the cost
            if (amplitudes[i] != applied[i]) {
                net.set(generators[i], "amplitude", amplitudes[i]);
                applied[i] = amplitudes[i];
            }
        }
        java.util.Arrays.fill(neuronCounts, 0);
        net.simulate(config.stepMs());
        steps++;
        int g = config.groupSize();
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
            throw new IllegalStateException(config.envId() + " has continuous actions; use stepContinuous");
        }
        run(observation);
        return ActionDecoder.discrete(groupCounts, config.defaultAction());
    }

    /** One env step of a task with continuous actions; returns the clipped float32 action. */
    public float[] stepContinuous(double[] observation) {
        if (actionLow == null) {
            throw new IllegalStateException(config.envId() + " has discrete actions; use stepDiscrete");
        }
        run(observation);
        float[] a = new float[actionLow.length];
        ActionDecoder.continuous(groupCounts, config.groupSize(), config.stepMs(), config.gain(), actionLow, actionHigh, a);
        return a;
    }

    /** @return the spikes of output group {@code a} in the last window */
    public int groupCount(int a) {
        return groupCounts[a];
    }

    /** @return env steps so far */
    public int steps() {
        return steps;
    }

    /** @return the network (recorders may be added before the first step) */
    public Network network() {
        return net;
    }

    /** @return the input neurons, dimension-major */
    public NodeCollection inputs() {
        return inputs;
    }

    /** @return the output neurons, group-major */
    public NodeCollection outputs() {
        return outputs;
    }

    /** @return the settings */
    public ControllerConfig config() {
        return config;
    }
}
