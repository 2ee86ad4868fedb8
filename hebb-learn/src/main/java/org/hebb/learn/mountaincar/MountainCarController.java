package org.hebb.learn.mountaincar;

import java.util.Map;

import org.hebb.sim.ConnSpec;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;

/**
 * The spiking MountainCar controller of L2L's paper optimizee, one network for one episode, wired as L2L wires it in
 * NEST: 30 velocity and 30 position input neurons, each driven by its own {@code dc_generator} (static synapse,
 * weight 1, delay 1 ms); {@code H} hidden and 3 output neurons; velocity→hidden, position→hidden and hidden→output
 * all-to-all with the genome's weights (clipped to [-20, 20], times {@code weightScalePa}) and 1 ms delays. All
 * neurons are NEST's {@code iaf_psc_alpha} with {@code t_ref = 1 ms}, other parameters NEST's defaults.
 *
 * <p>Each {@link #step} is one env step: the generator of the active velocity bin and the one of the active position
 * bin get {@code inputCurrentPa}, all others 0; the network runs {@code stepMs} on from where the last step left it
 * (never reset); the output spikes of that window are counted and decoded by {@link SpikeCountDecoder}. The current
 * reaches the input neurons 1 ms after it is set, so the last millisecond of one step's input acts in the next step,
 * exactly as in NEST.
 *
 * {@snippet :
 * MountainCarController c = new MountainCarController(genome, MountainCarConfig.DEFAULT);
 * int action = c.step(-0.5, 0.0);          // 0 left, 1 none, 2 right
 * int rightSpikes = c.count(SpikeCountDecoder.RIGHT);
 * }
 */
public final class MountainCarController {

    /** The seed of the kernel (L2L's {@code rng_seed = 1}; the network draws no random numbers). */
    public static final long KERNEL_SEED = 1;

    private final MountainCarConfig config;
    private final Network net;
    private final NodeCollection velocityInputs;
    private final NodeCollection positionInputs;
    private final NodeCollection hidden;
    private final NodeCollection outputs;
    private final NodeCollection[] velocityDc = new NodeCollection[MountainCarGenome.BINS];
    private final NodeCollection[] positionDc = new NodeCollection[MountainCarGenome.BINS];
    private final Map<String, Object> on;
    private final Map<String, Object> off = Map.of("amplitude", 0.0);
    private final int firstOutputId;
    private final int[] counts = new int[MountainCarGenome.OUTPUTS];
    private int activeVelocity = -1;
    private int activePosition = -1;
    private int steps;

    /**
     * Builds a fresh network.
     *
     * @param genome {@code config.genes()} finite genes in {@link MountainCarGenome}'s layout (clipped, not changed)
     * @param config sizes, resolution, timing, currents and weight scale
     */
    public MountainCarController(double[] genome, MountainCarConfig config) {
        int h = config.hiddenNeurons();
        int bins = MountainCarGenome.BINS;
        checkGenome(genome, config);
        this.config = config;
        this.on = Map.of("amplitude", config.inputCurrentPa());
        net = new Network(config.resolutionMs(), KERNEL_SEED);
        Map<String, Object> neuron = Map.of("t_ref", MountainCarConfig.DELAY_MS);
        velocityInputs = net.create("iaf_psc_alpha", bins, neuron);
        positionInputs = net.create("iaf_psc_alpha", bins, neuron);
        hidden = net.create("iaf_psc_alpha", h, neuron);
        outputs = net.create("iaf_psc_alpha", MountainCarGenome.OUTPUTS, neuron);
        NodeCollection vDc = net.create("dc_generator", bins, off);
        NodeCollection pDc = net.create("dc_generator", bins, off);
        SynSpec unit = SynSpec.staticSynapse().withWeight(1.0).withDelay(MountainCarConfig.DELAY_MS);
        net.connect(vDc, velocityInputs, ConnSpec.oneToOne(), unit);
        net.connect(pDc, positionInputs, ConnSpec.oneToOne(), unit);
        for (int i = 0; i < bins; i++) {
            velocityDc[i] = vDc.get(i);
            positionDc[i] = pDc.get(i);
        }
        // all_to_all creates target-major pairs, so the k-th weight is W[target][source], the genome's order
        int vhOff = MountainCarGenome.velocityToHidden(0, 0);
        int phOff = MountainCarGenome.positionToHidden(h, 0, 0);
        int hoOff = MountainCarGenome.hiddenToOutput(h, 0, 0);
        net.connect(velocityInputs, hidden, ConnSpec.allToAll(), synapses(genome, vhOff, bins * h, config));
        net.connect(positionInputs, hidden, ConnSpec.allToAll(), synapses(genome, phOff, bins * h, config));
        net.connect(hidden, outputs, ConnSpec.allToAll(), synapses(genome, hoOff, MountainCarGenome.OUTPUTS * h, config));
        firstOutputId = outputs.id(0);
        net.addSpikeListener((sender, stamp, multiplicity) -> {
            int k = sender - firstOutputId;
            if (k >= 0 && k < MountainCarGenome.OUTPUTS) {
                counts[k] += multiplicity;
            }
        });
    }

