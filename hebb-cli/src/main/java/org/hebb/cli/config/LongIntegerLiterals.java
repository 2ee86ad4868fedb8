package org.hebb.cli.config;

import java.math.BigInteger;
import org.hebb.cli.UserError;

/**
 * Works around a TOML reader bug that would alias seeds: jackson-dataformat-toml 2.21 reads a decimal integer of
 * exactly 19 digits wrongly and silently ({@code 9223372036854775807} becomes {@code 6854775807}, {@code
 * 1000000000000000000} becomes 0; FasterXML/jackson-dataformats-text#663). Its hexadecimal literals are read
 * exactly, so before parsing, every bare 19-digit decimal integer value is rewritten as the equal hex literal; a
 * negative one (TOML has no negative hex) is refused with one line. Strings, comments, keys, floats and dates are
 * left as they are.
 */
final class LongIntegerLiterals {
    /** The digit count the reader gets wrong. */
    static final int BAD_DIGITS = 19;

    private LongIntegerLiterals() {
    }

    /** {@code text} with its 19-digit integer values as hex literals; {@code source} names the file in errors. */
    static String rewrite(String text, String source) {
        StringBuilder out = null;
        int line = 1;
        int i = 0;
        int n = text.length();
        int copied = 0;
        boolean valueSide = false; // after '=' on this line, or inside an array
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                valueSide = depth > 0;
                i++;
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                i = skipString(text, i);
            } else if (c == '=') {
                valueSide = true;
                i++;
            } else if (c == '[' && valueSide) {
                depth++;
                i++;
            } else if (c == ']' && depth > 0) {
                depth--;
                i++;
            } else if (valueSide && (c == '+' || c == '-' || Character.isDigit(c)) && startsToken(text, i)) {
                int end = i + 1;
                while (end < n && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String digits = text.substring(c == '+' || c == '-' ? i + 1 : i, end).replace("_", "");
                if (digits.length() == BAD_DIGITS && endsToken(text, end)) {
                    if (c == '-') {
                        throw new UserError(source + ":" + line + ": -" + digits + " is not allowed; the TOML reader "
                                + "cannot read a negative integer of 19 digits exactly (no value hebb takes is one)");
                    }
                    if (out == null) {
                        out = new StringBuilder(n + 16);
                    }
                    out.append(text, copied, i).append("0x").append(new BigInteger(digits).toString(16));
                    copied = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean startsToken(String t, int i) {
        char p = i == 0 ? ' ' : t.charAt(i - 1);
        return Character.isWhitespace(p) || p == '=' || p == '[' || p == ',' || p == '{';
    }

    /** Whether a run of digits ends the token: not a float ({@code .}, {@code e}), date or time ({@code -}, {@code :}). */
    private static boolean endsToken(String t, int end) {
        if (end >= t.length()) {
            return true;
        }
        char c = t.charAt(end);
        return Character.isWhitespace(c) || c == ',' || c == ']' || c == '}' || c == '#';
    }

    /** The index after the string starting at {@code i} (basic, literal, or either multi-line form). */
    private static int skipString(String t, int i) {
        char q = t.charAt(i);
        String triple = String.valueOf(q).repeat(3);
        if (t.startsWith(triple, i)) {
            int end = t.indexOf(triple, i + 3);
            return end < 0 ? t.length() : end + 3;
        }
        int j = i + 1;
        while (j < t.length() && t.charAt(j) != q && t.charAt(j) != '\n') {
            j += q == '"' && t.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(t.length(), j + 1);
    }
}
