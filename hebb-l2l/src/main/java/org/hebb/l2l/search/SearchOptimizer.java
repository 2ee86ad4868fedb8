package org.hebb.l2l.search;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.OptionalInt;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Population;
import org.hebb.l2l.Rng;

/**
 * The ask/tell bookkeeping shared by the search methods: one seeded {@link Rng}, the generation counter, the current
 * population, L2L's stopping rule ({@code n_iteration} generations, or the best weighted fitness of a generation
 * reaching {@code stop_criterion}) and the checkpoint frame. A method supplies the first population and
 * {@link #next}, which turns the told fitness into the next population, and writes its own state.
 *
 * <p>Most methods rank by the scalar {@code Σ wᵢ fᵢ} (L2L's {@code np.dot(fitness, weights)}), a NaN counting as
 * {@code −∞}; see {@link #score}.
 */
public abstract class SearchOptimizer implements Optimizer {
    protected final Optimizee optimizee;
    protected final FitnessWeights weights;
    protected final int dimensions;
    protected Rng rng;
    private final String name;
    private final int nIteration;
    private final double stopCriterion;
    private int generation;
    private boolean done;
    private double[][] population;

    protected SearchOptimizer(String name, Optimizee optimizee, long seed, int nIteration, double stopCriterion) {
        this.name = name;
        this.optimizee = optimizee;
        this.weights = optimizee.fitnessWeights();
        this.dimensions = optimizee.layout().size();
        this.rng = Rng.seeded(seed);
        this.nIteration = nIteration;
        this.stopCriterion = stopCriterion;
    }

    /** Sets the first population; subclass constructors call it last. */
    protected final void start(double[][] first) {
        population = StateCodec.copy(first);
    }

    /** A new individual from the optimizee, drawn from this optimizer's generator, length-checked. */
    protected final double[] newIndividual() {
        double[] g = optimizee.createIndividual(rng);
        if (g.length != dimensions) {
            throw new IllegalArgumentException("createIndividual: " + g.length
                    + " genes is not allowed; must match the layout's " + dimensions);
        }
        return g;
    }

    /** {@code x} clipped by the optimizee's bounding function (a copy). */
    protected final double[] bounded(double[] x) {
        double[] c = x.clone();
        optimizee.bound(c);
        return c;
    }

    /** The scalar this method maximises: {@code Σ wᵢ fᵢ}, NaN counted as {@code −∞}. */
    protected double score(double[] fitness) {
        double s = weights.weightedSum(fitness);
        return Double.isNaN(s) ? Double.NEGATIVE_INFINITY : s;
    }

    /**
     * The next population from the last one and its fitness ({@code scores[i] = score(fitness[i])}); {@code null}
     * ends the run (e.g. a converged method with no restart left).
     */
    protected abstract double[][] next(double[][] asked, double[][] fitness, double[] scores);

    /** Writes the method's own state (everything {@link #next} depends on, besides the RNG and population). */
    protected abstract void writeBody(DataOutput out) throws IOException;

    /** Reads what {@link #writeBody} wrote. */
    protected abstract void readBody(DataInput in) throws IOException;

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final FitnessWeights fitnessWeights() {
        return weights;
    }

    @Override
    public final int generation() {
        return generation;
    }

    @Override
    public final OptionalInt plannedGenerations() {
        return OptionalInt.of(nIteration);
    }

    @Override
    public final boolean isDone() {
        return done;
    }

    @Override
    public final Population ask() {
        if (done) {
            throw new IllegalStateException("ask: the run is over after " + generation + " generations");
        }
        return Population.unevaluated(generation, population);
    }

    @Override
    public final void tell(double[][] fitness) {
        if (done) {
            throw new IllegalStateException("tell: the run is over after " + generation + " generations");
        }
        if (fitness.length != population.length) {
            throw new IllegalArgumentException("fitness: " + fitness.length + " rows is not allowed; must be "
                    + population.length + " (one per individual)");
        }
        double[][] f = new double[fitness.length][];
        double[] scores = new double[fitness.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            if (fitness[i] == null || fitness[i].length != weights.size()) {
                throw new IllegalArgumentException("fitness[" + i + "]: " + Arrays.toString(fitness[i])
                        + " is not allowed; must have " + weights.size() + " values");
            }
            f[i] = fitness[i].clone();
            scores[i] = score(f[i]);
            best = Math.max(best, scores[i]);
        }
        generation++;
        if (generation >= nIteration || best >= stopCriterion) { // L2L: n_iteration generations or stop_criterion
            done = true;
            return;
        }
        double[][] nextPopulation = next(StateCodec.copy(population), f, scores);
        if (nextPopulation == null) {
            done = true;
        } else {
            population = StateCodec.copy(nextPopulation);
        }
    }

    @Override
    public final void writeState(DataOutput out) throws IOException {
        out.writeUTF(name);
        out.writeInt(generation);
        out.writeBoolean(done);
        StateCodec.writeRng(out, rng);
        StateCodec.writeMatrix(out, population);
        writeBody(out);
    }

    @Override
    public final void readState(DataInput in) throws IOException {
        String n = in.readUTF();
        if (!n.equals(name)) {
            throw new IOException("checkpoint: optimizer '" + n + "' is not allowed; this optimizer is " + name);
        }
        int g = in.readInt();
        boolean d = in.readBoolean();
        Rng r = StateCodec.readRng(in);
        double[][] pop = StateCodec.readMatrix(in);
        for (double[] x : pop) {
            StateCodec.expect("genome length", x.length, dimensions);
        }
        readBody(in);
        generation = g;
        done = d;
        rng = r;
        population = pop;
    }
}
