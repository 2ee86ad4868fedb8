package org.hebb.learn.task;

/**
 * Reads an action from one env step's output spike counts.
 *
 * <ul>
 *   <li>Discrete, k actions: output group a (of G neurons) counts for action a; the action is the group with strictly
 *       the most spikes; a tie for the most, or silence, gives the configured default action (MountainCar's rule,
 *       with "no push" as its default).</li>
 *   <li>Continuous, m dimensions: dimension j has a "plus" group (2j) and a "minus" group (2j + 1); each group's rate is
 *       spikes / (G · window); the action is {@code gain·(rate₊ − rate₋)} clipped to [low_j, high_j].</li>
 * </ul>
 */
public final class ActionDecoder {

    private ActionDecoder() {
    }

    /**
     * @param groupCounts   spikes per action group
     * @param defaultAction the action on a tie for the most or on silence
     * @return the index of the group with strictly the most spikes, else {@code defaultAction}
     */
    public static int discrete(int[] groupCounts, int defaultAction) {
        int best = -1;
        int max = 0; // silence (all 0) leaves best at -1
        boolean tie = false;
        for (int a = 0; a < groupCounts.length; a++) {
            if (groupCounts[a] > max) {
                max = groupCounts[a];
                best = a;
                tie = false;
            } else if (groupCounts[a] == max && max > 0) {
                tie = true;
            }
        }
        return best < 0 || tie ? defaultAction : best;
    }

    /**
     * @param groupCounts spikes per group: plus and minus of dimension 0, then of dimension 1, ...
     * @param groupSize   neurons per group
     * @param windowMs    the env step's simulated time
     * @param gain        action units per Hz of rate difference
     * @param low         lower action bound per dimension
     * @param high        upper action bound per dimension
     * @param out         receives one action per dimension
     */
    public static void continuous(int[] groupCounts, int groupSize, double windowMs, double gain, float[] low,
            float[] high, float[] out) {
        double perHz = groupSize * windowMs / 1000.0;
        for (int j = 0; j < out.length; j++) {
            double plus = groupCounts[2 * j] / perHz;
            double minus = groupCounts[2 * j + 1] / perHz;
            double a = gain * (plus - minus);
            out[j] = (float) Math.min(high[j], Math.max(low[j], a));
        }
    }
}
