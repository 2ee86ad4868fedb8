package org.hebb.learn.rl;

/**
 * PPO's per-sample loss on the policy logits z (Schulman et al. 2017, eq. 7, with an entropy bonus, eq. 9):
 * <pre>
 *   r = π(a|z) / π_old(a),   L = −min(r·A, clip(r, 1 − ε, 1 + ε)·A) − c_H·H(π(·|z))
 * </pre>
 * and its gradient with respect to z, written out by hand: where the clipped term is the minimum the first part is
 * constant; else {@code ∂L/∂z_k = −r·A·(1[k = a] − π_k)}; and {@code ∂H/∂z_k = −π_k·(log π_k + H)}.
 */
final class ClippedObjective {

    private ClippedObjective() {
    }

    /** Softmax of {@code z[off … off + n)} into {@code p}. */
    static void softmax(double[] z, int off, int n, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, z[off + k]);
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            p[k] = Math.exp(z[off + k] - max);
            sum += p[k];
        }
        for (int k = 0; k < n; k++) {
            p[k] /= sum;
        }
    }

    /** L for one sample (used by the gradient check). */
    static double loss(double[] z, int off, int n, int action, double oldLogp, double adv, double clip,
                       double entropyCoef) {
        double[] p = new double[n];
        softmax(z, off, n, p);
        double r = Math.exp(Math.log(p[action]) - oldLogp);
        double surrogate = Math.min(r * adv, Math.min(Math.max(r, 1 - clip), 1 + clip) * adv);
        return -surrogate - entropyCoef * entropy(p);
    }

    private static double entropy(double[] p) {
        double h = 0;
        for (double q : p) {
            h -= q * Math.log(Math.max(q, 1e-300));
        }
        return h;
    }

    /** Writes {@code ∂L/∂z / batch} (one sample's share of a batch mean) into {@code g[goff …]}; p is scratch. */
    static void gradient(double[] z, int off, int n, int action, double oldLogp, double adv, double clip,
                         double entropyCoef, int batch, double[] p, double[] g, int goff) {
        softmax(z, off, n, p);
        double r = Math.exp(Math.log(p[action]) - oldLogp);
        boolean clipped = adv >= 0 ? r > 1 + clip : r < 1 - clip;
        double gLogp = clipped ? 0.0 : -r * adv / batch;
        double h = entropy(p);
        for (int k = 0; k < n; k++) {
            double dLogp = (k == action ? 1.0 : 0.0) - p[k];
            double dH = -p[k] * (Math.log(Math.max(p[k], 1e-300)) + h);
            g[goff + k] = gLogp * dLogp - entropyCoef * dH / batch;
        }
    }
}
