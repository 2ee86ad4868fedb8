package org.hebb.report;

import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Rng;
import org.hebb.l2l.benchmark.FunctionOptimizee;

/** A benchmark optimizee with a twist in {@code evaluate} (failures, slowness) supplied by the test. */
abstract class TwistedFunction implements Optimizee {
    final FunctionOptimizee base;

    TwistedFunction(FunctionOptimizee base) {
        this.base = base;
    }

    @Override
    public GenomeLayout layout() {
        return base.layout();
    }

    @Override
    public double[] createIndividual(Rng rng) {
        return base.createIndividual(rng);
    }

    @Override
    public void bound(double[] genome) {
        base.bound(genome);
    }

    @Override
    public FitnessWeights fitnessWeights() {
        return base.fitnessWeights();
    }
}
