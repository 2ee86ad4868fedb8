package org.hebb.l2l.control;

import org.hebb.l2l.EpisodicOptimizee;
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
public final class ControlOptimizee extends EpisodicOptimizee {
    private static final long serialVersionUID = 1L;

    private final ControllerConfig config;

    private ControlOptimizee(ControllerConfig config) {
        super(config.genes(), config.weightBound());
        this.config = config;
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
    protected long[] seeds(int generation) {
        return config.seeding().seeds(generation);
    }

    @Override
    protected double episodeScore(double[] genome, long seed) {
        return ControlEpisode.fitnessEpisode(genome, config, seed).totalReward();
    }

    @Override
    protected String task() {
        return config.envId();
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
