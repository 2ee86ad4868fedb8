package org.hebb.l2l.search;

import java.util.Arrays;

/** Orderings of a generation by score. */
public final class Ranking {
    private Ranking() {
    }

    /** Indices sorted best (highest score) first; ties keep index order (stable). */
    public static int[] descending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The index of the highest score (the first on ties). */
    public static int argMax(double[] scores) {
        int b = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[b]) {
                b = i;
            }
        }
        return b;
    }
}
