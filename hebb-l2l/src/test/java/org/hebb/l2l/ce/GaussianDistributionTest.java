package org.hebb.l2l.ce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hebb.l2l.Distributions;
import org.hebb.l2l.Rng;
import org.junit.jupiter.api.Test;

class GaussianDistributionTest {

    /** The fit is the sample mean and the unbiased covariance (np.cov), smoothed with the previous fit. */
    @Test
    void fitsMeanAndUnbiasedCovarianceWithSmoothing() {
        GaussianDistribution g = new GaussianDistribution("gaussian", 0, 1);
        Rng rng = Rng.seeded(1);
        g.fit(List.of(new double[] {0, 0}, new double[] {2, 0}, new double[] {1, 3}), 0.7, rng);
        assertThat(g.mean()).containsExactly(new double[] {1, 1}, within(1e-15));
        assertThat(g.covariance()[0]).containsExactly(new double[] {1, 0}, within(1e-15));
        assertThat(g.covariance()[1]).containsExactly(new double[] {0, 3}, within(1e-15));
        g.fit(List.of(new double[] {5, 5}, new double[] {5, 5}), 0.7, rng);
        assertThat(g.mean()).containsExactly(new double[] {0.7 * 1 + 0.3 * 5, 0.7 * 1 + 0.3 * 5}, within(1e-15));
        assertThat(g.covariance()[1][1]).isCloseTo(0.7 * 3, within(1e-15));
    }

    /** Draws follow N(mean, cov): the standardised first coordinate passes a KS test. */
    @Test
    void samplesFollowTheFittedGaussian() {
        GaussianDistribution g = new GaussianDistribution("gaussian", 0, 1);
        Rng rng = Rng.seeded(2);
        g.fit(List.of(new double[] {0, 0}, new double[] {2, 0}, new double[] {1, 3}), 0, rng);
        int n = 20000;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double[] x = g.sample(rng);
            z[i] = (x[1] - 1) / Math.sqrt(3);
        }
        assertThat(Distributions.ks(z, Distributions::normalCdf)).isLessThan(Distributions.ksCritical001(n));
    }
}
