package org.hebb.l2l.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoublePredicate;
import java.util.function.Function;

/**
 * One optimizer parameter as a {@link ParameterSchema} declares it: its L2L name, type, default ({@code null}: none),
 * range rule and one line of doc. Values travel as the config gives them after reading ({@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, lower-case {@code String}, {@code double[]}, a table); a choice may
 * map to a Java type of its own ({@link #choice(String, String, List, String, Class, Function, Function)}).
 *
 * @param name         the L2L name, e.g. {@code pop_size}
 * @param kind         how the config value is read
 * @param javaType     the record component's type
 * @param defaultValue the value when the config leaves it out (config form), or null for none
 * @param rule         the range check, run after every value is read
 * @param doc          one line for docs/optimizers.md
 * @param shown        the default as the doc shows it, or null to print {@code defaultValue}
 * @param choices      the allowed strings of a choice, else empty
 * @param toJava       config form to the record's type
 * @param toConfig     the record's type to config form (what {@code toMap} gives)
 * @param table        reads a table value (its field name, the map), for {@link Kind#TABLE}
 */
public record ParameterField(String name, Kind kind, Class<?> javaType, Object defaultValue, Rule rule, String doc,
        String shown, List<String> choices, Function<Object, Object> toJava, Function<Object, Object> toConfig,
        BiFunction<String, Map<?, ?>, Object> table) {

    /** How a config value is read. */
    public enum Kind { LONG, INT, REAL, BOOL, CHOICE, REALS, TABLE }

    /**
     * A range check: {@code null} if {@code value} is allowed given all values, else what is allowed
     * ({@code "must be > 0"}), which {@link Check#bad} puts after the field and value.
     */
    @FunctionalInterface
    public interface Rule {
        String violation(Object value, Values all);

        /** Any value of the type. */
        static Rule any() {
            return (v, all) -> null;
        }

        /** A number for which {@code ok} holds, else {@code allowed}. */
        static Rule when(DoublePredicate ok, String allowed) {
            return (v, all) -> ok.test(((Number) v).doubleValue()) ? null : allowed;
        }

        /** {@code > 0} and finite. */
        static Rule positive() {
            return when(x -> x > 0 && Double.isFinite(x), "must be > 0");
        }

        /** {@code >= 0} and finite. */
        static Rule nonNegative() {
            return when(x -> x >= 0 && Double.isFinite(x), "must be finite and >= 0");
        }

        /** In {@code [lo, hi]}. */
        static Rule inRange(double lo, double hi) {
            return when(x -> x >= lo && x <= hi, "must be in [" + lo + ", " + hi + "]");
        }

        /** In {@code [lo, hi)}. */
        static Rule inHalfOpen(double lo, double hi) {
            return when(x -> x >= lo && x < hi, "must be in [" + lo + ", " + hi + ")");
        }

        /** An integer {@code >= min}; {@code why} explains the bound (may be empty). */
        static Rule atLeast(int min, String why) {
            return when(x -> x >= min, "must be >= " + min + (why.isEmpty() ? "" : " (" + why + ")"));
        }

        /** Not NaN (infinities allowed, e.g. a stop criterion of +inf). */
        static Rule notNaN() {
            return when(x -> !Double.isNaN(x), "must be a number or +-inf");
        }
    }

    /** The values read so far, for rules that depend on another parameter (e.g. {@code tourn_size <= pop_size}). */
    public record Values(Map<String, Object> map) {
        public int integer(String name) {
            return ((Number) map.get(name)).intValue();
        }

        public double real(String name) {
            return ((Number) map.get(name)).doubleValue();
        }

        public boolean bool(String name) {
            return (Boolean) map.get(name);
        }
    }

    /** The generator's seed: the run's, never among a config's optimizer parameters. */
    static ParameterField seed() {
        return plain("seed", Kind.LONG, long.class, 0L, Rule.any(), "the generator's seed (the run's seed)");
    }

    /** An integer parameter in the int range. */
    public static ParameterField integer(String name, int dflt, Rule rule, String doc) {
        return plain(name, Kind.INT, int.class, dflt, rule, doc);
    }

    /** {@code n_iteration}: generations, ≥ 1 (L2L's name; the run ends after that many {@code tell}s). */
    public static ParameterField nIteration(int dflt) {
        return integer("n_iteration", dflt, Rule.atLeast(1, ""), "generations, ≥ 1");
    }

    /** {@code stop_criterion}: the run ends once a generation's best weighted fitness reaches it (L2L), default +∞. */
    public static ParameterField stopCriterion() {
        return real("stop_criterion", Double.POSITIVE_INFINITY, Rule.notNaN(),
                "stop once a weighted fitness reaches it");
    }

    /** A real parameter. */
    public static ParameterField real(String name, double dflt, Rule rule, String doc) {
        return plain(name, Kind.REAL, double.class, dflt, rule, doc);
    }

    /** A true/false parameter. */
    public static ParameterField bool(String name, boolean dflt, String doc) {
        return plain(name, Kind.BOOL, boolean.class, dflt, Rule.any(), doc);
    }

    /** One of {@code allowed} (case-insensitive), kept as its lower-case string. */
    public static ParameterField choice(String name, String dflt, List<String> allowed, String doc) {
        return new ParameterField(name, Kind.CHOICE, String.class, dflt, Rule.any(), doc, null, List.copyOf(allowed),
                Function.identity(), Function.identity(), null);
    }

    /** One of {@code allowed}, given to the record as {@code named} maps it and written back by {@code configName}. */
    public static <T> ParameterField choice(String name, String dflt, List<String> allowed, String doc, Class<T> type,
            Function<String, T> named, Function<T, String> configName) {
        return new ParameterField(name, Kind.CHOICE, type, dflt, Rule.any(), doc, null, List.copyOf(allowed),
                v -> named.apply((String) v), v -> configName.apply(type.cast(v)), null);
    }

    /** An optional list of numbers (no default), written back as a list. */
    public static ParameterField reals(String name, Rule rule, String doc) {
        return new ParameterField(name, Kind.REALS, double[].class, null, rule, doc, null, List.of(),
                v -> ((double[]) v).clone(), v -> Arrays.stream((double[]) v).boxed().toList(), null);
    }

    /** A table (no default) read by {@code reader} and written back by {@code toConfig}. */
    public static ParameterField table(String name, String doc, BiFunction<String, Map<?, ?>, Object> reader,
            Function<Object, Object> toConfig) {
        return new ParameterField(name, Kind.TABLE, Map.class, null, Rule.any(), doc, null, List.of(),
                Function.identity(), toConfig, reader);
    }

    private static ParameterField plain(String name, Kind kind, Class<?> type, Object dflt, Rule rule, String doc) {
        return new ParameterField(name, kind, type, dflt, rule, doc, null, List.of(), Function.identity(),
                Function.identity(), null);
    }

    /** This field with its default shown in the doc as {@code text} (e.g. {@code 0 → 4 + ⌊3 ln n⌋}). */
    public ParameterField shownAs(String text) {
        return new ParameterField(name, kind, javaType, defaultValue, rule, doc, text, choices, toJava, toConfig,
                table);
    }

    /** This field with another line of doc. */
    public ParameterField described(String line) {
        return new ParameterField(name, kind, javaType, defaultValue, rule, line, shown, choices, toJava, toConfig,
                table);
    }

    Object toJava(Object configValue) {
        return toJava.apply(configValue);
    }

    Object toConfig(Object javaValue) {
        return toConfig.apply(javaValue);
    }

    /** The config value {@code v} of {@code field} in this field's form; a wrong type gives a one-line error. */
    Object read(String field, Object v) {
        return switch (kind) {
            case LONG -> integral(field, v);
            case INT -> {
                long x = integral(field, v);
                if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                    throw Check.bad(field, x, "must be an integer in the int range");
                }
                yield (int) x;
            }
            case REAL -> {
                if (v instanceof Number n) {
                    yield n.doubleValue();
                }
                throw Check.bad(field, v, "must be a number");
            }
            case BOOL -> {
                if (v instanceof Boolean b) {
                    yield b;
                }
                throw Check.bad(field, v, "must be true or false");
            }
            case CHOICE -> {
                if (v instanceof String s && choices.contains(s.toLowerCase(Locale.ROOT))) {
                    yield s.toLowerCase(Locale.ROOT);
                }
                throw Check.bad(field, v, "must be one of " + choices);
            }
            case REALS -> realList(field, v);
            case TABLE -> {
                if (v instanceof Map<?, ?> m) {
                    yield table.apply(field, m);
                }
                throw Check.bad(field, v, "must be a table");
            }
        };
    }

    /** The default as docs/optimizers.md shows it. */
    String shownDefault() {
        if (shown != null) {
            return shown;
        }
        Object d = defaultValue;
        if (d == null) {
            return "—";
        }
        if (d instanceof String s) {
            return "`" + s + "`";
        }
        if (d instanceof Double x) {
            if (x == Double.POSITIVE_INFINITY) {
                return "+∞";
            }
            return x != 0 && Math.abs(x) < 1e-3
                    ? new BigDecimal(Double.toString(x)).stripTrailingZeros().toString().toLowerCase(Locale.ROOT)
                    : x.toString();
        }
        return d.toString();
    }

    private static long integral(String field, Object v) {
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw Check.bad(field, v, "must be an integer");
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
