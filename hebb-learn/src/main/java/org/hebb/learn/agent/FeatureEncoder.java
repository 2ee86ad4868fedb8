package org.hebb.learn.agent;

import org.hebb.learn.task.InputEncoding;
import org.hebb.learn.task.ObservationEncoder;

/**
 * Turns an observation into the features the critic reads and the firing-rate fractions (in [0, 1]) of the actor's
 * input neurons. Three encodings:
 * <ul>
 *   <li>{@code fourier}: the order-n Fourier basis of Konidaris, Osentoski &amp; Thomas 2011,
 *       {@code φ_c(s) = cos(π c·s̃)} for every integer vector c ∈ {0..n}^d, with s̃ the observation scaled to [0, 1]
 *       over its range (clipped). The features are signed, so each drives a ± pair of input neurons: rate fraction
 *       max(φ, 0) and max(−φ, 0).</li>
 *   <li>{@code gaussian}, {@code bins}: the task layer's {@link ObservationEncoder} with amplitude 1; feature =
 *       rate fraction.</li>
 * </ul>
 */
public final class FeatureEncoder {

    private final boolean fourier;
    private final double[] low;
    private final double[] high;
    private final int[][] coefficients;
    private final ObservationEncoder fields;
    private final double[] scaled;

    /**
     * @param encoding     fourier, gaussian or bins
     * @param order        Fourier order n (fourier only)
     * @param perDimension neurons per dimension (gaussian, bins)
     * @param fieldWidth   Gaussian σ in centre spacings
     * @param low          range of each observation dimension
     * @param high         upper ends
     */
    public FeatureEncoder(String encoding, int order, int perDimension, double fieldWidth, double[] low, double[] high) {
        this.fourier = encoding.equals("fourier");
        this.low = low.clone();
        this.high = high.clone();
        this.scaled = new double[low.length];
        if (fourier) {
            double count = Math.pow(order + 1, low.length);
            if (count > 4096) {
                throw new IllegalArgumentException("fourier_order: " + order + " is not allowed for " + low.length
                        + " dimensions; (order+1)^dims = " + (long) count + " features exceeds 4096");
            }
            coefficients = new int[(int) count][low.length];
            for (int k = 0; k < coefficients.length; k++) {
                int rest = k;
                for (int d = 0; d < low.length; d++) {
                    coefficients[k][d] = rest % (order + 1);
                    rest /= order + 1;
                }
            }
            fields = null;
        } else {
            coefficients = null;
            fields = new ObservationEncoder(InputEncoding.of(encoding), perDimension, low, high, fieldWidth, 1.0);
        }
    }

    /** @return observation dimensions */
    public int dimensions() {
        return low.length;
    }

    /** @return critic features */
    public int features() {
        return fourier ? coefficients.length : fields.inputs();
    }

    /** @return actor input neurons (two per Fourier feature) */
    public int inputs() {
        return fourier ? 2 * coefficients.length : fields.inputs();
    }

    /** The critic's learning-rate factor of feature k: 1/‖c‖ (1 for c = 0), Konidaris et al.'s scaling; 1 otherwise. */
    public double rateScale(int k) {
        if (!fourier) {
            return 1.0;
        }
        double s = 0;
        for (int c : coefficients[k]) {
            s += (double) c * c;
        }
        return s == 0 ? 1.0 : 1.0 / Math.sqrt(s);
    }

    /**
     * @param observation one value per dimension
     * @param features    out: {@link #features()} critic features
     * @param rates       out: {@link #inputs()} input rate fractions in [0, 1]
     */
    public void encode(double[] observation, double[] features, double[] rates) {
        if (observation.length != low.length) {
            throw new IllegalArgumentException("observation: " + observation.length + " values is not allowed; the"
                    + " encoder covers " + low.length + " dimensions");
        }
        if (!fourier) {
            fields.encode(observation, features);
            System.arraycopy(features, 0, rates, 0, features.length);
            return;
        }
        for (int d = 0; d < low.length; d++) {
            double x = Double.isNaN(observation[d]) ? low[d] : observation[d];
            scaled[d] = Math.min(1.0, Math.max(0.0, (x - low[d]) / (high[d] - low[d])));
        }
        for (int k = 0; k < coefficients.length; k++) {
            double dot = 0;
            int[] c = coefficients[k];
            for (int d = 0; d < c.length; d++) {
                dot += c[d] * scaled[d];
            }
            double phi = Math.cos(Math.PI * dot); // Konidaris et al. 2011, eq. for the Fourier basis
            features[k] = phi;
            rates[2 * k] = phi > 0 ? phi : 0.0;
            rates[2 * k + 1] = phi < 0 ? -phi : 0.0;
        }
    }
}
