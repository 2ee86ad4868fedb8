package org.hebb.l2l.ce;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import org.hebb.l2l.Rng;
import org.hebb.l2l.search.StateCodec;
import org.hebb.l2l.search.SymmetricEigen;

/**
 * The sampling distribution of the cross-entropy methods (L2L's {@code Gaussian} and {@code NoisyGaussian}): a
 * full-covariance Gaussian fitted to selected samples (mean and unbiased covariance, as {@code np.cov}), smoothed
 * with the previous fit, {@code θ ← s·θ_old + (1 − s)·θ_fit} (Rubinstein &amp; Kroese 2004, §4.3 smoothed updating).
 * The noisy variant adds {@code diag(|N(0, m)|)} to the covariance and then decays {@code m ← m·noise_decay}
 * (Szita &amp; Lőrincz 2006, noisy CE).
 */
public final class GaussianDistribution {
    /** The names a config uses for {@code distribution}. */
    public static final List<String> NAMES = List.of("gaussian", "noisy_gaussian");

    private final boolean noisy;
    private final double noiseDecay;
    private double noise;
    private double[] mean;
    private double[][] cov;
    private SymmetricEigen eig;

    public GaussianDistribution(String kind, double noiseMagnitude, double noiseDecay) {
        this.noisy = kind.equals("noisy_gaussian");
        this.noise = noiseMagnitude;
        this.noiseDecay = noiseDecay;
    }

    /** Fits to {@code samples}; {@code smoothing} blends with the previous fit (none on the first fit). */
    public void fit(List<double[]> samples, double smoothing, Rng rng) {
        int d = samples.get(0).length, k = samples.size();
        double[] m = new double[d];
        for (double[] x : samples) {
            for (int i = 0; i < d; i++) {
                m[i] += x[i] / k;
            }
        }
        double[][] c = new double[d][d];
        for (double[] x : samples) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j <= i; j++) {
                    c[i][j] += (x[i] - m[i]) * (x[j] - m[j]) / Math.max(1, k - 1); // np.cov: 1/(k − 1)
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                c[j][i] = c[i][j];
            }
        }
        if (noisy) {
            for (int i = 0; i < d; i++) {
                c[i][i] += Math.abs(rng.nextGaussian(0, noise)); // NoisyGaussian: + diag(|N(0, m)|)
            }
            noise *= noiseDecay;
        }
        if (mean != null) {
            for (int i = 0; i < d; i++) {
                m[i] = smoothing * mean[i] + (1 - smoothing) * m[i]; // θ ← s θ_old + (1 − s) θ_fit
                for (int j = 0; j < d; j++) {
                    c[i][j] = smoothing * cov[i][j] + (1 - smoothing) * c[i][j];
                }
            }
        }
        mean = m;
        cov = c;
        eig = SymmetricEigen.of(cov);
    }

    /** One draw of N(mean, cov). */
    public double[] sample(Rng rng) {
        double[] z = new double[mean.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        double[] y = eig.transform(z);
        for (int i = 0; i < y.length; i++) {
            y[i] += mean[i];
        }
        return y;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[][] covariance() {
        return StateCodec.copy(cov);
    }

    public void write(DataOutput out) throws IOException {
        out.writeDouble(noise);
        StateCodec.writeVector(out, mean);
        StateCodec.writeMatrix(out, cov);
    }

    public void read(DataInput in) throws IOException {
        noise = in.readDouble();
        mean = StateCodec.readVector(in);
        cov = StateCodec.readMatrix(in);
        eig = mean == null ? null : SymmetricEigen.of(cov); // the same deterministic function of cov as after fit
    }
}
