package org.hebb.sim.record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.kernel.NodeGroup;

/**
 * Common part of the recording devices: growing primitive event columns per device
 * (senders, targets, times, values), exposed as copies.
 */
public abstract class RecorderGroup extends NodeGroup {

    /** Per device: event count and columns; a few objects per device, none per event. */
    final int[] n;
    int[][] senders;
    int[][] targets;
    long[][] steps;
    double[][][] values;
    private final int columns;

    protected RecorderGroup(int firstId, int size, int columns) {
        super(firstId, size);
        this.columns = columns;
        n = new int[size];
        senders = new int[size][16];
        targets = new int[size][16];
        steps = new long[size][16];
        values = new double[size][columns][16];
    }

    /** Appends an event; {@code v} may be longer than needed (only the first columns are kept). */
    final void append(int local, int sender, int target, long step, double[] v) {
        int k = n[local];
        if (k == senders[local].length) {
            int cap = k * 2;
            senders[local] = Arrays.copyOf(senders[local], cap);
            targets[local] = Arrays.copyOf(targets[local], cap);
            steps[local] = Arrays.copyOf(steps[local], cap);
            for (int c = 0; c < values[local].length; c++) {
                values[local][c] = Arrays.copyOf(values[local][c], cap);
            }
        }
        senders[local][k] = sender;
        targets[local][k] = target;
        steps[local][k] = step;
        for (int c = 0; c < values[local].length; c++) {
            values[local][c][k] = v[c];
        }
        n[local] = k + 1;
    }

    final void resizeColumns(int local, int count) {
        values[local] = new double[count][Math.max(16, senders[local].length)];
    }

    final double[] times(int local, double h) {
        double[] t = new double[n[local]];
        for (int k = 0; k < t.length; k++) {
            t[k] = steps[local][k] * h; // NEST: t = steps * h in double
        }
        return t;
    }

    @Override
    public Object get(int local, String name) {
        if (name.equals("n_events")) {
            return (double) n[local];
        }
        throw unknownParameter(name);
    }

    @Override
    public void set(int local, Map<String, Object> params) {
        for (String k : params.keySet()) {
            throw unknownParameter(k);
        }
    }

    @Override
    protected java.util.Collection<String> settableNames() {
        return List.copyOf(info().defaults().keySet());
    }

    int columns() {
        return columns;
    }
}
