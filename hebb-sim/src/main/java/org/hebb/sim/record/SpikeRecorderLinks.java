package org.hebb.sim.record;

import java.util.ArrayList;
import java.util.List;
import org.hebb.sim.kernel.Kernel;

/**
 * Which spike recorders observe which source node: the links made by {@code connect(sources, recorder)},
 * and, after {@link #rebuild}, per source id the recorders (and their local indices) to notify.
 */
public final class SpikeRecorderLinks {

    private final List<int[]> links = new ArrayList<>();
    private SpikeRecorder[][] recorderOf = new SpikeRecorder[1][0];
    private int[][] recorderLocal = new int[1][0];

    public void add(int source, int recorder) {
        links.add(new int[] {source, recorder});
    }

    public void rebuild(Kernel kernel, int nodes) {
        int[] count = new int[nodes + 1];
        for (int[] l : links) {
            count[l[0]]++;
        }
        recorderOf = new SpikeRecorder[nodes + 1][];
        recorderLocal = new int[nodes + 1][];
        for (int i = 0; i <= nodes; i++) {
            recorderOf[i] = new SpikeRecorder[count[i]];
            recorderLocal[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int[] l : links) {
            SpikeRecorder rec = (SpikeRecorder) kernel.group(l[1]);
            recorderOf[l[0]][count[l[0]]] = rec;
            recorderLocal[l[0]][count[l[0]]++] = l[1] - rec.firstId;
        }
    }

    /** Records {@code multiplicity} spikes of {@code source} with stamp {@code stampStep} in every linked recorder. */
    public void record(int source, long stampStep, int multiplicity) {
        SpikeRecorder[] recs = recorderOf[source];
        for (int r = 0; r < recs.length; r++) {
            for (int m = 0; m < multiplicity; m++) {
                recs[r].record(recorderLocal[source][r], source, stampStep);
            }
        }
    }
}