    private static SynSpec synapses(double[] genome, int from, int n, MountainCarConfig config) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            w[k] = MountainCarGenome.bound(genome[from + k]) * config.weightScalePa();
        }
        return SynSpec.staticSynapse().withWeight(w).withDelay(MountainCarConfig.DELAY_MS);
    }

    /** Refuses a genome of the wrong length or with a non-finite gene, naming what is wrong. */
    static void checkGenome(double[] genome, MountainCarConfig config) {
        if (genome.length != config.genes()) {
            throw new IllegalArgumentException("genome: " + genome.length + " genes is not allowed; must be "
                    + config.genes() + " for " + config.hiddenNeurons() + " hidden neurons");
        }
        for (int i = 0; i < genome.length; i++) {
            if (!Double.isFinite(genome[i])) {
                throw new IllegalArgumentException("genome[" + i + "]: " + genome[i] + " is not allowed; must be a finite number");
            }
        }
    }

    /**
     * One env step: encodes the state, runs {@code stepMs} and decodes the output spikes of this window.
     *
     * @param position the car's float64 position before the step
     * @param velocity its float64 velocity before the step
     * @return the action (0 left, 1 none, 2 right)
     */
    public int step(double position, double velocity) {
        int v = BinEncoder.VELOCITY.bin(velocity);
        int p = BinEncoder.POSITION.bin(position);
        if (v != activeVelocity) { // only changed amplitudes are set: all 0 but the active bin, as L2L's reset-then-set
            if (activeVelocity >= 0) {
                net.set(velocityDc[activeVelocity], off);
            }
            net.set(velocityDc[v], on);
            activeVelocity = v;
        }
        if (p != activePosition) {
            if (activePosition >= 0) {
                net.set(positionDc[activePosition], off);
            }
            net.set(positionDc[p], on);
            activePosition = p;
        }
        counts[0] = 0;
        counts[1] = 0;
        counts[2] = 0;
        net.simulate(config.stepMs());
        steps++;
        return SpikeCountDecoder.action(counts[0], counts[1], counts[2]);
    }

    /** @return spikes of output {@code k} (0 left, 1 none, 2 right) in the last step's window */
    public int count(int k) {
        return counts[k];
    }

    /** @return env steps run so far */
    public int steps() {
        return steps;
    }

    /** @return the settings */
    public MountainCarConfig config() {
        return config;
    }

    /** @return the underlying network (for inspection: recorders may be added before the first step) */
    public Network network() {
        return net;
    }

    /** @return the 30 velocity input neurons, bin order */
    public NodeCollection velocityInputs() {
        return velocityInputs;
    }

    /** @return the 30 position input neurons, bin order */
    public NodeCollection positionInputs() {
        return positionInputs;
    }

    /** @return the hidden neurons */
    public NodeCollection hidden() {
        return hidden;
    }

    /** @return the output neurons: left, none, right */
    public NodeCollection outputs() {
        return outputs;
    }
}
