package org.hebb.sim.device;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * NEST's {@code step_current_generator}: a piecewise-constant current; {@code amplitude_values[i]} (pA)
 * is sent from the event of step {@code k = amplitude_times[i]/h - 1} on (ms, on the grid, strictly
 * increasing), while the device is active ({@code start < (k+2) h <= stop}, as dc_generator); so a change
 * at time {@code t} acts like a dc_generator with {@code start = t}. Times already past when a simulate
 * call starts are skipped, as in NEST. The two arrays must have equal length (checked when the
 * simulation starts).
 */
public final class StepCurrentGenerator extends StimulatorGroup {

    public static final ModelInfo INFO = new ModelInfo("step_current_generator", ModelInfo.Kind.STIMULATOR,
            Map.of("amplitude_times", new double[0], "amplitude_values", new double[0], "start", 0.0, "stop", Double.MAX_VALUE),
            List.of());

    private final double[][] times = new double[size][0];
    private final long[][] stamps = new long[size][0];
    private final double[][] values = new double[size][0];
    private final double[] amp = new double[size];
    private final int[] next = new int[size];

    public StepCurrentGenerator(int firstId, int size, double h) {
        super(firstId, size, h);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    boolean setOwn(int local, String name, Object value) {
        String field = "step_current_generator." + name;
        double[] a = ParameterCheck.toDoubleArray(field, value);
        if (name.equals("amplitude_times")) {
            long[] st = new long[a.length];
            for (int j = 0; j < a.length; j++) {
                st[j] = ParameterCheck.toSteps(field, a[j], h);
                if (j > 0 && st[j] <= st[j - 1]) {
                    throw ParameterCheck.invalid(field, a[j], "> the previous time " + a[j - 1] + " (strictly increasing)");
                }
            }
            times[local] = a;
            stamps[local] = st;
            next[local] = 0;
        } else {
            values[local] = a;
            next[local] = 0;
        }
        return true;
    }

    @Override
    Object getOwn(int local, String name) {
        return switch (name) {
            case "amplitude_times" -> times[local].clone();
            case "amplitude_values" -> values[local].clone();
            default -> null;
        };
    }

    @Override
    public void prepare(Kernel kernel) {
        for (int i = 0; i < size; i++) {
            if (times[i].length != values[i].length) {
                throw ParameterCheck.invalid("step_current_generator.amplitude_values", "length " + values[i].length,
                        "of the length of amplitude_times, " + times[i].length);
            }
        }
    }

    @Override
    public void update(long step, Kernel kernel) {
        for (int i = 0; i < size; i++) {
            long[] st = stamps[i];
            while (next[i] < st.length && st[next[i]] < step + 1) {
                next[i]++; // in the past: skipped
            }
            if (next[i] < st.length && st[next[i]] == step + 1) { // amplitude changes one step ahead
                amp[i] = values[i][next[i]];
                next[i]++;
            }
            if (active(i, step + 2)) {
                kernel.sendCurrent(firstId + i, step, amp[i]);
            }
        }
    }
}
