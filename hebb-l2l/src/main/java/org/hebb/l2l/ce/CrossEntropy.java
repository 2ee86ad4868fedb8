package org.hebb.l2l.ce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.SearchOptimizer;

/**
 * The cross-entropy method with a Gaussian (L2L's {@code CrossEntropyOptimizer}): generation 0 is drawn from the
 * optimizee; then each generation is sorted by weighted fitness, the best {@code n_elite} (plus, with a temperature,
 * non-elite samples accepted with probability exp((f − γ)/T), γ the elite threshold) are fitted with smoothing, and
 * {@code pop_size} new samples are drawn and bounded. Non-elite samples are taken from the sorted list (L2L used the
 * unsorted one).
 */
public final class CrossEntropy extends SearchOptimizer {
    private final CrossEntropyParameters p;
    private final GaussianDistribution distribution;
    private double temperature = 1;

    public CrossEntropy(CrossEntropyParameters parameters, Optimizee optimizee) {
        super("CrossEntropy", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        this.distribution = new GaussianDistribution(p.distribution(), p.noiseMagnitude(), p.noiseDecay());
        double[][] first = new double[p.popSize()][];
        for (int i = 0; i < first.length; i++) {
            first[i] = newIndividual();
        }
        start(first);
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The current distribution's mean (after the last fit). */
    public double[] mean() {
        return distribution.mean();
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        List<double[]> selected = EliteSelection.select(asked, scores, p.nElite(),
                p.tempDecay() > 0 ? temperature : 0, rng);
        temperature *= p.tempDecay() > 0 ? p.tempDecay() : 1; // T ← T·temp_decay, from T = 1
        distribution.fit(selected, p.smoothing(), rng);
        double[][] out = new double[p.popSize()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = bounded(distribution.sample(rng));
        }
        return out;
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeDouble(temperature);
        distribution.write(out);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        temperature = in.readDouble();
        distribution.read(in);
    }
}
