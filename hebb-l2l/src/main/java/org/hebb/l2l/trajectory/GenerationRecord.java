package org.hebb.l2l.trajectory;

import java.util.Arrays;
import org.hebb.l2l.eval.Evaluation.Outcome;

/**
 * Everything about one generation's individuals: genomes, the fitness each was ranked by, how each got its fitness
 * ({@link Outcome#CARRIED} for an individual kept unchanged from the previous generation), and error messages.
 * Immutable: accessors return copies; arrays are indexed by individual.
 */
public final class GenerationRecord {
    private final int generation;
    private final double[][] genomes;
    private final double[][] fitness;
    private final Outcome[] outcomes;
    private final String[] errors;

    /**
     * @param errors one-line message per failed individual, {@code null} elsewhere
     */
    public GenerationRecord(int generation, double[][] genomes, double[][] fitness, Outcome[] outcomes,
            String[] errors) {
        int n = genomes.length;
        if (n == 0 || fitness.length != n || outcomes.length != n || errors.length != n) {
            throw new IllegalArgumentException("generation record: " + n + " genomes, " + fitness.length
                    + " fitness, " + outcomes.length + " outcomes, " + errors.length
                    + " errors is not allowed; all must be the same, >= 1");
        }
        this.generation = generation;
        this.genomes = copy(genomes);
        this.fitness = copy(fitness);
        this.outcomes = outcomes.clone();
        this.errors = errors.clone();
    }

    public int generation() {
        return generation;
    }

    /** The number of individuals. */
    public int size() {
        return genomes.length;
    }

    /** Genes per individual. */
    public int genomeLength() {
        return genomes[0].length;
    }

    /** Values per fitness tuple. */
    public int objectives() {
        return fitness[0].length;
    }

    public double[] genome(int i) {
        return genomes[i].clone();
    }

    public double[] fitness(int i) {
        return fitness[i].clone();
    }

    public Outcome outcome(int i) {
        return outcomes[i];
    }

    /** The error of individual {@code i}, or {@code null} if it did not fail in this generation. */
    public String error(int i) {
        return errors[i];
    }

    /** All genomes, a fresh copy. */
    public double[][] genomes() {
        return copy(genomes);
    }

    /** All fitness tuples, a fresh copy. */
    public double[][] fitness() {
        return copy(fitness);
    }

    /** How many individuals were evaluated in this generation (not carried over). */
    public int evaluatedCount() {
        return (int) Arrays.stream(outcomes).filter(o -> o != Outcome.CARRIED).count();
    }

    /** How many evaluations failed (error or timeout) in this generation. */
    public int failedCount() {
        return (int) Arrays.stream(outcomes).filter(o -> o == Outcome.ERROR || o == Outcome.TIMEOUT).count();
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
