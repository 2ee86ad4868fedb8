package org.hebb.l2l.es;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;

/**
 * OpenAI-style evolution strategies (Salimans et al. 2017, Algorithm 1/2; L2L's {@code EvolutionStrategiesOptimizer}):
 * each generation evaluates the centre θ (index 0, as L2L reports it) and θ + σεᵢ, εᵢ ~ N(0, I), i = 1..pop_size,
 * followed by the mirrored θ − σεᵢ if enabled. The scores (without the centre) are shaped, the gradient estimate is
 * {@code g = Σ Fᵢ εᵢ / (N σ)} over the N samples, and θ moves up it by SGD (with momentum) or Adam (Kingma &amp; Ba
 * 2015, Algorithm 1). σ and α decay geometrically if asked. Unlike L2L, the centre's own fitness is reported at
 * index 0 (L2L read a perturbed individual's).
 */
public final class EvolutionStrategies extends SearchOptimizer {
    private final EvolutionStrategiesParameters p;
    private double[] theta, velocity, m, v;
    private double[][] eps;
    private double sigma, alpha;
    private int steps;

    public EvolutionStrategies(EvolutionStrategiesParameters parameters, Optimizee optimizee) {
        super("EvolutionStrategies", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        theta = newIndividual();
        velocity = new double[dimensions];
        m = new double[dimensions];
        v = new double[dimensions];
        sigma = p.noiseStd();
        alpha = p.learningRate();
        start(sample());
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The current centre θ. */
    public double[] centre() {
        return theta.clone();
    }

    private double[][] sample() {
        int k = p.popSize(), n = p.mirrored() ? 2 * k : k;
        eps = new double[n][dimensions];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < dimensions; j++) {
                eps[i][j] = rng.nextGaussian();
                if (p.mirrored()) {
                    eps[k + i][j] = -eps[i][j]; // mirrored sampling (Salimans et al. 2017, §2.2)
                }
            }
        }
        double[][] out = new double[n + 1][];
        out[0] = theta.clone();
        for (int i = 0; i < n; i++) {
            double[] x = new double[dimensions];
            for (int j = 0; j < dimensions; j++) {
                x[j] = theta[j] + sigma * eps[i][j];
            }
            out[i + 1] = bounded(x);
        }
        return out;
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        int n = eps.length;
        double[] s = new double[n];
        System.arraycopy(scores, 1, s, 0, n);
        double[] f = p.shaping().shape(s);
        double[] g = new double[dimensions];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dimensions; j++) {
                g[j] += f[i] * eps[i][j] / (n * sigma); // Salimans et al. 2017, Algorithm 1: (1/(nσ)) Σ Fᵢ εᵢ
            }
        }
        steps++;
        for (int j = 0; j < dimensions; j++) {
            if (p.updateRule().equals("adam")) { // Kingma & Ba 2015, Algorithm 1, as ascent
                m[j] = p.beta1() * m[j] + (1 - p.beta1()) * g[j];
                v[j] = p.beta2() * v[j] + (1 - p.beta2()) * g[j] * g[j];
                double mHat = m[j] / (1 - Math.pow(p.beta1(), steps));
                double vHat = v[j] / (1 - Math.pow(p.beta2(), steps));
                theta[j] += alpha * mHat / (Math.sqrt(vHat) + 1e-8);
            } else { // L2L: θ ← θ + α Σ Fᵢ εᵢ/(nσ), with optional momentum
                velocity[j] = p.momentum() * velocity[j] + g[j];
                theta[j] += alpha * velocity[j];
            }
        }
        optimizee.bound(theta);
        alpha *= p.learningRateDecay();
        sigma *= p.noiseStdDecay();
        return sample();
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeInt(steps);
        out.writeDouble(sigma);
        out.writeDouble(alpha);
        StateCodec.writeVector(out, theta);
        StateCodec.writeVector(out, velocity);
        StateCodec.writeVector(out, m);
        StateCodec.writeVector(out, v);
        StateCodec.writeMatrix(out, eps);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        steps = in.readInt();
        sigma = in.readDouble();
        alpha = in.readDouble();
        theta = StateCodec.readVector(in);
        StateCodec.expect("centre length", theta.length, dimensions);
        velocity = StateCodec.readVector(in);
        m = StateCodec.readVector(in);
        v = StateCodec.readVector(in);
        eps = StateCodec.readMatrix(in);
    }
}
