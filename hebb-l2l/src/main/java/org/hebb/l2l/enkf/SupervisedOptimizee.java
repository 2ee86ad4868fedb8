package org.hebb.l2l.enkf;

import org.hebb.l2l.Optimizee;

/**
 * An optimizee for the supervised ensemble Kalman filter (L2L's EnKF optimizees return {@code model_out} besides the
 * fitness): its fitness tuple is {@code [fitness, G₁(u), …, G_k(u)]} — element 0 is the fitness the run reports and
 * ranks by (weight 0 of {@link #fitnessWeights()}), elements 1..k are the model outputs, which the filter pushes
 * towards {@link #targets()}. The weights of the output elements only matter for tie-breaking in reports.
 */
public interface SupervisedOptimizee extends Optimizee {

    /** The targets y (one per model output), in output order. */
    double[] targets();
}
