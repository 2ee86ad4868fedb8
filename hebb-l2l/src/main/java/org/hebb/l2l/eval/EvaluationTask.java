package org.hebb.l2l.eval;

import java.io.Serializable;
import org.hebb.l2l.EvaluationContext;

/**
 * One individual to evaluate: its genome and where it sits in the run. Serializable, so a distributed evaluator
 * can ship it. The genome array is owned by the task; evaluators must not modify it.
 */
public record EvaluationTask(EvaluationContext context, double[] genome) implements Serializable {
}
