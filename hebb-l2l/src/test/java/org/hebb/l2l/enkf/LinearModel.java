package org.hebb.l2l.enkf;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;

/** A noise-free linear model G(u) = A u with hidden true weights; fitness = [MSE, outputs...]. */
final class LinearModel implements SupervisedOptimizee {
    final double[][] a;
    final double[] truth;
    private final double[] targets;

    LinearModel(int weights, int outputs, long seed) {
        Rng r = Rng.seeded(seed);
        a = new double[outputs][weights];
        truth = new double[weights];
        for (int i = 0; i < weights; i++) {
            truth[i] = r.nextGaussian(0, 2);
        }
        for (double[] row : a) {
            for (int i = 0; i < weights; i++) {
                row[i] = r.nextGaussian();
            }
        }
        targets = outputs(truth);
    }

    double[] outputs(double[] u) {
        double[] y = new double[a.length];
        for (int o = 0; o < a.length; o++) {
            for (int i = 0; i < u.length; i++) {
                y[o] += a[o][i] * u[i];
            }
        }
        return y;
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }

    @Override
    public GenomeLayout layout() {
        return GenomeLayout.of(new ParameterBlock("w", truth.length));
    }

    @Override
    public double[] createIndividual(Rng rng) {
        double[] u = new double[truth.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextGaussian(0, 3);
        }
        return u;
    }

    @Override
    public FitnessWeights fitnessWeights() {
        double[] w = new double[a.length + 1];
        java.util.Arrays.fill(w, 1.0);
        w[0] = -1.0; // minimise the MSE
        return FitnessWeights.of(w);
    }

    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) {
        double[] y = outputs(genome);
        double[] f = new double[y.length + 1];
        for (int o = 0; o < y.length; o++) {
            f[0] += (y[o] - targets[o]) * (y[o] - targets[o]) / y.length;
            f[o + 1] = y[o];
        }
        return f;
    }
}
