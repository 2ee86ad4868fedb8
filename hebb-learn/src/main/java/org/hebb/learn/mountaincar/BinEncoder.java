package org.hebb.learn.mountaincar;

/**
 * One-hot encoding of a scalar into {@code bins} equal-width bins over {@code [lo, hi]}:
 * {@code bin(x) = clamp(floor((x - lo) / (hi - lo) * bins), 0, bins - 1)}.
 *
 * <p>This is hebb's definition. L2L's {@code encode_values} uses {@code np.digitize} on 31 edges from
 * {@code np.histogram(np.linspace(lo, hi, bins), bins)[1]}; the two agree except exactly on some bin edges, where
 * numpy's edge ({@link #edge}) and the quotient here round differently, and at the
 * ends: {@code x = hi} is bin {@code bins - 1} here (L2L: index {@code bins}, one past the last neuron) and
 * {@code x < lo} is bin 0 here (L2L: index -1, which Python reads as the last neuron).
 *
 * @param lo   lower end of the range (values below go to bin 0)
 * @param hi   upper end (values at or above go to bin {@code bins - 1})
 * @param bins number of bins, &gt;= 1
 */
public record BinEncoder(double lo, double hi, int bins) {

    /** MountainCar's position range [-1.2, 0.6] in 30 bins (L2L's). */
    public static final BinEncoder POSITION = new BinEncoder(-1.2, 0.6, 30);
    /** MountainCar's velocity range [-0.07, 0.07] in 30 bins (L2L's). */
    public static final BinEncoder VELOCITY = new BinEncoder(-0.07, 0.07, 30);

    public BinEncoder {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            throw new IllegalArgumentException("bin range: [" + lo + ", " + hi + "] is not allowed; must be finite with lo < hi");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins: " + bins + " is not allowed; must be >= 1");
        }
    }

    /**
     * @param x a value (any finite or infinite number; NaN is refused)
     * @return its bin in [0, bins)
     */
    public int bin(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("encoded value: NaN is not allowed; must be a number");
        }
        double q = Math.floor((x - lo) / (hi - lo) * bins);
        if (q < 0) {
            return 0;
        }
        return q > bins - 1 ? bins - 1 : (int) q;
    }

    /**
     * @param i an edge index in [0, bins]
     * @return edge {@code i} as numpy computes it in {@code np.linspace(lo, hi, bins + 1)} (L2L's histogram edges):
     *         {@code i * ((hi - lo) / bins) + lo}, the last one exactly {@code hi}
     */
    public double edge(int i) {
        if (i < 0 || i > bins) {
            throw new IllegalArgumentException("edge: " + i + " is not allowed; must be in [0, " + bins + "]");
        }
        return i == bins ? hi : i * ((hi - lo) / bins) + lo;
    }

    /** @return the centre of bin {@code i} */
    public double centre(int i) {
        return lo + (i + 0.5) * (hi - lo) / bins;
    }
}
