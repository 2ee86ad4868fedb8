package org.hebb.gym;

import java.math.BigDecimal;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, laid out as CPython does
 * (fixed notation for decimal exponents -4 ≤ e &lt; 16, else {@code 1.5e-05} / {@code 1e+16}; always a {@code .0} on
 * integral values). hebb writes episodes in this form so a hebb CSV can be compared with a Gymnasium one line by line.
 *
 * {@snippet :
 * PyRepr.format(-0.47260767221450806); // "-0.47260767221450806"
 * PyRepr.format(3.8e-5);               // "3.8e-05" (Java's Double.toString says "3.8E-5")
 * PyRepr.format(100);                  // "100.0"
 * }
 */
public final class PyRepr {

    private PyRepr() {
    }

    /** The text {@code repr(x)} gives in CPython 3. */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (Double.doubleToRawLongBits(x) < 0) ? "-0.0" : "0.0";
        }
        String sign = x < 0 ? "-" : "";
        double a = Math.abs(x);
        // Java (JDK >= 19) gives the shortest round-trip digits, but may add a second digit where one suffices
        BigDecimal d = new BigDecimal(Double.toString(a)).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int decpt = digits.length() - d.scale(); // value = 0.digits * 10^decpt
        if (digits.length() == 2) {
            BigDecimal one = shortestOneDigit(a, digits, decpt);
            if (one != null) {
                digits = one.unscaledValue().toString();
                decpt = digits.length() - one.scale();
            }
        }
        return sign + layout(digits, decpt);
    }

    /** A one-digit decimal that reads back as a, nearest to a, or null (CPython picks the shortest). */
    private static BigDecimal shortestOneDigit(double a, String twoDigits, int decpt) {
        int first = twoDigits.charAt(0) - '0';
        BigDecimal exact = new BigDecimal(a);
        BigDecimal best = null;
        for (int c = first; c <= first + 1; c++) {
            BigDecimal cand = BigDecimal.valueOf(c).scaleByPowerOfTen(decpt - 1).stripTrailingZeros();
            if (cand.doubleValue() == a) {
                if (best == null || cand.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
                    best = cand;
                }
            }
        }
        return best;
    }

    private static String layout(String digits, int decpt) {
        int n = digits.length();
        // CPython float_repr_style 'short': exponent notation when decpt <= -4 or decpt > 16
        if (decpt <= -4 || decpt > 16) {
            StringBuilder sb = new StringBuilder().append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) {
                sb.append('0');
            }
            return sb.append(e).toString();
        }
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt < n) {
            return digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        return digits + "0".repeat(decpt - n) + ".0";
    }
}
