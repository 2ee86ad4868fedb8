package org.hebb.l2l.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an optimizer's parameters from a map with L2L's names (as a TOML or JSON config gives them): unknown names
 * are rejected with the list of names the optimizer takes; a missing name takes its default; a value of the wrong
 * type is rejected. Every error is one line naming {@code prefix.field}, the value and what is allowed.
 */
public final class ParameterReader {
    private final String prefix;
    private final Map<String, ?> map;

    /** A reader of {@code map} for the optimizer {@code prefix}, which takes exactly {@code names}. */
    public ParameterReader(String prefix, Map<String, ?> map, Set<String> names) {
        this.prefix = prefix;
        this.map = map;
        for (String k : map.keySet()) {
            if (!names.contains(k)) {
                throw new IllegalArgumentException(prefix + " parameter: '" + k + "' is not allowed; must be one of "
                        + new TreeSet<>(names));
            }
        }
    }

    /** The field name with its prefix, for error messages. */
    public String field(String name) {
        return prefix + "." + name;
    }

    /** An integer (any integral {@link Number}), or {@code dflt} if absent. */
    public long integer(String name, long dflt) {
        if (!map.containsKey(name)) {
            return dflt;
        }
        Object v = map.get(name);
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw Check.bad(field(name), v, "must be an integer");
    }

    /** An integer in the int range, or {@code dflt} if absent. */
    public int intValue(String name, int dflt) {
        long x = integer(name, dflt);
        if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
            throw Check.bad(field(name), x, "must be an integer in the int range");
        }
        return (int) x;
    }

    /** A number, or {@code dflt} if absent. */
    public double real(String name, double dflt) {
        if (!map.containsKey(name)) {
            return dflt;
        }
        Object v = map.get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw Check.bad(field(name), v, "must be a number");
    }

    /** A boolean, or {@code dflt} if absent. */
    public boolean bool(String name, boolean dflt) {
        if (!map.containsKey(name)) {
            return dflt;
        }
        Object v = map.get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw Check.bad(field(name), v, "must be true or false");
    }

    /** One of {@code allowed} (case-insensitive, returned lower-case), or {@code dflt} if absent. */
    public String choice(String name, String dflt, List<String> allowed) {
        if (!map.containsKey(name)) {
            return dflt;
        }
        Object v = map.get(name);
        if (v instanceof String s && allowed.contains(s.toLowerCase(Locale.ROOT))) {
            return s.toLowerCase(Locale.ROOT);
        }
        throw Check.bad(field(name), v, "must be one of " + allowed);
    }

    /** A list of numbers, or {@code dflt} if absent ({@code null} allowed as default). */
    public double[] reals(String name, double[] dflt) {
        if (!map.containsKey(name)) {
            return dflt == null ? null : dflt.clone();
        }
        return realList(field(name), map.get(name));
    }

    /** A map value (e.g. a TOML table), or {@code null} if absent. */
    public Map<?, ?> table(String name) {
        if (!map.containsKey(name)) {
            return null;
        }
        Object v = map.get(name);
        if (v instanceof Map<?, ?> m) {
            return m;
        }
        throw Check.bad(field(name), v, "must be a table");
    }

    /** {@code v} as a list of numbers (a {@link List} or a {@code double[]}). */
    public static double[] realList(String field, Object v) {
        if (v instanceof double[] a) {
            return a.clone();
        }
        if (v instanceof List<?> l) {
            List<Double> out = new ArrayList<>();
            for (Object o : l) {
                if (!(o instanceof Number n)) {
                    throw Check.bad(field, l, "must be a list of numbers");
                }
                out.add(n.doubleValue());
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }
        throw Check.bad(field, v instanceof Object[] a ? Arrays.toString(a) : v, "must be a list of numbers");
    }
}
