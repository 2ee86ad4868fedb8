package org.hebb.l2l.benchmark;

import java.io.Serializable;
import java.util.List;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;

/**
 * A cheap deterministic optimizee: a {@link BenchmarkFunction} of all genes of the named parameter blocks (in genome
 * order), to be minimised (fitness weight −1), like L2L's {@code FunctionGeneratorOptimizee}. Individuals start
 * uniform in the function's domain and are clipped to it.
 */
public final class FunctionOptimizee implements Optimizee, Serializable {
    private final BenchmarkFunction function;
    private final GenomeLayout layout;

    private FunctionOptimizee(BenchmarkFunction function, GenomeLayout layout) {
        if (layout.size() < function.minDimensions()) {
            throw new IllegalArgumentException("dimensions: " + layout.size() + " is not allowed; must be >= "
                    + function.minDimensions() + " for " + function.name().toLowerCase(java.util.Locale.ROOT));
        }
        this.function = function;
        this.layout = layout;
    }

    /** {@code function} of one block {@code x} with {@code dimensions} genes. */
    public static FunctionOptimizee of(BenchmarkFunction function, int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions: " + dimensions + " is not allowed; must be >= 1");
        }
        return new FunctionOptimizee(function, GenomeLayout.of(new ParameterBlock("x", dimensions)));
    }

    /** {@code function} of the concatenated blocks (e.g. {@code a: 2, b: 3} is a 5-D function). */
    public static FunctionOptimizee of(BenchmarkFunction function, List<ParameterBlock> blocks) {
        return new FunctionOptimizee(function, GenomeLayout.of(blocks));
    }

    public BenchmarkFunction function() {
        return function;
    }

    @Override
    public GenomeLayout layout() {
        return layout;
    }

    @Override
    public double[] createIndividual(Rng rng) {
        double[] x = new double[layout.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = function.lower() + (function.upper() - function.lower()) * rng.nextDouble();
        }
        return x;
    }

    @Override
    public void bound(double[] genome) {
        for (int i = 0; i < genome.length; i++) {
            genome[i] = Math.min(function.upper(), Math.max(function.lower(), genome[i]));
        }
    }

    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(-1.0);
    }

    @Override
    public double[] evaluate(double[] genome, EvaluationContext context) {
        return new double[] {function.value(genome)};
    }
}
