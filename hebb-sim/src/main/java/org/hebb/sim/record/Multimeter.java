package org.hebb.sim.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.MultimeterEvents;
import org.hebb.sim.kernel.Kernel;
import org.hebb.sim.kernel.ParameterCheck;
import org.hebb.sim.neuron.NeuronGroup;

/**
 * NEST's {@code multimeter}: samples the {@code record_from} state variables of the neurons it is
 * connected to ({@code connect(multimeter, neurons)}) every {@code interval} ms (a multiple of h,
 * default 1 ms). A sample at time {@code t} is the state at the end of the step that ends at {@code t};
 * the first one is at {@code t = interval}.
 *
 * <p>Unlike NEST, which omits the samples of the last min_delay (1 ms) of each Simulate call,
 * hebb returns every sample up to and including the current time {@code T}.
 */
public final class Multimeter extends RecorderGroup {

    public static final ModelInfo INFO = new ModelInfo("multimeter", ModelInfo.Kind.RECORDER,
            Map.of("interval", 1.0, "record_from", List.of(), "n_events", 0.0), List.of());

    private final double h;
    final double[] interval;
    final List<List<String>> recordFrom = new ArrayList<>();
    final List<List<Integer>> targetIds = new ArrayList<>();
    private long[] intervalSteps;
    private NeuronGroup[][] group;
    private int[][] local;
    private int[][] varIndex;
    private double[] sample = new double[0];
    private boolean dirty = true;

    public Multimeter(int firstId, int size, double h) {
        super(firstId, size, 0);
        this.h = h;
        interval = new double[size];
        Arrays.fill(interval, 1.0);
        intervalSteps = new long[size];
        for (int i = 0; i < size; i++) {
            recordFrom.add(List.of());
            targetIds.add(new ArrayList<>());
            intervalSteps[i] = ParameterCheck.toSteps("multimeter.interval", 1.0, h);
        }
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public Object get(int i, String name) {
        return switch (name) {
            case "interval" -> interval[i];
            case "record_from" -> recordFrom.get(i);
            default -> super.get(i, name);
        };
    }

    @Override
    public void set(int i, Map<String, Object> params) {
        double newInterval = interval[i];
        List<String> newRecordFrom = recordFrom.get(i);
        for (Map.Entry<String, Object> e : params.entrySet()) {
            switch (e.getKey()) {
                case "interval" -> {
                    newInterval = ParameterCheck.positive("multimeter.interval", e.getValue());
                    ParameterCheck.toSteps("multimeter.interval", newInterval, h);
                }
                case "record_from" -> newRecordFrom = ParameterCheck.toStrings("multimeter.record_from", e.getValue());
                default -> throw unknownParameter(e.getKey());
            }
        }
        if (n[i] > 0 && !newRecordFrom.equals(recordFrom.get(i))) {
            throw ParameterCheck.invalid("multimeter.record_from", newRecordFrom, "unchanged once samples have been taken");
        }
        interval[i] = newInterval;
        intervalSteps[i] = ParameterCheck.toSteps("multimeter.interval", newInterval, h);
        recordFrom.set(i, List.copyOf(newRecordFrom));
        resizeColumns(i, newRecordFrom.size());
        dirty = true;
    }

    /** Resolves targets and variable names; an unknown variable lists the target model's recordables. */
    @Override
    public void prepare(Kernel kernel) {
        if (group != null && !dirty && !kernel.rewiring()) {
            return;
        }
        dirty = false;
        group = new NeuronGroup[size][];
        local = new int[size][];
        varIndex = new int[size][];
        int maxVars = 0;
        for (int i = 0; i < size; i++) {
            List<Integer> ids = targetIds.get(i);
            group[i] = new NeuronGroup[ids.size()];
            local[i] = new int[ids.size()];
            List<String> vars = recordFrom.get(i);
            maxVars = Math.max(maxVars, vars.size());
            for (int t = 0; t < ids.size(); t++) {
                group[i][t] = (NeuronGroup) kernel.group(ids.get(t));
                local[i][t] = ids.get(t) - group[i][t].firstId;
            }
            varIndex[i] = new int[vars.size() * ids.size()];
            for (int t = 0; t < ids.size(); t++) {
                for (int v = 0; v < vars.size(); v++) {
                    varIndex[i][t * vars.size() + v] = group[i][t].recordableIndex(vars.get(v));
                }
            }
        }
        sample = new double[maxVars];
    }

    @Override
    public void afterStep(long step, Kernel kernel) {
        long stamp = step + 1;
        for (int i = 0; i < size; i++) {
            if (stamp % intervalSteps[i] != 0) {
                continue;
            }
            int nv = recordFrom.get(i).size();
            for (int t = 0; t < group[i].length; t++) {
                for (int v = 0; v < nv; v++) {
                    sample[v] = group[i][t].read(varIndex[i][t * nv + v], local[i][t]);
                }
                append(i, group[i][t].firstId + local[i][t], firstId + i, stamp, sample);
            }
        }
    }

    /** Adds neuron {@code id} to the targets sampled by multimeter {@code local} ({@code connect(multimeter, neurons)}). */
    public void observe(int local, int id) {
        targetIds.get(local).add(id);
    }

    public MultimeterEvents events(int i, double h) {
        Map<String, double[]> v = new LinkedHashMap<>();
        List<String> vars = recordFrom.get(i);
        for (int c = 0; c < vars.size(); c++) {
            v.put(vars.get(c), Arrays.copyOf(values[i][c], n[i]));
        }
        return new MultimeterEvents(Arrays.copyOf(senders[i], n[i]), times(i, h), vars, v);
    }
}
