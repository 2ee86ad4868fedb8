package org.hebb.cli.paradigms;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.Population;
import org.hebb.l2l.task.MlpOptimizee;
import org.hebb.l2l.task.TaskOptimizee;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeObserver;
import org.hebb.learn.task.EpisodePlayer;
import org.hebb.learn.task.EpisodeResult;
import org.hebb.learn.task.SpikingController;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.Task;

/**
 * CMA-ES (IPOP, 5 restarts) evolving a network on the task, run seed s: the task layer's spiking controller
 * ({@link TaskOptimizee}) or the MLP ({@link MlpOptimizee}), both with the task's seeding. One budget episode is one
 * fitness episode of one individual, individuals consumed in index order; the generation that would cross the
 * budget is evaluated only as far as it fits. The curve value of an episode is the best fitness so far (an individual
 * counts once all its episodes are spent), and the agent tested at a checkpoint is the best individual so far (on a
 * tie the later one, e.g. the last of many that balanced CartPole for all 500 steps of their fitness episode).
 * Should CMA-ES stop (all restarts spent) before the budget, the rest of the curve repeats its best.
 */
final class EvolutionAgent implements Learner {

    private final Optimizee optimizee;
    private final IntUnaryOperator episodesPerEvaluation;
    private final EpisodePlayer player;
    private final String envId;
    private final Optimizer optimizer;
    private final int budget;
    private final long macs;
    private final boolean spiking;
    private final ArrayDeque<Evaluated> queue = new ArrayDeque<>();
    private int spent;
    private double best = Double.NEGATIVE_INFINITY;
    private double[] bestGenome;

    private record Evaluated(double[] genome, double fitness, int episodes) {
    }

    private EvolutionAgent(Optimizee o, IntUnaryOperator perEvaluation, EpisodePlayer player, String envId,
            double sigma, long seed, int budget, long macs, boolean spiking) {
        this.optimizee = o;
        this.episodesPerEvaluation = perEvaluation;
        this.player = player;
        this.envId = envId;
        this.optimizer = Optimizers.create("cmaes", Map.of("sigma", sigma, "restarts", 5), o, seed);
        this.budget = budget;
        this.macs = macs;
        this.spiking = spiking;
    }

    /** CMA-ES on the spiking controller of {@code t}. */
    static EvolutionAgent spiking(ParadigmTask t, long seed, int budget) {
        Task task = t.snn();
        TaskOptimizee o = TaskOptimizee.of(task);
        // a decision: stepMs / resolution kernel steps, every evolved synapse (inputs → outputs) each step
        long macs = Math.round(task.stepMs() / task.resolutionMs()) * task.genes();
        return new EvolutionAgent(o, o::episodesPerEvaluation, Episode.player(task), task.envId(), t.snnSigma(), seed,
                budget, macs, true);
    }

    /** CMA-ES on the MLP of {@code t}. */
    static EvolutionAgent ann(ParadigmTask t, long seed, int budget) {
        MlpOptimizee o = MlpOptimizee.of(t.snn(), t.annHidden());
        return new EvolutionAgent(o, o::episodesPerEvaluation, o.player(), t.envId(), t.annSigma(), seed, budget,
                o.macsPerDecision(), false);
    }

    @Override
    public int advance(int episodes, double[] curve) throws Exception {
        while (true) {
            if (queue.isEmpty() && !nextGeneration()) {
                for (int e = spent; e < Math.min(episodes, curve.length); e++) {
                    curve[e] = best; // the optimizer stopped: nothing more is spent, the best stays
                }
                return spent;
            }
            Evaluated next = queue.peekFirst();
            if (spent + next.episodes() > episodes) {
                return spent;
            }
            queue.removeFirst();
            double before = best;
            if (next.fitness() >= best) { // a tie goes to the later individual: it survived more selection
                best = next.fitness();
                bestGenome = next.genome();
            }
            for (int k = 0; k < next.episodes(); k++) {
                if (spent + k < curve.length) {
                    curve[spent + k] = k == next.episodes() - 1 ? best : before;
                }
            }
            spent += next.episodes();
        }
    }

    /** Asks, evaluates what fits in the budget, tells when the whole generation was evaluated; false when done. */
    private boolean nextGeneration() throws Exception {
        if (optimizer.isDone() || spent >= budget) {
            return false;
        }
        Population pop = optimizer.ask();
        int k = episodesPerEvaluation.applyAsInt(pop.generation());
        double[][] fitness = new double[pop.size()][];
        int planned = spent;
        boolean whole = true;
        for (int i = 0; i < pop.size(); i++) {
            if (!pop.needsEvaluation(i)) {
                fitness[i] = pop.knownFitness(i);
                continue;
            }
            if (planned + k > budget) {
                whole = false;
                break;
            }
            double f;
            try {
                f = optimizee.evaluate(pop.genome(i), new EvaluationContext(pop.generation(), i, 0))[0];
            } catch (RuntimeException e) {
                f = Double.NEGATIVE_INFINITY; // a failed evaluation is the worst fitness, as in hebb compare
            }
            fitness[i] = new double[] {f};
            queue.addLast(new Evaluated(pop.genome(i).clone(), f, k));
            planned += k;
        }
        if (whole) {
            optimizer.tell(fitness);
        }
        return !queue.isEmpty();
    }

    @Override
    public Tested test() throws Exception {
        if (bestGenome == null) {
            return new Tested(Double.NaN, Double.NaN);
        }
        SpikeTally tally = new SpikeTally();
        EpisodePlayer counted = player;
        if (spiking) {
            Task task = ((TaskOptimizee) optimizee).task();
            counted = (genome, seed, maxSteps) -> {
                long[] spikes = new long[1];
                EpisodeResult r = Episode.run(task, genome, seed, maxSteps, counting(spikes));
                tally.add(spikes[0], r.steps());
                return r;
            };
        }
        double mean = HeldOut.STANDARD.runSequential(envId, counted, bestGenome).meanReturn();
        return tally.result(mean);
    }

    /** Adds every spike of the controller's neurons (inputs, hidden, outputs) to {@code spikes[0]}. */
    static EpisodeObserver counting(long[] spikes) {
        return new EpisodeObserver() {
            @Override
            public void start(SpikingController c, long seed) {
                c.addSpikeListener((sender, stamp, multiplicity) -> spikes[0] += multiplicity);
            }

            @Override
            public void step(int step, double[] input, int[] groupCounts, double[] action, double reward) {
            }
        };
    }

    @Override
    public long macsPerDecision() {
        return macs;
    }
}
