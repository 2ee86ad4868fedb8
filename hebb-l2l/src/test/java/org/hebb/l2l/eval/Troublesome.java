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
 * (genome, context) with the individual's RNG; index 3 throws, index 5 runs {@link #STRAGGLER_SECONDS} s (sleeping, so it
 * costs no CPU), ignoring interrupts if asked. An evaluator that returns sooner than that did not wait for it.
 * Serializable, so a distributed evaluator can ship it.
 */
public record Troublesome(boolean ignoreInterrupts) implements Optimizee, Serializable {

    /** How long index 5 runs: far above any time limit the tests set, so a slow machine cannot blur the two. */
    public static final double STRAGGLER_SECONDS = 4.0;

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
            long end = System.nanoTime() + (long) (STRAGGLER_SECONDS * 1e9);
            while (System.nanoTime() < end) {
                if (ignoreInterrupts) {
                    java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // returns on interrupt, throws nothing
                } else {
                    Thread.sleep(10);
                }
            }
        }
        return new double[] {genome[0] + genome[1] + c.rng().nextGaussian() + c.generation()};
    }
}
