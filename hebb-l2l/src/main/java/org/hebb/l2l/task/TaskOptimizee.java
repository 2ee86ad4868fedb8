package org.hebb.l2l.task;

import org.hebb.l2l.BatchOptimizee;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.LockstepEpisodes;
import org.hebb.learn.task.Task;

/**
 * A task's spiking controller as an optimizee (L2L's inner loop), for every task of the task layer — L2L's
 * MountainCar network (report §3.3, {@link Task#mountainCarL2L()}) included: one parameter block {@code weights} of
 * {@link Task#genes()} genes, drawn uniformly from and clipped to [−bound, bound]; the fitness, maximised, is the
 * fitness episode's score ({@link Task.Score}: the return, or L2L's largest position) averaged over the episodes the
 * task's seeding names for the generation. It depends on the genome and the generation only, so any number of
 * threads gives the same; the evaluation checks for an interrupt (the evaluator's timeout) before each episode.
 * A block of individuals is evaluated in lockstep ({@link LockstepEpisodes}: all their episodes in one integrator),
 * with the fitness of each bit for bit what {@link #evaluate} gives.
 *
 * {@snippet :
 * TaskOptimizee mc = TaskOptimizee.of(Task.mountainCarL2L());
 * double[] genome = mc.createIndividual(Rng.seeded(1));
 * double fitness = mc.evaluate(genome, new EvaluationContext(0, 0, 1))[0];
 * }
 */
public final class TaskOptimizee extends TaskEpisodes implements BatchOptimizee {
    private static final long serialVersionUID = 3L;

    /** The name of the single parameter block. */
    public static final String BLOCK = "weights";

    private final GenomeLayout layout;

    private TaskOptimizee(Task task) {
        super(task, task.weightBound());
        this.layout = GenomeLayout.of(new ParameterBlock(BLOCK, task.genes()));
    }

    /** The optimizee of {@code task}. */
    public static TaskOptimizee of(Task task) {
        if (task == null) {
            throw new IllegalArgumentException("task: null is not allowed; must be a Task");
        }
        return new TaskOptimizee(task);
    }

    @Override
    public GenomeLayout layout() {
        return layout;
    }

    /** Every gene uniform in [−bound, bound) (L2L: {@code rng.uniform(-20, 20, n)}), drawn from {@code rng} only. */
    @Override
    public double[] createIndividual(Rng rng) {
        double bound = task.weightBound();
        double[] g = new double[layout.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = -bound + 2 * bound * rng.nextDouble();
        }
        return g;
    }

    @Override
    Player scorer(double[] genome) {
        return seed -> Episode.fitness(task, genome, seed, null).score();
    }

    @Override
    String what() {
        return task.envId();
    }

    /**
     * Every individual's mean episode score, their episodes played together ({@link LockstepEpisodes}); the sum over
     * an individual's episodes runs in {@link #evaluate}'s order, so each fitness is bit for bit {@link #evaluate}'s.
     *
     * @throws InterruptedException when the evaluating thread is interrupted before the block starts
     */
    @Override
    public double[][] evaluateBatch(double[][] genomes, EvaluationContext[] contexts) throws InterruptedException {
        if (genomes.length != contexts.length) {
            throw new IllegalArgumentException("contexts: " + contexts.length + " is not allowed; must be one per genome ("
                    + genomes.length + ")");
        }
        long[][] seeds = new long[genomes.length][];
        int lanes = 0;
        for (int i = 0; i < genomes.length; i++) {
            seeds[i] = task.seeding().seeds(contexts[i].generation());
            lanes += seeds[i].length;
        }
        double[][] laneGenomes = new double[lanes][];
        long[] laneSeeds = new long[lanes];
        for (int i = 0, l = 0; i < genomes.length; i++) {
            for (long seed : seeds[i]) {
                laneGenomes[l] = genomes[i];
                laneSeeds[l++] = seed;
            }
        }
        if (Thread.interrupted()) {
            throw new InterruptedException(task.envId() + " evaluation of generation " + contexts[0].generation()
                    + ", " + genomes.length + " individuals from " + contexts[0].index() + " interrupted");
        }
        EpisodeResult[] r = LockstepEpisodes.run(task, laneGenomes, laneSeeds, task.episodeSteps(), null);
        double[][] out = new double[genomes.length][];
        for (int i = 0, l = 0; i < genomes.length; i++) {
            double sum = 0;
            for (int e = 0; e < seeds[i].length; e++) {
                sum += r[l++].score();
            }
            out[i] = new double[] {sum / seeds[i].length};
        }
        return out;
    }

    @Override
    public String toString() {
        return "TaskOptimizee" + task;
    }
}
