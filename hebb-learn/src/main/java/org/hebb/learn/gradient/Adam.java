package org.hebb.learn.gradient;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1) on a flat parameter vector, with optional clipping of the gradient's global
 * L2 norm to {@code maxNorm} before the step (Pascanu et al. 2013; PyTorch's {@code clip_grad_norm_}).
 */
public final class Adam {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double maxNorm;
    private final double[] m;
    private final double[] v;
    private long t;

    /**
     * @param size         parameter count
     * @param learningRate step size, &gt; 0
     * @param maxNorm      clip the gradient's L2 norm to this (0 or Infinity: no clipping)
     */
    public Adam(int size, double learningRate, double maxNorm) {
        this(size, learningRate, 0.9, 0.999, 1e-8, maxNorm);
    }

    public Adam(int size, double learningRate, double beta1, double beta2, double epsilon, double maxNorm) {
        requireLearningRate(learningRate);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("adam betas: (" + beta1 + ", " + beta2 + ") is not allowed; each must"
                    + " be in [0, 1)");
        }
        if (!(maxNorm >= 0)) {
            throw new IllegalArgumentException("max gradient norm: " + maxNorm + " is not allowed; must be >= 0"
                    + " (0 = no clipping)");
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.maxNorm = maxNorm;
        m = new double[size];
        v = new double[size];
    }

    /** Refuses a learning rate that is not finite and positive (one message for every trainer). */
    public static double requireLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate: " + learningRate + " is not allowed; must be finite"
                    + " and > 0");
        }
        return learningRate;
    }

    /** Scales {@code g} so its L2 norm is at most {@code maxNorm}; returns the norm before clipping. */
    public static double clipNorm(double[] g, double maxNorm) {
        double sq = 0.0;
        for (double x : g) {
            sq += x * x;
        }
        double norm = Math.sqrt(sq);
        if (maxNorm > 0 && norm > maxNorm) {
            double s = maxNorm / norm;
            for (int k = 0; k < g.length; k++) {
                g[k] *= s;
            }
        }
        return norm;
    }

    /** One update of {@code p} from gradient {@code g} (which is clipped in place when clipping is on). */
    public void step(double[] p, double[] g) {
        if (maxNorm > 0 && !Double.isInfinite(maxNorm)) {
            clipNorm(g, maxNorm);
        }
        t++;
        double c1 = 1.0 - Math.pow(beta1, t);
        double c2 = 1.0 - Math.pow(beta2, t);
        for (int k = 0; k < p.length; k++) {
            m[k] = beta1 * m[k] + (1 - beta1) * g[k];
            v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
            p[k] -= learningRate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + epsilon);
        }
    }

    public long stepCount() {
        return t;
    }

    public void writeState(DataOutput out) throws IOException {
        out.writeLong(t);
        out.writeInt(m.length);
        for (int k = 0; k < m.length; k++) {
            out.writeDouble(m[k]);
            out.writeDouble(v[k]);
        }
    }

    public void readState(DataInput in) throws IOException {
        t = in.readLong();
        int n = in.readInt();
        if (n != m.length) {
            throw new IOException("checkpoint has Adam moments for " + n + " parameters; expected " + m.length);
        }
        for (int k = 0; k < n; k++) {
            m[k] = in.readDouble();
            v[k] = in.readDouble();
        }
    }
}
