package org.hebb.l2l.ga;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Population;
import org.hebb.l2l.Rng;

/**
 * L2L's {@code GeneticAlgorithmOptimizer} with DEAP semantics, as ask/tell. One generation after {@code tell}:
 * tournament selection (with replacement) of {@code pop_size − elitism} parents, cloned; cxBlend on pairs
 * (0,1), (2,3), … with probability {@code cx_prob}; mutGaussian on each offspring with probability {@code mut_prob};
 * bounding after both; for each pair of identical offspring the later one is mutated again with probability 0.8;
 * full generational replacement (plus the elite, if any). Only changed individuals are evaluated again unless
 * {@code reevaluate_all}. Unlike L2L, the seed is applied: the initial population and every operator draw from one
 * seeded {@link Rng}, whose state is checkpointed.
 */
public final class GeneticAlgorithm implements Optimizer {
    /** L2L's duplicate guard mutates an identical later offspring with this probability. */
    static final double DUPLICATE_MUTATION_PROB = 0.8;

    private final GeneticAlgorithmParameters p;
    private final Optimizee optimizee;
    private final FitnessWeights weights;
    private Rng rng;
    private int generation;
    private boolean done;
    private double[][] genomes;
    private double[][] fitness; // null row = invalid fitness (DEAP: del ind.fitness.values)

    /** A GA over {@code optimizee}'s genomes, maximising fitness weighted by {@code weights}. */
    public GeneticAlgorithm(GeneticAlgorithmParameters parameters, Optimizee optimizee, FitnessWeights weights) {
        this.p = parameters;
        this.optimizee = optimizee;
        this.weights = weights;
        this.rng = Rng.seeded(parameters.seed());
        int d = optimizee.layout().size();
        genomes = new double[p.popSize()][];
        fitness = new double[p.popSize()][];
        for (int i = 0; i < p.popSize(); i++) {
            double[] g = optimizee.createIndividual(rng);
            if (g.length != d) {
                throw new IllegalArgumentException("createIndividual: " + g.length
                        + " genes is not allowed; must match the layout's " + d);
            }
            genomes[i] = g;
        }
    }

    /** The parameters this GA runs with. */
    public GeneticAlgorithmParameters gaParameters() {
        return p;
    }

    @Override
    public String name() {
        return "GeneticAlgorithm";
    }

