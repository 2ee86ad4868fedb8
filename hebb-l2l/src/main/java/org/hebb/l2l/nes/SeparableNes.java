package org.hebb.l2l.nes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;

/**
 * Separable NES (Wierstra et al. 2014, Algorithm 6; Schaul et al. 2011): samples zᵢ = μ + σ⊙sᵢ, sᵢ ~ N(0, I)
 * (plus μ − σ⊙sᵢ if mirrored), utilities uᵢ from the scores, then
 * {@code μ ← μ + η_μ σ⊙Σ uᵢsᵢ} and {@code σ ← σ⊙exp(η_σ/2 Σ uᵢ(sᵢ² − 1))}. Every sample enters the update (L2L
 * dropped one per generation); no centre is evaluated.
 */
public final class SeparableNes extends SearchOptimizer {
    private final SeparableNesParameters p;
    private final int base;
    private final double etaSigma;
    private double[] mu, sigma;
    private double[][] s;

    public SeparableNes(SeparableNesParameters parameters, Optimizee optimizee) {
        super("SeparableNES", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        int d = dimensions;
        this.base = p.popSize() == 0 ? 4 + (int) Math.floor(3 * Math.log(d)) : p.popSize(); // Wierstra et al. Table 1
        this.etaSigma = p.learningRateSigma() == 0 ? (3 + Math.log(d)) / (5 * Math.sqrt(d)) : p.learningRateSigma();
        mu = newIndividual();
        sigma = new double[d];
        java.util.Arrays.fill(sigma, p.sigma());
        start(sample());
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The current mean μ. */
    public double[] mean() {
        return mu.clone();
    }

    /** The current per-coordinate σ. */
    public double[] sigma() {
        return sigma.clone();
    }

    private double[][] sample() {
        int n = p.mirrored() ? 2 * base : base;
        s = new double[n][dimensions];
        double[][] out = new double[n][];
        for (int i = 0; i < base; i++) {
            for (int j = 0; j < dimensions; j++) {
                s[i][j] = rng.nextGaussian();
                if (p.mirrored()) {
                    s[base + i][j] = -s[i][j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double[] z = new double[dimensions];
            for (int j = 0; j < dimensions; j++) {
                z[j] = mu[j] + sigma[j] * s[i][j];
            }
            out[i] = bounded(z);
        }
        return out;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        double[] u = p.shaping().shape(scores);
        for (int j = 0; j < dimensions; j++) {
            double gMu = 0, gSigma = 0;
            for (int i = 0; i < s.length; i++) {
                gMu += u[i] * s[i][j]; // ∇_μ J = Σ uᵢ sᵢ
                gSigma += u[i] * (s[i][j] * s[i][j] - 1); // ∇_σ J = Σ uᵢ (sᵢ² − 1)
            }
            mu[j] += p.learningRateMu() * sigma[j] * gMu; // μ ← μ + η_μ σ ∇_μ J
            sigma[j] *= Math.exp(etaSigma / 2 * gSigma); // σ ← σ exp(η_σ/2 ∇_σ J)
        }
        optimizee.bound(mu);
        return sample();
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        StateCodec.writeVector(out, mu);
        StateCodec.writeVector(out, sigma);
        StateCodec.writeMatrix(out, s);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        mu = StateCodec.readVector(in);
        StateCodec.expect("mean length", mu.length, dimensions);
        sigma = StateCodec.readVector(in);
        s = StateCodec.readMatrix(in);
    }
}
