package org.hebb.bench;

import org.hebb.sim.SpikeEvents;

/**
 * The two numbers Brunel (2000) uses to tell the network's state: the mean firing rate and the mean coefficient of
 * variation of the interspike intervals (CV = standard deviation / mean of a neuron's ISIs, averaged over the neurons
 * with at least two intervals; about 1 in the asynchronous irregular state).
 */
record SpikeTrainStatistics(double meanRateHz, double meanIsiCv, int neuronsWithCv) {

    /** @param firstId the first neuron's id @param neurons how many (ids firstId ..) @param seconds recorded time */
    static SpikeTrainStatistics of(SpikeEvents ev, int firstId, int neurons, double seconds) {
        double[] last = new double[neurons];
        double[] sum = new double[neurons];
        double[] sumSq = new double[neurons];
        int[] count = new int[neurons];
        java.util.Arrays.fill(last, Double.NaN);
        for (int k = 0; k < ev.size(); k++) { // events are in time order
            int i = ev.senders()[k] - firstId;
            if (i < 0 || i >= neurons) {
                continue;
            }
            double t = ev.times()[k];
            if (!Double.isNaN(last[i])) {
                double isi = t - last[i];
                sum[i] += isi;
                sumSq[i] += isi * isi;
                count[i]++;
            }
            last[i] = t;
        }
        double cvSum = 0.0;
        int withCv = 0;
        for (int i = 0; i < neurons; i++) {
            if (count[i] >= 2) {
                double mean = sum[i] / count[i];
                double var = Math.max(0.0, sumSq[i] / count[i] - mean * mean);
                cvSum += Math.sqrt(var) / mean;
                withCv++;
            }
        }
        return new SpikeTrainStatistics(ev.size() / (neurons * seconds), withCv == 0 ? Double.NaN : cvSum / withCv, withCv);
    }
}
