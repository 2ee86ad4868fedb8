package org.hebb.l2l;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** In-process ask → evaluate → tell loops for the optimizer tests (no Run, no disk). */
public final class Drive {
    private Drive() {
    }

    /** Result of a minimisation: the lowest raw fitness[0] seen and the evaluations spent. */
    public record Outcome(double best, long evaluations) {
    }

    /**
     * Runs {@code o} on {@code f} (fitness[0] is minimised) until an evaluation reaches {@code target}, the budget
     * of evaluations is spent, or the optimizer is done. Evaluations beyond the budget are not counted or seen.
     */
    public static Outcome minimise(Optimizer o, Optimizee f, long budget, double target) {
        double best = Double.POSITIVE_INFINITY;
        long used = 0;
        while (!o.isDone() && used < budget && !(best < target)) {
            Population p = o.ask();
            double[][] fit = new double[p.size()][];
            for (int i = 0; i < p.size(); i++) {
                if (!p.needsEvaluation(i)) {
                    fit[i] = p.knownFitness(i);
                    continue;
                }
                fit[i] = evaluate(f, p, i);
                if (used < budget) {
                    used++;
                    best = Math.min(best, fit[i][0]);
                }
            }
            o.tell(fit);
        }
        return new Outcome(best, used);
    }

    /** Fitness of individual {@code i} of {@code p}. */
    public static double[] evaluate(Optimizee f, Population p, int i) {
        try {
            return f.evaluate(p.genome(i), new EvaluationContext(p.generation(), i, 7));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One generation: ask, evaluate every individual (or echo known fitness), tell; returns the population asked. */
    public static Population step(Optimizer o, Optimizee f) {
        Population p = o.ask();
        double[][] fit = new double[p.size()][];
        for (int i = 0; i < p.size(); i++) {
            fit[i] = p.needsEvaluation(i) ? evaluate(f, p, i) : p.knownFitness(i);
        }
        o.tell(fit);
        return p;
    }

    /** {@code o}'s state copied into a freshly built optimizer (writeState → readState). */
    public static Optimizer roundTrip(Optimizer o, Supplier<Optimizer> fresh) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            o.writeState(new DataOutputStream(bytes));
            Optimizer b = fresh.get();
            b.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
