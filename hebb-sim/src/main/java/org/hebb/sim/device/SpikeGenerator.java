package org.hebb.sim.device;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code spike_generator}: emits spikes at the given {@code spike_times} (ms, on the grid,
 * non-descending); a spike at time {@code t} has time stamp {@code t}, so with delay {@code d} it is
 * processed by the target in the step ending at {@code t + d}. If {@code spike_weights} is not empty
 * it holds one factor per spike that multiplies the connection weight. Spikes whose time has already
 * passed when the simulation reaches them are skipped.
 */
public final class SpikeGenerator extends StimulatorGroup {

    public static final ModelInfo INFO = new ModelInfo("spike_generator", ModelInfo.Kind.STIMULATOR,
            Map.of("spike_times", new double[0], "spike_weights", new double[0], "start", 0.0, "stop", Double.MAX_VALUE),
            List.of());

    private final double[][] times = new double[size][0];
    private final long[][] stamps = new long[size][0];
    private final double[][] weights = new double[size][0];
    private final int[] next = new int[size];

    public SpikeGenerator(int firstId, int size, double h) {
        super(firstId, size, h);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    boolean setOwn(int local, String name, Object value) {
        String field = "spike_generator." + name;
        double[] a = ParameterCheck.toDoubleArray(field, value);
        if (name.equals("spike_times")) {
            long[] st = new long[a.length];
            for (int j = 0; j < a.length; j++) {
                st[j] = ParameterCheck.toSteps(field, a[j], h);
                if (st[j] < 1) {
                    throw ParameterCheck.invalid(field, a[j], ">= the resolution " + h + " ms");
                }
                if (j > 0 && st[j] < st[j - 1]) {
                    throw ParameterCheck.invalid(field, a[j], ">= the previous time " + a[j - 1] + " (sorted)");
                }
            }
            times[local] = a;
            stamps[local] = st;
        } else {
            weights[local] = a;
        }
        next[local] = 0;
        return true;
    }

    @Override
    Object getOwn(int local, String name) {
        return switch (name) {
            case "spike_times" -> times[local].clone();
            case "spike_weights" -> weights[local].clone();
            default -> null;
        };
    }

    @Override
    public void prepare(Kernel kernel) {
        for (int i = 0; i < size; i++) {
            if (weights[i].length != 0 && weights[i].length != times[i].length) {
                throw ParameterCheck.invalid("spike_generator.spike_weights", "length " + weights[i].length,
                        "empty or of the length of spike_times, " + times[i].length);
            }
        }
    }

    @Override
    public void update(long step, Kernel kernel) {
        long stamp = step + 1;
        for (int i = 0; i < size; i++) {
            long[] st = stamps[i];
            while (next[i] < st.length && st[next[i]] < stamp) {
                next[i]++; // in the past
            }
            while (next[i] < st.length && st[next[i]] == stamp) {
                if (active(i, stamp)) { // spikes with start < t <= stop
                    kernel.emitSpike(firstId + i, step, 1, weights[i].length == 0 ? 1.0 : weights[i][next[i]]);
                }
                next[i]++;
            }
        }
    }
}
