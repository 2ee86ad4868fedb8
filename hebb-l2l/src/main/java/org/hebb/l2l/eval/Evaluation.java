package org.hebb.l2l.eval;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What evaluating one individual gave: a fitness tuple, or an error, or a timeout. Serializable.
 *
 * @param index   the individual's index within its generation
 * @param outcome how the evaluation ended
 * @param fitness the fitness tuple if {@link Outcome#OK}, else {@code null}
 * @param error   one line describing the failure if not OK, else {@code null}
 */
public record Evaluation(int index, Outcome outcome, double[] fitness, String error) implements Serializable {

    /** How an evaluation ended; {@link #CARRIED} marks an individual whose known fitness was kept, not evaluated. */
    public enum Outcome {
        OK(0), ERROR(1), TIMEOUT(2), CARRIED(3);

        /** The code stored in trajectory files. */
        public final byte code;

        Outcome(int code) {
            this.code = (byte) code;
        }

        /** The outcome with the given stored code. */
        public static Outcome ofCode(byte code) {
            for (Outcome o : values()) {
                if (o.code == code) {
                    return o;
                }
            }
            throw new IllegalArgumentException("outcome code: " + code + " is not allowed; must be 0..3");
        }
    }

    /** A successful evaluation. */
    public static Evaluation ok(int index, double[] fitness) {
        return new Evaluation(index, Outcome.OK, fitness.clone(), null);
    }

    /** An evaluation that threw {@code t}. */
    public static Evaluation error(int index, Throwable t) {
        String m = t.getMessage();
        return new Evaluation(index, Outcome.ERROR, null, t.getClass().getName() + (m == null ? "" : ": " + m));
    }

    /** An evaluation that exceeded its time limit. */
    public static Evaluation timeout(int index, long timeoutMillis) {
        return new Evaluation(index, Outcome.TIMEOUT, null, "timed out after " + timeoutMillis + " ms");
    }

    @Override
    public String toString() {
        return "Evaluation[" + index + ", " + outcome + ", " + Arrays.toString(fitness)
                + (error == null ? "" : ", " + error) + "]";
    }
}