    @Override
    public FitnessWeights fitnessWeights() {
        return weights;
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    @Override
    public int generation() {
        return generation;
    }

    @Override
    public OptionalInt plannedGenerations() {
        return OptionalInt.of(p.nIteration());
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public Population ask() {
        if (done) {
            throw new IllegalStateException("ask: the run is over after " + generation + " generations");
        }
        double[][] known = new double[genomes.length][];
        if (!p.reevaluateAll()) {
            known = fitness; // L2L: only individuals with invalid fitness are sent for evaluation
        }
        return Population.of(generation, genomes, known);
    }

    @Override
    public void tell(double[][] f) {
        if (done) {
            throw new IllegalStateException("tell: the run is over after " + generation + " generations");
        }
        if (f.length != genomes.length) {
            throw new IllegalArgumentException("fitness: " + f.length + " rows is not allowed; must be "
                    + genomes.length + " (one per individual)");
        }
        for (int i = 0; i < f.length; i++) {
            if (f[i] == null || f[i].length != weights.size()) {
                throw new IllegalArgumentException("fitness[" + i + "]: " + Arrays.toString(f[i])
                        + " is not allowed; must have " + weights.size() + " values");
            }
            fitness[i] = f[i].clone();
        }
        generation++;
        if (generation >= p.nIteration()) {
            done = true; // L2L: the environment runs n_iteration generations
            return;
        }
        breed();
    }

    private void breed() {
        int n = p.popSize(), e = p.elitism();
        double[][] nextG = new double[n][];
        double[][] nextF = new double[n][];
        int[] elite = eliteIndices(e);
        for (int i = 0; i < e; i++) {
            nextG[i] = genomes[elite[i]].clone();
            nextF[i] = fitness[elite[i]].clone();
        }
        int[] chosen = DeapOperators.selTournament(fitness, n - e, p.tournSize(), weights, rng);
        for (int i = 0; i < chosen.length; i++) { // clone(select(pop)): offspring start as copies with valid fitness
            nextG[e + i] = genomes[chosen[i]].clone();
            nextF[e + i] = fitness[chosen[i]].clone();
        }
        for (int i = e; i + 1 < n; i += 2) { // DEAP: zip(offspring[::2], offspring[1::2])
            if (rng.nextDouble() < p.cxProb()) {
                DeapOperators.cxBlend(nextG[i], nextG[i + 1], p.matePar(), rng);
                optimizee.bound(nextG[i]); // L2L decorates mate with the bounding function
                optimizee.bound(nextG[i + 1]);
                nextF[i] = null;
                nextF[i + 1] = null;
            }
        }
        for (int i = e; i < n; i++) {
            if (rng.nextDouble() < p.mutProb()) {
                mutate(nextG[i]);
                nextF[i] = null;
            }
        }
        mutateTwins(nextG, nextF, e, rng, this::mutate);
        genomes = nextG;
        fitness = nextF;
    }

    private void mutate(double[] g) {
        DeapOperators.mutGaussian(g, 0.0, p.mutPar(), p.indProb(), rng);
        optimizee.bound(g); // L2L decorates mutate with the bounding function
    }

    /**
     * L2L's duplicate guard: for every pair {@code i < j} in order (checked as the loop goes, after earlier
     * mutations), if offspring {@code j} equals offspring {@code i}, mutate {@code j} with probability 0.8 and
     * invalidate its fitness. Offspring before {@code from} (the elite) are never mutated.
     */
    static void mutateTwins(double[][] offspring, double[][] fitness, int from, Rng rng, Consumer<double[]> mutate) {
        for (int i = 0; i + 1 < offspring.length; i++) {
            for (int j = Math.max(i + 1, from); j < offspring.length; j++) {
                if (Arrays.equals(offspring[i], offspring[j]) && rng.nextDouble() < DUPLICATE_MUTATION_PROB) {
                    mutate.accept(offspring[j]);
                    fitness[j] = null;
                }
            }
        }
    }

    /** The best {@code e} individuals with distinct genomes, best first (ties: lower index first). */
    private int[] eliteIndices(int e) {
        Integer[] order = new Integer[genomes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights.compare(fitness[b], fitness[a])); // stable: lower index first on ties
        int[] out = new int[e];
        int k = 0;
        for (int idx = 0; idx < order.length && k < e; idx++) {
            int cand = order[idx];
            boolean twin = false;
            for (int j = 0; j < k && !twin; j++) {
                twin = Arrays.equals(genomes[out[j]], genomes[cand]);
            }
            if (!twin) {
                out[k++] = cand;
            }
        }
        for (; k < e; k++) { // fewer distinct genomes than e: fill with the best again
            out[k] = order[k];
        }
        return out;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeInt(generation);
        out.writeBoolean(done);
        for (long w : rng.state()) {
            out.writeLong(w);
        }
        out.writeInt(genomes.length);
        out.writeInt(genomes[0].length);
        for (int i = 0; i < genomes.length; i++) {
            for (double v : genomes[i]) {
                out.writeDouble(v);
            }
            out.writeBoolean(fitness[i] != null);
            if (fitness[i] != null) {
                out.writeInt(fitness[i].length);
                for (double v : fitness[i]) {
                    out.writeDouble(v);
                }
            }
        }
    }

    @Override
    public void readState(DataInput in) throws IOException {
        int g = in.readInt();
        boolean d = in.readBoolean();
        long[] s = {in.readLong(), in.readLong(), in.readLong(), in.readLong()};
        int n = in.readInt(), len = in.readInt();
        if (n != p.popSize() || len != optimizee.layout().size()) {
            throw new IllegalArgumentException("checkpoint: population " + n + " x " + len + " is not allowed; must be "
                    + p.popSize() + " x " + optimizee.layout().size() + " (pop_size x genome length)");
        }
        double[][] gs = new double[n][len];
        double[][] fs = new double[n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < len; j++) {
                gs[i][j] = in.readDouble();
            }
            if (in.readBoolean()) {
                fs[i] = new double[in.readInt()];
                for (int j = 0; j < fs[i].length; j++) {
                    fs[i][j] = in.readDouble();
                }
            }
        }
        generation = g;
        done = d;
        rng = Rng.ofState(s);
        genomes = gs;
        fitness = fs;
    }
}
