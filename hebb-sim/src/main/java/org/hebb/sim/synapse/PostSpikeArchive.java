package org.hebb.sim.synapse;

import java.util.Arrays;

/**
 * The spike history of the postsynaptic neurons of a plastic synapse model, as NEST's
 * {@code ArchivingNode} keeps it: on every own spike at {@code t}
 * {@code Kminus = Kminus * exp((last - t) / tau_minus) + 1} and {@code (t, Kminus)} is appended.
 * Indexed by node id; only targets of the owning table are tracked. Old entries are dropped when no
 * connection can need them any more.
 */
final class PostSpikeArchive {

    private boolean[] tracked = new boolean[0];
    private double[] tauMinusInv = new double[0];
    private double[] kminus = new double[0];
    private double[] last = new double[0];
    /** Per node: spike times and Kminus after each spike; valid entries {@code first[i] .. n[i]-1}. */
    double[][] t = new double[0][];
    double[][] k = new double[0][];
    int[] first = new int[0];
    int[] n = new int[0];
    private PlasticSynapseTable owner;

    /** Starts tracking the targets of {@code table}; re-reads every target's {@code tau_minus}. */
    void track(PlasticSynapseTable table, int nodes) {
        owner = table;
        if (tracked.length < nodes + 1) {
            int m = nodes + 1;
            tracked = Arrays.copyOf(tracked, m);
            tauMinusInv = Arrays.copyOf(tauMinusInv, m);
            kminus = Arrays.copyOf(kminus, m);
            last = Arrays.copyOf(last, m);
            t = Arrays.copyOf(t, m);
            k = Arrays.copyOf(k, m);
            first = Arrays.copyOf(first, m);
            n = Arrays.copyOf(n, m);
        }
        for (int id = 1; id <= nodes; id++) {
            if (table.inStart[id + 1] == table.inStart[id]) {
                continue; // not a target of this table
            }
            if (!tracked[id]) {
                tracked[id] = true;
                last[id] = -1.0; // ArchivingNode: last_spike_ starts at -1 ms
                t[id] = new double[8];
                k[id] = new double[8];
            }
            tauMinusInv[id] = 1.0 / table.kernel.parameter(id, "tau_minus");
        }
    }

    /** @return whether node {@code id} is a tracked target */
    boolean tracks(int id) {
        return id < tracked.length && tracked[id];
    }

    /** Archives a spike of node {@code id} at {@code time} ms (ArchivingNode::set_spiketime). */
    void onSpike(int id, double time) {
        kminus[id] = kminus[id] * Math.exp((last[id] - time) * tauMinusInv[id]) + 1.0;
        last[id] = time;
        if (n[id] == t[id].length) {
            compact(id);
        }
        t[id][n[id]] = time;
        k[id][n[id]] = kminus[id];
        n[id]++;
    }

    private void compact(int id) {
        double needed = owner.oldestNeeded(id);
        int keep = first[id];
        while (keep + 1 < n[id] && t[id][keep + 1] < needed) {
            keep++; // keep one entry before the oldest window: get_K_value may need it
        }
        int m = n[id] - keep;
        double[] nt = new double[Math.max(8, 2 * m + 1)];
        double[] nk = new double[nt.length];
        System.arraycopy(t[id], keep, nt, 0, m);
        System.arraycopy(k[id], keep, nk, 0, m);
        t[id] = nt;
        k[id] = nk;
        first[id] = 0;
        n[id] = m;
    }

    /**
     * ArchivingNode::get_K_value: the trace at {@code time} from the latest spike strictly before it
     * ({@code time - t_j > eps}); 0 without one.
     */
    double kValue(int id, double time, double eps) {
        for (int j = n[id] - 1; j >= first[id]; j--) {
            if (time - t[id][j] > eps) {
                return k[id][j] * Math.exp((t[id][j] - time) * tauMinusInv[id]);
            }
        }
        return 0.0;
    }

    /** @return the index of the first entry with {@code t_j >= from} (ArchivingNode::get_history start) */
    int lowerBound(int id, double from) {
        int lo = first[id];
        int hi = n[id];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[id][mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
