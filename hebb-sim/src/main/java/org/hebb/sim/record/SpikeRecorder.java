package org.hebb.sim.record;

import java.util.List;
import java.util.Map;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.SpikeEvents;

/**
 * NEST's {@code spike_recorder}: records the spikes of the nodes connected to it
 * ({@code connect(neurons, recorder)}), with NEST's time stamps.
 */
public final class SpikeRecorder extends RecorderGroup {

    public static final ModelInfo INFO = new ModelInfo("spike_recorder", ModelInfo.Kind.RECORDER, Map.of("n_events", 0.0), List.of());

    public SpikeRecorder(int firstId, int size) {
        super(firstId, size, 0);
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    private static final double[] NONE = new double[0];

    void record(int local, int sender, long stampStep) {
        append(local, sender, firstId + local, stampStep, NONE);
    }

    public SpikeEvents events(int local, double h) {
        return new SpikeEvents(java.util.Arrays.copyOf(senders[local], n[local]), times(local, h),
                java.util.Arrays.copyOf(steps[local], n[local]));
    }
}
