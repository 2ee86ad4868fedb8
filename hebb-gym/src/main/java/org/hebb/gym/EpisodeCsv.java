package org.hebb.gym;

/**
 * An episode as CSV rows, in the layout of the Gymnasium reference files: header
 * {@code t,action,obs0,...,obsK,reward,terminated,truncated}; t = 0 is the reset row (action, reward and flags
 * empty); numbers as Python's {@code repr} ({@link PyRepr}, float32 observations widened to double); flags 0/1.
 * A continuous action of more than one number is written quoted, {@code "a,b"}.
 */
public final class EpisodeCsv {

    private EpisodeCsv() {
    }

    /** The header line for observations of {@code obsSize} elements. */
    public static String header(int obsSize) {
        StringBuilder sb = new StringBuilder("t,action");
        for (int i = 0; i < obsSize; i++) {
            sb.append(",obs").append(i);
        }
        return sb.append(",reward,terminated,truncated").toString();
    }

    /** The t = 0 row for a reset observation: action, reward and both flags empty. */
    public static String resetRow(float[] observation) {
        StringBuilder sb = new StringBuilder("0,,");
        appendObs(sb, observation);
        return sb.append(",,,").toString();
    }

    /** A step row: t, the action as text (see {@link #action(int)}, {@link #action(float[])}), then the result. */
    public static String stepRow(int t, String actionText, StepResult r) {
        StringBuilder sb = new StringBuilder().append(t).append(',').append(actionText).append(',');
        appendObs(sb, r.observation());
        return sb.append(',').append(PyRepr.format(r.reward()))
                .append(',').append(r.terminated() ? 1 : 0)
                .append(',').append(r.truncated() ? 1 : 0).toString();
    }

    /** A discrete action as text. */
    public static String action(int a) {
        return Integer.toString(a);
    }

    /** A continuous float32 action as text (widened to double, Python repr; quoted when it has several numbers). */
    public static String action(float[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            sb.append(i == 0 ? "" : ",").append(PyRepr.format(a[i]));
        }
        return a.length == 1 ? sb.toString() : "\"" + sb + "\"";
    }

    private static void appendObs(StringBuilder sb, float[] obs) {
        for (int i = 0; i < obs.length; i++) {
            sb.append(i == 0 ? "" : ",").append(PyRepr.format(obs[i]));
        }
    }
}
