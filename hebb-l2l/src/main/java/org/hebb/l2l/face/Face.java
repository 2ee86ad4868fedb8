package org.hebb.l2l.face;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ce.EliteSelection;
import org.hebb.l2l.ce.GaussianDistribution;
import org.hebb.l2l.search.Ranking;
import org.hebb.l2l.search.SearchOptimizer;

/**
 * The fully adaptive cross-entropy method (L2L's {@code FACEOptimizer}), with an adaptive sample size: generation 0
 * holds {@code min_pop_size} individuals of the optimizee. After each generation, if the best score or the elite
 * threshold γ improved on the best so far, the distribution is refitted to the elite (with smoothing) and the next
 * size is {@code (size + min_pop_size)/2}; if not and {@code size + n_expand <= max_pop_size}, the size grows by
 * {@code n_expand} and the same distribution is sampled again; otherwise (L2L: "possibly diverged") the distribution
 * is refitted at the maximal size. Temperatures work as in cross-entropy (L2L crashed when {@code temp_decay > 0}).
 */
public final class Face extends SearchOptimizer {
    private final FaceParameters p;
    private final GaussianDistribution distribution;
    private double temperature = 1, bestScore = Double.NEGATIVE_INFINITY, bestGamma = Double.NEGATIVE_INFINITY;
    private int size;
    private boolean diverged;

    public Face(FaceParameters parameters, Optimizee optimizee) {
        super("FACE", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        this.distribution = new GaussianDistribution(p.distribution(), p.noiseMagnitude(), p.noiseDecay());
        size = p.minPopSize();
        double[][] first = new double[size][];
        for (int i = 0; i < size; i++) {
            first[i] = newIndividual();
        }
        start(first);
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** Whether the last generation hit the size limit without improving (L2L's "possibly diverged"). */
    public boolean possiblyDiverged() {
        return diverged;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        int[] order = Ranking.descending(scores);
        double best = scores[order[0]];
        double gamma = scores[order[Math.min(p.nElite(), order.length) - 1]];
        boolean improved = best > bestScore || gamma > bestGamma;
        bestScore = Math.max(bestScore, best);
        bestGamma = Math.max(bestGamma, gamma);
        diverged = false;
        if (improved) {
            fit(asked, scores);
            size = (size + p.minPopSize()) / 2;
        } else if (size + p.nExpand() <= p.maxPopSize()) {
            size += p.nExpand(); // resample the same distribution with more samples
        } else {
            diverged = true;
            fit(asked, scores);
        }
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            out[i] = bounded(distribution.sample(rng));
        }
        return out;
    }

    private void fit(double[][] asked, double[] scores) {
        distribution.fit(EliteSelection.select(asked, scores, p.nElite(), p.tempDecay() > 0 ? temperature : 0, rng),
                p.smoothing(), rng);
        temperature *= p.tempDecay() > 0 ? p.tempDecay() : 1;
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeDouble(temperature);
        out.writeDouble(bestScore);
        out.writeDouble(bestGamma);
        out.writeInt(size);
        out.writeBoolean(diverged);
        distribution.write(out);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        temperature = in.readDouble();
        bestScore = in.readDouble();
        bestGamma = in.readDouble();
        size = in.readInt();
        diverged = in.readBoolean();
        distribution.read(in);
    }
}
