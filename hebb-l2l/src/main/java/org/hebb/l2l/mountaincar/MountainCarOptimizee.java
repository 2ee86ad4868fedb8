package org.hebb.l2l.mountaincar;

import java.io.Serializable;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.learn.mountaincar.MountainCarConfig;
import org.hebb.learn.mountaincar.MountainCarEpisode;
import org.hebb.learn.mountaincar.MountainCarGenome;

/**
 * L2L's MountainCar optimizee (report §3.3): one parameter block {@code weights} of {@code 63 H} genes (315 for the
 * default 5 hidden neurons) in {@link MountainCarGenome}'s layout, bounded to [-20, 20]; the fitness, to be
 * maximised, is the largest position a {@link org.hebb.learn.mountaincar.MountainCarController} reaches in a fitness
 * episode, averaged over the episodes the config's {@link org.hebb.learn.mountaincar.EpisodeSeeding} names for the
 * generation. The result depends on the genome and the generation only, so any number of threads gives the same.
 *
 * {@snippet :
 * Optimizee mc = MountainCarOptimizee.of(MountainCarConfig.DEFAULT);
 * double[] genome = mc.createIndividual(Rng.seeded(1));
 * double fitness = mc.evaluate(genome, new EvaluationContext(0, 0, 1))[0];
 * }
 */
public final class MountainCarOptimizee implements Optimizee, Serializable {

    /** The name of the single parameter block. */
    public static final String BLOCK = "weights";

    private final MountainCarConfig config;
    private final GenomeLayout layout;

    private MountainCarOptimizee(MountainCarConfig config) {
        this.config = config;
        this.layout = GenomeLayout.of(new ParameterBlock(BLOCK, config.genes()));
    }

    /** The optimizee with the given settings. */
    public static MountainCarOptimizee of(MountainCarConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("optimizee config: null is not allowed; must be a MountainCarConfig");
        }
        return new MountainCarOptimizee(config);
    }

    /** @return the settings */
    public MountainCarConfig config() {
        return config;
    }

    @Override
    public GenomeLayout layout() {
        return layout;
    }

    /** Every gene uniform in [-20, 20) (L2L: {@code rng.uniform(-20, 20, 315)}), drawn from {@code rng} only. */
    @Override
    public double[] createIndividual(Rng rng) {
        double[] g = new double[layout.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = MountainCarGenome.LOWER + (MountainCarGenome.UPPER - MountainCarGenome.LOWER) * rng.nextDouble();
        }
        return g;
    }

    @Override
    public void bound(double[] genome) {
        for (int i = 0; i < genome.length; i++) {
            genome[i] = MountainCarGenome.bound(genome[i]);
        }
    }

    /** One objective, maximised. */
    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1.0);
    }

    /**
     * The mean maximum position over the generation's episodes. Checks for an interrupt before each episode.
     *
     * @throws InterruptedException when the evaluating thread is interrupted (the evaluator's timeout)
     */
    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) throws InterruptedException {
        long[] seeds = config.seeding().seeds(context.generation());
        double sum = 0;
        for (long seed : seeds) {
            if (Thread.interrupted()) {
                throw new InterruptedException("MountainCar evaluation of generation " + context.generation()
                        + ", individual " + context.index() + " interrupted");
            }
            sum += MountainCarEpisode.fitnessEpisode(genome, config, seed, null).maxPosition();
        }
        return new double[] {sum / seeds.length};
    }

    @Override
    public String toString() {
        return "MountainCarOptimizee" + config;
    }
}
