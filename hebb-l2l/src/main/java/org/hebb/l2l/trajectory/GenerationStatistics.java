package org.hebb.l2l.trajectory;

import org.hebb.l2l.FitnessWeights;

/**
 * Per-generation summary. Fitness statistics are per objective over the finite fitness values of the generation
 * (so the default failure fitness, ±infinity, stays out of them); NaN when there are none. {@code std} is the
 * population standard deviation (numpy's default, ddof = 0).
 *
 * @param bestIndex   index of the generation's best individual under the fitness weights (lowest index on ties)
 * @param bestFitness that individual's fitness tuple
 */
public record GenerationStatistics(int generation, int size, int evaluated, int failed, double[] max, double[] min,
        double[] mean, double[] std, int bestIndex, double[] bestFitness) {

    /** The statistics of {@code r}, ranking by {@code weights}. */
    public static GenerationStatistics of(GenerationRecord r, FitnessWeights weights) {
        int m = r.objectives();
        double[] max = new double[m], min = new double[m], mean = new double[m], std = new double[m];
        for (int k = 0; k < m; k++) {
            int count = 0;
            double hi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY, sum = 0;
            for (int i = 0; i < r.size(); i++) {
                double v = r.fitness(i)[k];
                if (Double.isFinite(v)) {
                    count++;
                    hi = Math.max(hi, v);
                    lo = Math.min(lo, v);
                    sum += v;
                }
            }
            double mu = count == 0 ? Double.NaN : sum / count;
            double ss = 0;
            for (int i = 0; i < r.size(); i++) {
                double v = r.fitness(i)[k];
                if (Double.isFinite(v)) {
                    ss += (v - mu) * (v - mu);
                }
            }
            max[k] = count == 0 ? Double.NaN : hi;
            min[k] = count == 0 ? Double.NaN : lo;
            mean[k] = mu;
            std[k] = count == 0 ? Double.NaN : Math.sqrt(ss / count);
        }
        int best = 0;
        for (int i = 1; i < r.size(); i++) {
            if (weights.compare(r.fitness(i), r.fitness(best)) > 0) {
                best = i;
            }
        }
        return new GenerationStatistics(r.generation(), r.size(), r.evaluatedCount(), r.failedCount(), max, min,
                mean, std, best, r.fitness(best));
    }
}
