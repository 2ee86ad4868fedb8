package org.hebb.nir;

import java.math.BigDecimal;
import java.util.function.DoubleUnaryOperator;

/**
 * Unit changes between hebb (NEST's ms, mV, pA, pF) and NIR (seconds), chosen so that an export followed by an
 * import gives back every double bit for bit: a value is exported as the correctly rounded result, and imported as
 * the double that exports to it, preferring the one with the shortest decimal form (hebb's values are short
 * decimals such as 10.0 ms).
 */
final class Units {

    private Units() {
    }

    /** @return ms → s, correctly rounded ({@code ms / 1000}) */
    static double seconds(double ms) {
        return ms / 1000.0;
    }

    /** @return the ms value whose {@link #seconds} is {@code s}, the decimal shift of s's shortest form if it is one */
    static double ms(double s) {
        double guess = new BigDecimal(Double.toString(s)).scaleByPowerOfTen(3).doubleValue();
        return inverse(guess, s, Units::seconds);
    }

    /**
     * @return an x near {@code guess} with {@code f(x) == target} (within a few ulps of the guess), the guess itself
     *     if none: the inverse of a correctly rounded monotone map where one exists
     */
    static double inverse(double guess, double target, DoubleUnaryOperator f) {
        if (f.applyAsDouble(guess) == target || !Double.isFinite(guess)) {
            return guess;
        }
        double up = guess, down = guess;
        for (int i = 0; i < 4; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            if (f.applyAsDouble(up) == target) {
                return up;
            }
            if (f.applyAsDouble(down) == target) {
                return down;
            }
        }
        return guess;
    }

    /**
     * @return {@code tau_m / C_m}, nudged by at most a few ulps so that {@code tau_m / r == C_m} exactly: the
     *     membrane resistance NIR holds, from which an import recovers NEST's C_m bit for bit
     */
    static double resistance(double tauMs, double cM) {
        double r = tauMs / cM;
        double up = r, down = r;
        for (int i = 0; i < 4 && tauMs / r != cM; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            if (tauMs / up == cM) {
                return up;
            }
            if (tauMs / down == cM) {
                return down;
            }
        }
        return r;
    }

    /** @return {@code v − e}, nudged so that {@code e + result == v} where a few ulps allow it */
    static double relative(double v, double e) {
        return inverse(v - e, v, x -> e + x);
    }
}
