package org.hebb.l2l;

import java.io.Serializable;

/**
 * An optimizee whose genome is one block {@code weights} of a spiking controller, drawn uniformly from and clipped to
 * [−bound, bound], and whose fitness, maximised, is a per-episode score averaged over the episodes a seeding names
 * for the generation. The result depends on the genome and the generation only, so any number of threads gives the
 * same; the evaluation checks for an interrupt (the evaluator's timeout) before each episode.
 */
public abstract class EpisodicOptimizee implements Optimizee, Serializable {
    private static final long serialVersionUID = 1L;

    /** The name of the single parameter block. */
    public static final String BLOCK = "weights";

    private final GenomeLayout layout;
    private final double bound;

    /**
     * @param genes number of weights
     * @param bound genes live in [−bound, bound]
     */
    protected EpisodicOptimizee(int genes, double bound) {
        this.layout = GenomeLayout.of(new ParameterBlock(BLOCK, genes));
        this.bound = bound;
    }

    /** @return the environment seeds of the fitness episodes of {@code generation} */
    protected abstract long[] seeds(int generation);

    /** @return the score of one fitness episode from {@code reset(seed)} */
    protected abstract double episodeScore(double[] genome, long seed);

    /** @return the task's name for messages */
    protected abstract String task();

    @Override
    public final GenomeLayout layout() {
        return layout;
    }

    /** Every gene uniform in [−bound, bound) (L2L: {@code rng.uniform(-20, 20, n)}), drawn from {@code rng} only. */
    @Override
    public final double[] createIndividual(Rng rng) {
        double[] g = new double[layout.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = -bound + 2 * bound * rng.nextDouble();
        }
        return g;
    }

    @Override
    public final void bound(double[] genome) {
        for (int i = 0; i < genome.length; i++) {
            genome[i] = Math.min(bound, Math.max(-bound, genome[i]));
        }
    }

    /** One objective, maximised. */
    @Override
    public final FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1.0);
    }

    /** @return how many fitness episodes one evaluation in {@code generation} plays (a training-episode count's factor) */
    public final int episodesPerEvaluation(int generation) {
        return seeds(generation).length;
    }

    /**
     * The mean episode score over the generation's episodes.
     *
     * @throws InterruptedException when the evaluating thread is interrupted (the evaluator's timeout)
     */
    @Override
    public final double[] evaluate(double[] genome, EvaluationContext context) throws InterruptedException {
        long[] seeds = seeds(context.generation());
        double sum = 0;
        for (long seed : seeds) {
            if (Thread.interrupted()) {
                throw new InterruptedException(task() + " evaluation of generation " + context.generation()
                        + ", individual " + context.index() + " interrupted");
            }
            sum += episodeScore(genome, seed);
        }
        return new double[] {sum / seeds.length};
    }
}
