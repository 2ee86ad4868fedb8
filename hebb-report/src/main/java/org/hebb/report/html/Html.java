package org.hebb.report.html;

import java.util.Locale;

/** Text and number helpers for the report page: escaping and fixed, locale-independent formats. */
final class Html {
    private Html() {
    }

    /** Escapes text for an element's content or a double-quoted attribute. */
    static String esc(Object o) {
        String s = String.valueOf(o);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number for people: up to {@code digits} decimals, "–" for NaN, a true minus sign. */
    static String num(double x, int digits) {
        if (Double.isNaN(x)) {
            return "–";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        String s = String.format(Locale.ROOT, "%." + digits + "f", x);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** A table cell showing {@code shown} and carrying the exact value ({@link Double#toString}) as data-value. */
    static String cell(double exact, String shown) {
        return "<td data-value=\"" + exact + "\">" + esc(shown) + "</td>";
    }
}
