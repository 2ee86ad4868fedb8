package org.hebb.l2l;

import java.util.Arrays;

/**
 * The individuals an optimizer asks to have evaluated in one generation. An individual whose fitness is already
 * known (a GA offspring untouched by crossover and mutation, as in L2L/DEAP) carries it and is not evaluated again.
 * Immutable: accessors return copies.
 */
public final class Population {
    private final int generation;
    private final double[][] genomes;
    private final double[][] knownFitness;

    private Population(int generation, double[][] genomes, double[][] knownFitness) {
        if (genomes.length == 0 || genomes.length != knownFitness.length) {
            throw new IllegalArgumentException("population: " + genomes.length + " genomes and "
                    + knownFitness.length + " fitness rows is not allowed; must be the same, >= 1");
        }
        this.generation = generation;
        this.genomes = deepCopy(genomes);
        this.knownFitness = deepCopy(knownFitness);
    }

    /**
     * A population; {@code knownFitness[i] == null} marks individual {@code i} for evaluation.
     * The arrays are copied.
     */
    public static Population of(int generation, double[][] genomes, double[][] knownFitness) {
        return new Population(generation, genomes, knownFitness);
    }

    /** A population where every individual needs evaluation. */
    public static Population unevaluated(int generation, double[][] genomes) {
        return new Population(generation, genomes, new double[genomes.length][]);
    }

    /** The generation these individuals belong to. */
    public int generation() {
        return generation;
    }

    /** The number of individuals. */
    public int size() {
        return genomes.length;
    }

    /** A copy of individual {@code i}'s genome. */
    public double[] genome(int i) {
        return genomes[i].clone();
    }

    /** Whether individual {@code i} must be evaluated (its fitness is unknown). */
    public boolean needsEvaluation(int i) {
        return knownFitness[i] == null;
    }

    /** A copy of individual {@code i}'s known fitness, or {@code null} if it needs evaluation. */
    public double[] knownFitness(int i) {
        return knownFitness[i] == null ? null : knownFitness[i].clone();
    }

    /** How many individuals need evaluation. */
    public int evaluationCount() {
        return (int) Arrays.stream(knownFitness).filter(f -> f == null).count();
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] == null ? null : a[i].clone();
        }
        return c;
    }
}
