package org.hebb.sim.record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.WeightEvents;

/**
 * NEST's {@code weight_recorder}: plastic synapse models whose {@code weight_recorder} parameter names it
 * report {@code (sender, target, time, weight)} for every spike they transmit. Static synapses do not report.
 */
public final class WeightRecorder extends RecorderGroup {

    public static final ModelInfo INFO = new ModelInfo("weight_recorder", ModelInfo.Kind.RECORDER, Map.of("n_events", 0.0), List.of());

    private final double[] one = new double[1];

    public WeightRecorder(int firstId, int size) {
        super(firstId, size, 1);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    /** Called by a plastic synapse after its update for the spike of stamp {@code stampStep}. */
    public void record(int local, int sender, int target, long stampStep, double weight) {
        one[0] = weight;
        append(local, sender, target, stampStep, one);
    }

    public WeightEvents events(int local, double h) {
        return new WeightEvents(Arrays.copyOf(senders[local], n[local]), Arrays.copyOf(targets[local], n[local]),
                times(local, h), Arrays.copyOf(values[local][0], n[local]));
    }
}
