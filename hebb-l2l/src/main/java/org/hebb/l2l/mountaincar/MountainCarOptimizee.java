package org.hebb.l2l.mountaincar;

import org.hebb.l2l.EpisodicOptimizee;
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
public final class MountainCarOptimizee extends EpisodicOptimizee {
    private static final long serialVersionUID = 1L;

    private final MountainCarConfig config;

    private MountainCarOptimizee(MountainCarConfig config) {
        super(config.genes(), MountainCarGenome.UPPER);
        this.config = config;
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
    protected long[] seeds(int generation) {
        return config.seeding().seeds(generation);
    }

    @Override
    protected double episodeScore(double[] genome, long seed) {
        return MountainCarEpisode.fitnessEpisode(genome, config, seed, null).maxPosition();
    }

    @Override
    protected String task() {
        return "MountainCar";
    }

    @Override
    public String toString() {
        return "MountainCarOptimizee" + config;
    }
}
