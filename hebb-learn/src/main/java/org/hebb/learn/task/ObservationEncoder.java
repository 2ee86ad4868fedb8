package org.hebb.learn.task;

import java.util.Arrays;

/**
 * Turns an observation vector into the {@code dc_generator} amplitudes of the input neurons: input block k encodes
 * observation dimension {@code order[k]} and owns the neurons {@code k·N .. k·N + N − 1}, encoded by
 * {@link InputEncoding} over that dimension's range [lo_d, hi_d]. The order is the identity unless a preset says
 * otherwise (L2L's MountainCar network puts velocity first).
 *
 * {@snippet :
 * ObservationEncoder e = new ObservationEncoder(InputEncoding.BINS, 10, new double[] {-1}, new double[] {1}, 1.0, 40000);
 * double[] pA = new double[10];
 * e.encode(new double[] {0.05}, pA);   // pA[5] == 40000, all others 0
 * }
 */
public final class ObservationEncoder {

    private final InputEncoding encoding;
    private final int perDimension;
    private final double[] low;
    private final double[] high;
    private final double width;
    private final double amplitude;
    private final int[] order;

    /**
     * @param encoding     bins or Gaussian fields
     * @param perDimension neurons per dimension, N &ge; 1 (&ge; 2 for Gaussian fields)
     * @param low          lower end of each dimension's range (finite)
     * @param high         upper end (finite, &gt; low)
     * @param width        Gaussian σ in units of the centre spacing (ignored for bins)
     * @param amplitude    pA of a fully active input
     */
    public ObservationEncoder(InputEncoding encoding, int perDimension, double[] low, double[] high, double width,
            double amplitude) {
        this(encoding, perDimension, low, high, width, amplitude, identity(low.length));
    }

    /**
     * @param order the observation dimension of each input block, a permutation of {@code 0 .. dims − 1}
     */
    public ObservationEncoder(InputEncoding encoding, int perDimension, double[] low, double[] high, double width,
            double amplitude, int[] order) {
        int min = encoding == InputEncoding.GAUSSIAN ? 2 : 1;
        if (perDimension < min) {
            throw new IllegalArgumentException("neurons_per_dimension: " + perDimension + " is not allowed; must be >= "
                    + min + (min == 2 ? " for Gaussian fields (one at each end of the range)" : ""));
        }
        checkRanges(low, high);
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("field_width: " + width + " is not allowed; must be > 0 (σ in centre spacings)");
        }
        checkOrder(order, low.length);
        this.order = order.clone();
        this.encoding = encoding;
        this.perDimension = perDimension;
        this.low = low.clone();
        this.high = high.clone();
        this.width = width;
        this.amplitude = amplitude;
    }

    static void checkRanges(double[] low, double[] high) {
        if (low.length != high.length || low.length == 0) {
            throw new IllegalArgumentException("ranges: " + low.length + " lower and " + high.length
                    + " upper ends is not allowed; must be one [lo, hi] per observation dimension");
        }
        for (int d = 0; d < low.length; d++) {
            if (!Double.isFinite(low[d]) || !Double.isFinite(high[d]) || !(low[d] < high[d])) {
                throw new IllegalArgumentException("ranges[" + d + "]: [" + low[d] + ", " + high[d]
                        + "] is not allowed; must be finite with lo < hi");
            }
        }
    }

    /** @return {@code 0, 1, .., n − 1} */
    public static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    static void checkOrder(int[] order, int dims) {
        boolean[] seen = new boolean[dims];
        boolean ok = order.length == dims;
        for (int k = 0; ok && k < dims; k++) {
            ok = order[k] >= 0 && order[k] < dims && !seen[order[k]];
            if (ok) {
                seen[order[k]] = true;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("input_order: " + Arrays.toString(order) + " is not allowed; must be a"
                    + " permutation of the " + dims + " observation dimensions 0.." + (dims - 1));
        }
    }

    /** @return the observation dimension of each input block */
    public int[] order() {
        return order.clone();
    }

    /** @return observation dimensions */
    public int dimensions() {
        return low.length;
    }

    /** @return neurons per dimension */
    public int perDimension() {
        return perDimension;
    }

    /** @return all input neurons, dimensions × N */
    public int inputs() {
        return low.length * perDimension;
    }

    /** The bin of {@code x} in dimension {@code d}: {@code clamp(floor((x − lo)/(hi − lo)·N), 0, N − 1)}. */
    public int bin(int d, double x) {
        double q = Math.floor((x - low[d]) / (high[d] - low[d]) * perDimension);
        if (!(q >= 0)) { // also NaN, which has no bin: the first is as good as any and keeps the network defined
            return 0;
        }
        return q >= perDimension ? perDimension - 1 : (int) q;
    }

    /** The centre of field {@code i} of dimension {@code d}: {@code lo + i·(hi − lo)/(N − 1)}. */
    public double centre(int d, int i) {
        return low[d] + i * ((high[d] - low[d]) / (perDimension - 1));
    }

    /** σ of dimension {@code d}'s fields, pA-independent: width × spacing. */
    public double sigma(int d) {
        return width * (high[d] - low[d]) / (perDimension - 1);
    }

    /**
     * Writes the amplitude of every input neuron into {@code out} (length {@link #inputs()}).
     *
     * @param observation one value per dimension
     */
    public void encode(double[] observation, double[] out) {
        if (observation.length != low.length) {
            throw new IllegalArgumentException("observation: " + observation.length + " values is not allowed; must be "
                    + low.length);
        }
        for (int k = 0; k < low.length; k++) {
            int d = order[k];
            int base = k * perDimension;
            double x = observation[d];
            if (encoding == InputEncoding.BINS) {
                Arrays.fill(out, base, base + perDimension, 0.0);
                out[base + bin(d, x)] = amplitude;
            } else {
                double c = Double.isNaN(x) ? low[d] : Math.min(high[d], Math.max(low[d], x));
                double s = sigma(d);
                for (int i = 0; i < perDimension; i++) {
                    double z = c - centre(d, i);
                    out[base + i] = amplitude * Math.exp(-(z * z) / (2 * s * s));
                }
            }
        }
    }

    /** @return the encoding */
    public InputEncoding encoding() {
        return encoding;
    }
}
