package org.hebb.l2l.ga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.hebb.l2l.Distributions;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeapOperatorsTest {

    /** With x1 = 0 and x2 = 1 in every gene, child 1 is γ itself: it must be uniform on [−α, 1 + α). */
    @ParameterizedTest
    @CsvSource({"0.0, 1", "0.5, 2", "0.5, 3", "1.0, 4"})
    void cxBlendGammaIsUniformOnMinusAlphaToOnePlusAlpha(double alpha, long seed) {
        int d = 20000;
        double[] x1 = new double[d], x2 = new double[d];
        Arrays.fill(x2, 1.0);
        DeapOperators.cxBlend(x1, x2, alpha, Rng.seeded(seed));
        double width = 1 + 2 * alpha;
        for (int i = 0; i < d; i++) {
            assertThat(x1[i]).isBetween(-alpha, 1 + alpha);
            assertThat(x1[i] + x2[i]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12)); // c1 + c2 = x1 + x2
        }
        double D = Distributions.ks(x1, g -> Math.min(1, Math.max(0, (g + alpha) / width)));
        assertThat(D).isLessThan(Distributions.ksCritical001(d));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 3.0, -2.0, 7", "0.25, -1.0, 4.0, 8"})
    void cxBlendChildIsTheAffineBlendOfItsParents(double alpha, double a, double b, long seed) {
        double[] x1 = {a}, x2 = {b};
        Rng r = Rng.seeded(seed);
        double gamma = (1 + 2 * alpha) * Rng.ofState(r.state()).nextDouble() - alpha;
        DeapOperators.cxBlend(x1, x2, alpha, r);
        assertThat(x1[0]).isEqualTo((1 - gamma) * a + gamma * b);
        assertThat(x2[0]).isEqualTo(gamma * a + (1 - gamma) * b);
    }

    /** Per-gene mutation frequency is Binomial(d, indpb); the increments are N(0, σ). */
    @ParameterizedTest
    @CsvSource({"0.02, 1.0, 11", "0.45, 1.0, 12", "0.45, 0.1, 13", "1.0, 2.5, 14"})
    void mutGaussianMutatesEachGeneWithIndpbByNormalIncrements(double indpb, double sigma, long seed) {
        int d = 20000;
        double[] x = new double[d];
        DeapOperators.mutGaussian(x, 0.0, sigma, indpb, Rng.seeded(seed));
        double[] inc = Arrays.stream(x).filter(v -> v != 0.0).toArray();
        double mean = d * indpb, sd = Math.sqrt(d * indpb * (1 - indpb));
        assertThat((double) inc.length).isBetween(mean - 4 * sd, mean + 4 * sd);
        double D = Distributions.ks(inc, v -> Distributions.normalCdf(v / sigma));
        assertThat(D).isLessThan(Distributions.ksCritical001(inc.length));
    }

    /**
     * With n distinct fitnesses and k aspirants drawn with replacement, rank r (1 = best) wins with probability
     * ((n − r + 1)^k − (n − r)^k) / n^k.
     */
    @ParameterizedTest
    @CsvSource({"5, 2, 1, 21", "5, 3, -1, 22", "8, 4, 1, 23", "10, 1, 1, 24", "4, 4, -1, 25"})
    void selTournamentPicksRanksWithTheClosedFormProbabilities(int n, int k, double weight, long seed) {
        Rng shuffle = Rng.seeded(seed + 1000);
        double[][] fitness = new double[n][];
        int[] rankOf = new int[n];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int i = 0; i < n; i++) { // individual i gets value perm[i]; rank 1 = best under the weight
            fitness[i] = new double[] {perm[i]};
            rankOf[i] = weight > 0 ? n - perm[i] : perm[i] + 1;
        }
        int draws = 30000;
        int[] chosen = DeapOperators.selTournament(fitness, draws, k, FitnessWeights.of(weight), Rng.seeded(seed));
        long[] counts = new long[n];
        for (int c : chosen) {
            counts[rankOf[c] - 1]++;
        }
        double[] p = new double[n];
        for (int r = 1; r <= n; r++) {
            p[r - 1] = (Math.pow(n - r + 1, k) - Math.pow(n - r, k)) / Math.pow(n, k);
        }
        long[] obs = Arrays.stream(counts).toArray();
        // merge ranks whose expected count is tiny (chi-square needs expected >= 5)
        int cells = n;
        while (cells > 2 && draws * p[cells - 1] < 5) {
            p[cells - 2] += p[cells - 1];
            obs[cells - 2] += obs[cells - 1];
            cells--;
        }
        double chi = Distributions.chiSquare(Arrays.copyOf(obs, cells), Arrays.copyOf(p, cells));
        assertThat(chi).isLessThan(Distributions.chiSquareCritical001(cells - 1));
    }
}
