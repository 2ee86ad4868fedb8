package org.hebb.l2l.task;

import java.util.Arrays;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.learn.ann.MlpPolicy;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.Task;

/**
 * The ANN baseline of issue 11 as an optimizee, so every L2L optimizer can evolve it: the genome is the flat
 * parameter vector of an {@link Mlp} (per layer W row-major [out][in], then b; the layout of
 * {@link Network#parameters()}), the policy the greedy action (argmax of the outputs) of the observation scaled as the
 * gradient agents scale it ({@link Observations}). The fitness, maximised, is the mean return over the episodes the
 * task's seeding names for the generation — the seeding and step limit of {@link TaskOptimizee}, so a spiking and an
 * ANN controller evolved on the same {@link Task} face the same start states. It depends on the genome and the
 * generation only (a new network and env per episode), so any number of threads gives the same.
 *
 * {@snippet :
 * MlpOptimizee mlp = MlpOptimizee.of(Task.defaults("CartPole-v1"), 16);   // 4-16-2, tanh, 114 genes
 * double fitness = mlp.evaluate(mlp.createIndividual(Rng.seeded(1)), new EvaluationContext(0, 0, 1))[0];
 * }
 */
public final class MlpOptimizee extends TaskEpisodes {
    private static final long serialVersionUID = 2L;

    /** The name of the single parameter block. */
    public static final String BLOCK = "mlp";
    /** Genes are clipped to [−BOUND, BOUND]: far beyond the initial ±1/√fan_in, so the bound rarely binds. */
    public static final double BOUND = 10.0;

    private final int[] sizes;
    private final GenomeLayout layout;

    private MlpOptimizee(Task task, int[] sizes) {
        super(task, BOUND);
        this.sizes = sizes;
        this.layout = GenomeLayout.of(new ParameterBlock(BLOCK, network().parameterCount()));
    }

    /**
     * The MLP {@code observations → hidden… → actions} (tanh hidden layers, linear outputs) on {@code task}, which must
     * have discrete actions and be scored by its return.
     */
    public static MlpOptimizee of(Task task, int... hidden) {
        return new MlpOptimizee(task, MlpPolicy.sizes(task, hidden));
    }

    /** @return the layer sizes, inputs first */
    public int[] sizes() {
        return sizes.clone();
    }

    /** A new network of this shape (parameters to be set from a genome). */
    public Network network() {
        return MlpPolicy.network(sizes);
    }

    /** Multiply-accumulates of one decision: Σ fan_in × fan_out over the layers (biases not counted). */
    public long macsPerDecision() {
        return network().macsPerSample();
    }

    @Override
    public GenomeLayout layout() {
        return layout;
    }

    /** Weights and biases uniform in ±1/√fan_in (PyTorch's {@code nn.Linear}), drawn from {@code rng} only. */
    @Override
    public double[] createIndividual(Rng rng) {
        double[] g = new double[layout.size()];
        int k = 0;
        for (int l = 1; l < sizes.length; l++) {
            double b = 1.0 / Math.sqrt(sizes[l - 1]);
            for (int i = 0; i < sizes[l] * sizes[l - 1] + sizes[l]; i++) {
                g[k++] = -b + 2 * b * rng.nextDouble();
            }
        }
        return g;
    }

    @Override
    Player scorer(double[] genome) {
        MlpPolicy p = new MlpPolicy(task, sizes, genome);
        return seed -> p.play(seed, task.episodeSteps()).totalReward();
    }

    @Override
    String what() {
        return task.envId() + " MLP";
    }

    /** Plays full episodes of a genome's MLP (the held-out engine's player). */
    public EpisodePlayer player() {
        return (genome, seed, maxSteps) -> new MlpPolicy(task, sizes, genome).play(seed, maxSteps);
    }

    @Override
    public String toString() {
        return "MlpOptimizee[" + task.envId() + ", " + Arrays.toString(sizes) + "]";
    }
}
