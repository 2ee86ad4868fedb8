package org.hebb.learn.mountaincar;

/**
 * Python's {@code repr(float)} for a Java double: the shortest digits that round-trip (Java's
 * {@link Double#toString} gives the same digits since JDK 19), laid out as Python lays them out (fixed notation for
 * decimal exponents from -4 to 15, otherwise {@code 1.5e-05} style). CSVs written with it compare as text with
 * CSVs written by Python, e.g. NEST episode logs.
 */
public final class FloatRepr {

    private FloatRepr() {
    }

    /** @return {@code repr(x)} as Python 3 prints it */
    public static String of(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        String s = Double.toString(Math.abs(x));
        String digits;
        int decpt; // x = 0.digits * 10^decpt
        int e = s.indexOf('E');
        if (e >= 0) {
            digits = s.substring(0, e).replace(".", "");
            decpt = Integer.parseInt(s.substring(e + 1)) + 1;
        } else {
            int dot = s.indexOf('.');
            String all = s.substring(0, dot) + s.substring(dot + 1);
            int lead = 0;
            while (all.charAt(lead) == '0') {
                lead++;
            }
            digits = all.substring(lead);
            decpt = dot - lead;
        }
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        StringBuilder out = new StringBuilder(x < 0 ? "-" : "");
        if (decpt > -4 && decpt <= 16) { // Python's float_repr_style 'short': fixed for 1e-4 <= |x| < 1e16
            if (decpt <= 0) {
                out.append("0.").append("0".repeat(-decpt)).append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            int exp = decpt - 1;
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            out.append(a < 10 ? "0" : "").append(a);
        }
        return out.toString();
    }
}
