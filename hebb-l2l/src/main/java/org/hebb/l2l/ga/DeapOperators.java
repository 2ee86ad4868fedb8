package org.hebb.l2l.ga;

import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Rng;

/**
 * The three DEAP operators L2L's GA registers, re-implemented from their published definitions on primitive arrays.
 * All draw from the given {@link Rng} in a fixed order, so a seed decides every outcome.
 */
public final class DeapOperators {
    private DeapOperators() {
    }

    /**
     * DEAP {@code cxBlend(ind1, ind2, alpha)}, in place: per gene {@code γ = (1 + 2α)u − α}, {@code u ~ U[0, 1)};
     * {@code c1 = (1 − γ)x1 + γx2}, {@code c2 = γx1 + (1 − γ)x2}.
     */
    public static void cxBlend(double[] x1, double[] x2, double alpha, Rng rng) {
        for (int i = 0; i < x1.length; i++) {
            double gamma = (1.0 + 2.0 * alpha) * rng.nextDouble() - alpha; // one fresh γ per gene, as DEAP
            double a = x1[i], b = x2[i];
            x1[i] = (1.0 - gamma) * a + gamma * b;
            x2[i] = gamma * a + (1.0 - gamma) * b;
        }
    }

    /**
     * DEAP {@code mutGaussian(ind, mu, sigma, indpb)}, in place: each gene, with probability {@code indpb}, gets
     * {@code += N(mu, sigma)}. Returns whether any gene was drawn for mutation.
     */
    public static boolean mutGaussian(double[] x, double mu, double sigma, double indpb, Rng rng) {
        boolean any = false;
        for (int i = 0; i < x.length; i++) {
            if (rng.nextDouble() < indpb) { // DEAP: random.random() < indpb
                x[i] += rng.nextGaussian(mu, sigma);
                any = true;
            }
        }
        return any;
    }

    /**
     * DEAP {@code selTournament(individuals, k, tournsize)}: {@code k} times draw {@code tournsize} aspirants
     * uniformly with replacement and keep the best (the first best on ties, as Python's {@code max}).
     *
     * @return the indices of the chosen individuals
     */
    public static int[] selTournament(double[][] fitness, int k, int tournsize, FitnessWeights weights, Rng rng) {
        int n = fitness.length;
        int[] chosen = new int[k];
        for (int c = 0; c < k; c++) {
            int best = rng.nextInt(n); // aspirants drawn with replacement (DEAP selRandom)
            for (int t = 1; t < tournsize; t++) {
                int a = rng.nextInt(n);
                if (weights.compare(fitness[a], fitness[best]) > 0) {
                    best = a;
                }
            }
            chosen[c] = best;
        }
        return chosen;
    }
}
