package org.hebb.l2l.control;

import java.io.Serializable;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.learn.control.ControlEpisode;
import org.hebb.learn.control.ControllerConfig;
import org.hebb.learn.control.HeldOutTest;

/**
 * The spiking controller of {@code org.hebb.learn.control} as an optimizee, for any Gymnasium task: one parameter
 * block {@code weights} of {@link ControllerConfig#genes()} genes, drawn uniformly from and clipped to
 * [−bound, bound]; the fitness, maximised, is the episode return averaged over the episodes the config's
 * {@link org.hebb.learn.mountaincar.EpisodeSeeding} names for the generation. It depends on the genome and the
 * generation only, so one thread and many give the same.
 *
 * {@snippet :
 * ControlOptimizee cp = ControlOptimizee.of(ControllerConfig.defaults("CartPole-v1").withNetwork(0, 1));
 * double fitness = cp.evaluate(cp.createIndividual(Rng.seeded(1)), new EvaluationContext(0, 0, 1))[0];
 * }
 */
public final class ControlOptimizee implements Optimizee, Serializable {

    /** The name of the single parameter block. */
    public static final String BLOCK = "weights";

    private final ControllerConfig config;
    private final GenomeLayout layout;

    private ControlOptimizee(ControllerConfig config) {
        this.config = config;
        this.layout = GenomeLayout.of(new ParameterBlock(BLOCK, config.genes()));
    }

    /** The optimizee with the given settings. */
    public static ControlOptimizee of(ControllerConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("optimizee config: null is not allowed; must be a ControllerConfig");
        }
        return new ControlOptimizee(config);
    }

    /** @return the settings */
    public ControllerConfig config() {
        return config;
    }

    @Override
    public GenomeLayout layout() {
        return layout;
    }

    /** Every gene uniform in [−bound, bound), drawn from {@code rng} only. */
    @Override
    public double[] createIndividual(Rng rng) {
        double b = config.weightBound();
        double[] g = new double[layout.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = -b + 2 * b * rng.nextDouble();
        }
        return g;
    }

    @Override
    public void bound(double[] genome) {
        double b = config.weightBound();
        for (int i = 0; i < genome.length; i++) {
            genome[i] = Math.min(b, Math.max(-b, genome[i]));
        }
    }

    /** One objective, the return, maximised. */
    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1.0);
    }

    /** Fitness episodes per evaluation in {@code generation} (what a training-episode count multiplies by). */
    public int episodesPerEvaluation(int generation) {
        return config.seeding().seeds(generation).length;
    }

    /**
     * The mean return over the generation's episodes. Checks for an interrupt before each episode.
     *
     * @throws InterruptedException when the evaluating thread is interrupted (the evaluator's timeout)
     */
    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) throws InterruptedException {
        long[] seeds = config.seeding().seeds(context.generation());
        double sum = 0;
        for (long seed : seeds) {
            if (Thread.interrupted()) {
                throw new InterruptedException(config.envId() + " evaluation of generation " + context.generation()
                        + ", individual " + context.index() + " interrupted");
            }
            sum += ControlEpisode.fitnessEpisode(genome, config, seed).totalReward();
        }
        return new double[] {sum / seeds.length};
    }

    /** The full held-out test (100 episodes, seeds 10000..10099, registered limits). */
    public HeldOutTest heldOut(double[] genome) {
        return HeldOutTest.of(genome, config);
    }

    @Override
    public String toString() {
        return "ControlOptimizee" + config;
    }
}
