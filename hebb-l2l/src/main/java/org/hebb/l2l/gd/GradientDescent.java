package org.hebb.l2l.gd;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.search.SearchOptimizer;
import org.hebb.l2l.search.StateCodec;

/**
 * Finite-difference gradient ascent (L2L's {@code GradientDescentOptimizer}): each generation evaluates the centre x
 * (index 0) and {@code n_random_steps} points x + Δᵢ, Δᵢ ~ N(0, σ²I), bounded; the gradient of the weighted fitness
 * is the least-squares fit {@code g = pinv(ΔX)(f − f₀)} (EJML pseudo-inverse; ΔX holds the bounded steps as rows).
 * Updates: classic {@code x += αg}; stochastic {@code x += α(g + N(0, s)·decay^(t+1))}; momentum (Polyak 1964)
 * {@code v = μv + αg, x += v}; RMSProp (Tieleman &amp; Hinton 2012) {@code v = βv + (1−β)g², x += αg/√(v + 1e−6)};
 * Adam (Kingma &amp; Ba 2015, Alg. 1); AdaMax (ibid., Alg. 2) {@code u = max(β₂u, |g|), x += α/(1−β₁ᵗ)·m/u}.
 */
public final class GradientDescent extends SearchOptimizer {
    private final GradientDescentParameters p;
    private final int steps;
    private double[] x, m, v;
    private int t;

    public GradientDescent(GradientDescentParameters parameters, Optimizee optimizee) {
        super("GradientDescent", optimizee, parameters.seed(), parameters.nIteration(), parameters.stopCriterion());
        this.p = parameters;
        this.steps = p.nRandomSteps() == 0 ? dimensions : p.nRandomSteps();
        x = newIndividual();
        m = new double[dimensions];
        v = new double[dimensions];
        start(sample());
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    /** The current centre x. */
    public double[] centre() {
        return x.clone();
    }

    private double[][] sample() {
        double[][] out = new double[steps + 1][];
        out[0] = x.clone();
        for (int i = 1; i <= steps; i++) {
            double[] y = new double[dimensions];
            for (int j = 0; j < dimensions; j++) {
                y[j] = x[j] + rng.nextGaussian(0, p.explorationStepSize());
            }
            out[i] = bounded(y);
        }
        return out;
    }

    /** {@code pinv(ΔX)(f − f₀)}: the least-squares gradient from the steps around {@code asked[0]}. */
    static double[] gradient(double[][] asked, double[] scores) {
        int n = asked.length - 1, d = asked[0].length;
        DMatrixRMaj dx = new DMatrixRMaj(n, d);
        DMatrixRMaj df = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                dx.set(i, j, asked[i + 1][j] - asked[0][j]);
            }
            double diff = scores[i + 1] - scores[0];
            df.set(i, 0, Double.isFinite(diff) ? diff : 0); // a failed evaluation gives no slope information
        }
        DMatrixRMaj pinv = new DMatrixRMaj(d, n);
        CommonOps_DDRM.pinv(dx, pinv);
        DMatrixRMaj g = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.mult(pinv, df, g);
        return g.getData().clone();
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        double[] g = gradient(asked, scores);
        t++;
        for (int j = 0; j < dimensions; j++) {
            switch (p.variant()) {
                case "classic" -> x[j] += p.learningRate() * g[j];
                case "stochastic" -> x[j] += p.learningRate() * (g[j] + rng.nextGaussian(0, p.stochasticDeviation())
                        * Math.pow(p.stochasticDecay(), t));
                case "momentum" -> {
                    m[j] = p.momentum() * m[j] + p.learningRate() * g[j];
                    x[j] += m[j];
                }
                case "rmsprop" -> {
                    v[j] = p.momentumDecay() * v[j] + (1 - p.momentumDecay()) * g[j] * g[j];
                    x[j] += p.learningRate() * g[j] / Math.sqrt(v[j] + 1e-6);
                }
                case "adam" -> {
                    m[j] = p.firstOrderDecay() * m[j] + (1 - p.firstOrderDecay()) * g[j];
                    v[j] = p.secondOrderDecay() * v[j] + (1 - p.secondOrderDecay()) * g[j] * g[j];
                    double mHat = m[j] / (1 - Math.pow(p.firstOrderDecay(), t));
                    double vHat = v[j] / (1 - Math.pow(p.secondOrderDecay(), t));
                    x[j] += p.learningRate() * mHat / (Math.sqrt(vHat) + 1e-8);
                }
                case "adamax" -> {
                    m[j] = p.firstOrderDecay() * m[j] + (1 - p.firstOrderDecay()) * g[j];
                    v[j] = Math.max(p.secondOrderDecay() * v[j], Math.abs(g[j]));
                    if (v[j] > 0) {
                        x[j] += p.learningRate() / (1 - Math.pow(p.firstOrderDecay(), t)) * m[j] / v[j];
                    }
                }
                default -> throw new IllegalStateException("variant " + p.variant());
            }
        }
        optimizee.bound(x);
        return sample();
    }

    @Override
    protected void writeBody(DataOutput out) throws IOException {
        out.writeInt(t);
        StateCodec.writeVector(out, x);
        StateCodec.writeVector(out, m);
        StateCodec.writeVector(out, v);
    }

    @Override
    protected void readBody(DataInput in) throws IOException {
        t = in.readInt();
        x = StateCodec.readVector(in);
        StateCodec.expect("centre length", x.length, dimensions);
        m = StateCodec.readVector(in);
        v = StateCodec.readVector(in);
    }
}
