package org.hebb.l2l.eval;

import java.io.Serializable;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Rng;

/**
 * An optimizee for evaluator tests (this module's and hebb-spark's, through the test jar): fitness = a hash of
 * (genome, context) with the individual's RNG; index 3 throws, index 5 runs 1.5 s, ignoring interrupts if asked.
 * Serializable, so a distributed evaluator can ship it.
 */
public record Troublesome(boolean ignoreInterrupts) implements Optimizee, Serializable {

    @Override
    public GenomeLayout layout() {
        return GenomeLayout.of(new ParameterBlock("x", 2));
    }

    @Override
    public double[] createIndividual(Rng rng) {
        return new double[] {rng.nextDouble(), rng.nextDouble()};
    }

    @Override
    public FitnessWeights fitnessWeights() {
        return FitnessWeights.of(1);
    }

    @Override
    public double[] evaluate(double[] genome, EvaluationContext c) throws Exception {
        if (c.index() == 3) {
            throw new IllegalStateException("boom at " + c.index());
        }
        if (c.index() == 5) {
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end) {
                if (!ignoreInterrupts) {
                    Thread.sleep(10);
                }
            }
        }
        return new double[] {genome[0] + genome[1] + c.rng().nextGaussian() + c.generation()};
    }
}
