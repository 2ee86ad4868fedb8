package org.hebb.sim.synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.NeuronGroup;

/**
 * NEST's {@code volume_transmitter} (models/volume_transmitter.cpp): collects the neuromodulator (dopamine)
 * spikes arriving on it, each as {@code (stamp time, summed multiplicity)} (the weight is ignored), and every
 * {@code deliver_interval} min-delay slices hands the list to every {@code stdp_dopamine_synapse} that names it
 * ({@code trigger_update_weight}), then restarts the list with a pseudo spike {@code (t_trig, 0)}. Java code
 * can add a neuromodulator amount directly with {@link org.hebb.sim.Network#deliverReward(NodeCollection, double)}.
 */
public final class VolumeTransmitter extends NeuronGroup {

    public static final ModelInfo INFO = new ModelInfo("volume_transmitter", ModelInfo.Kind.NEURON,
            Map.of("deliver_interval", 1.0), List.of());

    private final int[] deliverInterval = new int[size];
    /** Per node: the spike list {@code ds} (times, ms, and multiplicities), length {@code dsN}. */
    double[][] dsT = new double[size][8];
    double[][] dsM = new double[size][8];
    int[] dsN = new int[size];
    private final List<StdpDopamineSynapse> tables = new ArrayList<>();
    private final long tics;
    private int minDelay = 1;

    public VolumeTransmitter(int firstId, int size, double h) {
        super(firstId, size);
        Arrays.fill(deliverInterval, 1);
        Arrays.fill(dsN, 1); // ds starts as [(0.0, 0.0)]
        tics = Math.round(h * 1000.0);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    /** Called by a table that uses this transmitter. */
    void attach(StdpDopamineSynapse table) {
        if (!tables.contains(table)) {
            tables.add(table);
        }
    }

    @Override
    public void receiveSpike(int local, int receptor, long arrivalStep, double weight, int multiplicity) {
        exc.add(arrivalStep, local, multiplicity); // volume_transmitter::handle counts multiplicity, ignores weight
    }

    /** Adds a neuromodulator amount that arrives in step {@code step} (the next step when called between simulate calls). */
    public void inject(int local, long step, double amount) {
        exc.add(step, local, amount);
    }

    @Override
    public void prepare(Kernel kernel) {
        if (kernel.rewiring()) {
            minDelay = kernel.minDelaySteps();
        }
    }

    @Override
    public void update(long step, Kernel kernel) {
        if (step % minDelay == 0) {
            for (StdpDopamineSynapse t : tables) {
                t.sendPending(); // NEST delivers last slice's pre spikes before this slice's node updates
            }
        }
        final int off = exc.offset(step);
        for (int i = 0; i < size; i++) {
            double m = exc.data[off + i];
            exc.data[off + i] = 0.0;
            cur.data[off + i] = 0.0;
            if (m != 0.0) {
                append(i, (1 / 1000.0) * (tics * (step + 1)), m);
            }
            if ((step + 1) % ((long) deliverInterval[i] * minDelay) == 0) {
                double tTrig = (1 / 1000.0) * (tics * (step + 1));
                for (StdpDopamineSynapse t : tables) {
                    t.trigger(firstId + i, tTrig, dsT[i], dsM[i], dsN[i]);
                }
                dsN[i] = 0;
                append(i, tTrig, 0.0); // the list restarts with a pseudo spike at t_trig
            }
        }
    }

    private void append(int i, double t, double m) {
        if (dsN[i] == dsT[i].length) {
            dsT[i] = Arrays.copyOf(dsT[i], 2 * dsN[i]);
            dsM[i] = Arrays.copyOf(dsM[i], 2 * dsN[i]);
        }
        dsT[i][dsN[i]] = t;
        dsM[i][dsN[i]] = m;
        dsN[i]++;
    }

    @Override
    public double read(int variable, int local) {
        throw new IllegalStateException("volume_transmitter has no recordables");
    }

    @Override
    public Object get(int local, String name) {
        if (name.equals("deliver_interval")) {
            return (double) deliverInterval[local];
        }
        throw unknownParameter(name);
    }

    @Override
    public void set(int local, Map<String, Object> params) {
        for (String k : params.keySet()) {
            if (!k.equals("deliver_interval")) {
                throw unknownParameter(k);
            }
        }
        if (params.containsKey("deliver_interval")) {
            double d = ParameterCheck.toDouble("volume_transmitter.deliver_interval", params.get("deliver_interval"), false);
            if (d < 1 || d != Math.rint(d)) {
                throw ParameterCheck.invalid("volume_transmitter.deliver_interval", d, "an integer >= 1 (in units of min_delay)");
            }
            deliverInterval[local] = (int) d;
        }
    }
}
