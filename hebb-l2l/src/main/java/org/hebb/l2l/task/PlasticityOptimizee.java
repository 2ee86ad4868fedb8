package org.hebb.l2l.task;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.LearningRun;

/**
 * L2L's two loops for plasticity: the genome is a set of an agent's {@link AgentParam}s (learning rates, trace time
 * constants, the rule family's coefficients, exploration ...), one block of one gene per parameter; a gene lives in
 * [0, 1] and maps linearly onto its parameter's search range [low, high] (so one step size suits every gene of an
 * optimizer like CMA-ES); the fitness, maximised, is how well the agent <em>learns from scratch</em>: the mean return of the last
 * {@code lastN} of {@code episodes} training episodes, averaged over {@code innerSeeds} learning seeds
 * {@link #FIRST_INNER_SEED}, +1, ... — disjoint from the reporting seeds 0..999. It depends on the genome only, so any
 * number of threads gives the same; it checks for an interrupt (the evaluator's timeout) between episodes.
 *
 * {@snippet :
 * PlasticityOptimizee o = PlasticityOptimizee.of(base, List.of(new PlasticityOptimizee.Gene(AgentParam.LR_ACTOR, 0, 0.05)),
 *         60, 20, 2);
 * double fitness = o.evaluate(o.createIndividual(Rng.seeded(1)), new EvaluationContext(0, 0, 1))[0];
 * }
 */
public final class PlasticityOptimizee implements Optimizee, Serializable {
    private static final long serialVersionUID = 1L;

    /** The first inner learning seed; reporting seeds stay below it. */
    public static final long FIRST_INNER_SEED = 1000;

    /**
     * One searched parameter.
     *
     * @param param the agent parameter
     * @param low   lowest value searched (within the parameter's documented range)
     * @param high  highest value searched
     */
    public record Gene(AgentParam param, double low, double high) implements Serializable {
        public Gene {
            param.check(low);
            param.check(high);
            if (!(low < high)) {
                throw new IllegalArgumentException(param.key() + ": search range [" + low + ", " + high
                        + "] is not allowed; must have low < high");
            }
        }
    }

    private final AgentConfig base;
    private final List<Gene> genes;
    private final int episodes;
    private final int lastN;
    private final int innerSeeds;
    private final GenomeLayout layout;

    private PlasticityOptimizee(AgentConfig base, List<Gene> genes, int episodes, int lastN, int innerSeeds) {
        this.base = base;
        this.genes = List.copyOf(genes);
        this.episodes = episodes;
        this.lastN = lastN;
        this.innerSeeds = innerSeeds;
        List<ParameterBlock> blocks = new ArrayList<>();
        for (Gene g : genes) {
            blocks.add(new ParameterBlock(g.param().key(), 1));
        }
        this.layout = GenomeLayout.of(blocks);
    }

    /**
     * @param base       the agent whose other settings stay fixed
     * @param genes      the searched parameters (at least one, each once)
     * @param episodes   training episodes per inner seed, M &ge; 1
     * @param lastN      episodes scored at the end, 1 &le; N &le; M
     * @param innerSeeds learning seeds averaged, K &ge; 1
     */
    public static PlasticityOptimizee of(AgentConfig base, List<Gene> genes, int episodes, int lastN, int innerSeeds) {
        if (genes.isEmpty()) {
            throw new IllegalArgumentException("genes: none is not allowed; name at least one agent parameter to search");
        }
        if (genes.stream().map(Gene::param).distinct().count() != genes.size()) {
            throw new IllegalArgumentException("genes: " + genes + " is not allowed; each parameter at most once");
        }
        if (episodes < 1) {
            throw new IllegalArgumentException("episodes: " + episodes + " is not allowed; must be >= 1");
        }
        if (lastN < 1 || lastN > episodes) {
            throw new IllegalArgumentException("last_episodes: " + lastN + " is not allowed; must be in [1, " + episodes + "]");
        }
        if (innerSeeds < 1) {
            throw new IllegalArgumentException("inner_seeds: " + innerSeeds + " is not allowed; must be >= 1");
        }
        return new PlasticityOptimizee(base, genes, episodes, lastN, innerSeeds);
    }

    /** @return the agent whose other settings stay fixed */
    public AgentConfig base() {
        return base;
    }

    @Override
    public GenomeLayout layout() {
        return layout;
    }

    /** Every gene uniform in [0, 1], drawn from {@code rng} only. */
    @Override
    public double[] createIndividual(Rng rng) {
        double[] g = new double[genes.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = rng.nextDouble();
        }
        return g;
    }

    /** Clips each gene into [0, 1] (NaN to 0). */
    @Override
    public void bound(double[] genome) {
        for (int k = 0; k < genome.length; k++) {
            genome[k] = Double.isNaN(genome[k]) ? 0.0 : Math.min(1.0, Math.max(0.0, genome[k]));
        }
    }

    /** @return the parameter value of gene {@code k} at {@code u} ∈ [0, 1] (whole-number parameters rounded) */
    public double value(int k, double u) {
        Gene e = genes.get(k);
        double v = e.low() + (e.high() - e.low()) * Math.min(1.0, Math.max(0.0, Double.isNaN(u) ? 0.0 : u));
        return e.param().integral() ? Math.rint(v) : Math.min(e.high(), v);
    }

    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1.0);
    }

    /** @return the agent a genome describes: the base with the genome's parameters (the best genome as a learn config) */
    public AgentConfig configOf(double[] genome) {
        if (genome.length != genes.size()) {
            throw new IllegalArgumentException("genome: " + genome.length + " genes is not allowed; must be " + genes.size());
        }
        AgentConfig.Builder b = base.toBuilder();
        for (int k = 0; k < genome.length; k++) {
            b.set(genes.get(k).param(), value(k, genome[k]));
        }
        return b.build();
    }

    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) throws InterruptedException {
        AgentConfig cfg = configOf(genome);
        double sum = 0;
        for (int s = 0; s < innerSeeds; s++) {
            LearningRun run = new LearningRun(cfg, FIRST_INNER_SEED + s);
            for (int e = 1; e <= episodes; e++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("evaluation interrupted (timeout)");
                }
                double r = run.nextEpisode();
                if (e > episodes - lastN) {
                    sum += r;
                }
            }
        }
        return new double[] {sum / ((double) innerSeeds * lastN)};
    }
}
