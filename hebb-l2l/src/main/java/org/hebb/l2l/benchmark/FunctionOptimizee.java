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
 * uniform in the function's domain and are clipped to it. {@link #withNoise(double)} adds Gaussian noise to every
 * evaluation, drawn from the evaluation context's generator, so a noisy value is still a function of (genome,
 * generation, index, seed).
 */
public final class FunctionOptimizee implements Optimizee, Serializable {
    private final BenchmarkFunction function;
    private final GenomeLayout layout;
    private final double noise;

    private FunctionOptimizee(BenchmarkFunction function, GenomeLayout layout) {
        this(function, layout, 0.0);
    }

    private FunctionOptimizee(BenchmarkFunction function, GenomeLayout layout, double noise) {
        if (layout.size() < function.minDimensions()) {
            throw new IllegalArgumentException("dimensions: " + layout.size() + " is not allowed; must be >= "
                    + function.minDimensions() + " for " + function.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("noise: " + noise + " is not allowed; must be finite and >= 0");
        }
        this.function = function;
        this.layout = layout;
        this.noise = noise;
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

    /** This function with additive Gaussian noise of standard deviation {@code sd} on every evaluation (0 = none). */
    public FunctionOptimizee withNoise(double sd) {
        return new FunctionOptimizee(function, layout, sd);
    }

    /** The standard deviation of the evaluation noise (0 = noise-free). */
    public double noise() {
        return noise;
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
        double v = function.value(genome);
        return new double[] {noise == 0 ? v : v + noise * context.rng().nextGaussian()};
    }
}
