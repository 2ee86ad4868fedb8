package org.hebb.l2l.ce;

import java.util.ArrayList;
import java.util.List;
import org.hebb.l2l.Rng;
import org.hebb.l2l.search.Ranking;

/** The samples a cross-entropy step fits: the elite, plus non-elite samples admitted by a temperature. */
public final class EliteSelection {
    private EliteSelection() {
    }

    /**
     * The best {@code nElite} samples and, if {@code temperature > 0}, each further sample in sorted order with
     * probability {@code min(1, exp((f − γ)/T))}, γ the score of the last elite sample (L2L's CE/FACE
     * {@code temp_decay}, taken from the sorted list where L2L indexed the unsorted one).
     */
    public static List<double[]> select(double[][] samples, double[] scores, int nElite, double temperature,
            Rng rng) {
        int[] order = Ranking.descending(scores);
        int e = Math.min(nElite, order.length);
        List<double[]> selected = new ArrayList<>();
        for (int k = 0; k < e; k++) {
            selected.add(samples[order[k]]);
        }
        if (temperature > 0) {
            double gamma = scores[order[e - 1]];
            for (int k = e; k < order.length; k++) {
                double accept = Math.min(1, Math.exp((scores[order[k]] - gamma) / temperature));
                if (rng.nextDouble() < accept) {
                    selected.add(samples[order[k]]);
                }
            }
        }
        return selected;
    }
}
