package org.hebb.l2l.task;

import java.io.Serializable;
import java.util.Arrays;

import org.hebb.gym.Discrete;
import org.hebb.gym.Env;
import org.hebb.gym.Registry;
import org.hebb.gym.StepResult;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.learn.ann.Mlp;
import org.hebb.learn.gradient.Dense;
import org.hebb.learn.gradient.Network;
import org.hebb.learn.rl.GradientLearner;
import org.hebb.learn.rl.Observations;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.HeldOut;
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
public final class MlpOptimizee implements Optimizee, Serializable {
    private static final long serialVersionUID = 1L;

    /** The name of the single parameter block. */
    public static final String BLOCK = "mlp";
    /** Genes are clipped to [−BOUND, BOUND]: far beyond the initial ±1/√fan_in, so the bound rarely binds. */
    public static final double BOUND = 10.0;

    private final Task task;
    private final int[] sizes;
    private final GenomeLayout layout;

    private MlpOptimizee(Task task, int[] sizes) {
        this.task = task;
        this.sizes = sizes;
        this.layout = GenomeLayout.of(new ParameterBlock(BLOCK, network().parameterCount()));
    }

    /**
     * The MLP {@code observations → hidden… → actions} (tanh hidden layers, linear outputs) on {@code task}, which must
     * have discrete actions and be scored by its return.
     */
    public static MlpOptimizee of(Task task, int... hidden) {
        if (task == null) {
            throw new IllegalArgumentException("task: null is not allowed; must be a Task");
        }
        Env env = Registry.make(task.envId());
        if (!(env.actionSpace() instanceof Discrete d)) {
            throw new IllegalArgumentException("env: " + task.envId() + " is not allowed; the MLP optimizee needs"
                    + " discrete actions (CartPole-v1, Acrobot-v1, MountainCar-v0)");
        }
        if (task.score() != Task.Score.RETURN) {
            throw new IllegalArgumentException("score: " + task.score() + " is not allowed; the MLP optimizee is"
                    + " scored by the return");
        }
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("hidden layer size: " + h + " is not allowed; must be >= 1");
            }
        }
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = env.observationSpace().size();
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = d.n();
        return new MlpOptimizee(task, sizes);
    }

    /** @return the task */
    public Task task() {
        return task;
    }

    /** @return the layer sizes, inputs first */
    public int[] sizes() {
        return sizes.clone();
    }

    /** A new network of this shape (parameters to be set from a genome). */
    public Network network() {
        return Mlp.of(0, Dense.Activation.TANH, sizes);
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
    public void bound(double[] genome) {
        for (int i = 0; i < genome.length; i++) {
            genome[i] = Math.min(BOUND, Math.max(-BOUND, genome[i]));
        }
    }

    /** One objective, maximised. */
    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1.0);
    }

    /** @return how many fitness episodes one evaluation in {@code generation} plays */
    public int episodesPerEvaluation(int generation) {
        return task.seeding().seeds(generation).length;
    }

    /**
     * The mean return over the generation's episodes (each at most {@link Task#episodeSteps()} steps).
     *
     * @throws InterruptedException when the evaluating thread is interrupted (the evaluator's timeout)
     */
    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) throws InterruptedException {
        long[] seeds = task.seeding().seeds(context.generation());
        Policy p = new Policy(genome);
        double sum = 0;
        for (long seed : seeds) {
            if (Thread.interrupted()) {
                throw new InterruptedException(task.envId() + " MLP evaluation of generation " + context.generation()
                        + ", individual " + context.index() + " interrupted");
            }
            sum += p.play(seed, task.episodeSteps()).totalReward();
        }
        return new double[] {sum / seeds.length};
    }

    /** Plays full episodes of a genome's MLP (the held-out engine's player). */
    public EpisodePlayer player() {
        return (genome, seed, maxSteps) -> new Policy(genome).play(seed, maxSteps);
    }

    /** One genome's network and env, for the episodes of one evaluation. */
    private final class Policy {
        private final Network net = network();
        private final Env env = Registry.make(task.envId());
        private final Observations obs = new Observations(env.observationSpace());
        private final double[] x = new double[obs.size()];

        Policy(double[] genome) {
            if (genome.length != layout.size()) {
                throw new IllegalArgumentException("genome: " + genome.length + " genes is not allowed; must be "
                        + layout.size() + " for the MLP " + Arrays.toString(sizes));
            }
            net.setParameters(genome);
        }

        EpisodeResult play(long seed, int maxSteps) {
            float[] o = env.reset(seed).observation();
            double total = 0;
            int t = 0;
            boolean terminated = false;
            while (t < maxSteps) {
                obs.write(o, x, 0);
                StepResult r = env.step(GradientLearner.argmax(net.forward(x, 1)));
                t++;
                total += r.reward();
                o = r.observation();
                if (r.terminated()) {
                    terminated = true;
                    break;
                }
                if (r.truncated()) {
                    break;
                }
            }
            return new EpisodeResult(total, total, t, terminated, HeldOut.success(task, terminated, t));
        }
    }

    @Override
    public String toString() {
        return "MlpOptimizee[" + task.envId() + ", " + Arrays.toString(sizes) + "]";
    }
}
