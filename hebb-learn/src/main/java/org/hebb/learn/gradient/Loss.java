package org.hebb.learn.gradient;

/** Mean losses over a batch with their gradients with respect to the network output, written into {@code grad}. */
public final class Loss {

    private Loss() {
    }

    /**
     * Softmax cross-entropy: {@code L = −(1/B)·Σ_b log softmax(out_b)[label_b]};
     * {@code ∂L/∂out_b = (softmax(out_b) − onehot(label_b)) / B}.
     */
    public static double softmaxCrossEntropy(double[] out, int[] labels, int batch, int classes, double[] grad) {
        double total = 0.0;
        for (int b = 0; b < batch; b++) {
            int row = b * classes;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, out[row + c]);
            }
            double sum = 0.0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(out[row + c] - max);
            }
            double logSum = max + Math.log(sum);
            total += logSum - out[row + labels[b]];
            for (int c = 0; c < classes; c++) {
                grad[row + c] = (Math.exp(out[row + c] - logSum) - (c == labels[b] ? 1.0 : 0.0)) / batch;
            }
        }
        return total / batch;
    }

    /**
     * Huber (smooth L1, δ = 1) between {@code out[b·n + action_b]} and {@code target_b}, as DQN uses it (Mnih et al.
     * 2015's error clipping); other outputs get zero gradient.
     */
    public static double huber(double[] out, int[] actions, double[] targets, int batch, int n, double[] grad) {
        java.util.Arrays.fill(grad, 0, batch * n, 0.0);
        double total = 0.0;
        for (int b = 0; b < batch; b++) {
            double d = out[b * n + actions[b]] - targets[b];
            double ad = Math.abs(d);
            total += ad <= 1.0 ? 0.5 * d * d : ad - 0.5;
            grad[b * n + actions[b]] = (ad <= 1.0 ? d : Math.signum(d)) / batch;
        }
        return total / batch;
    }
}
