package org.hebb.l2l.search;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An optimizer's parameters declared once: each {@link ParameterField} gives the L2L name, type, default (or none),
 * range rule and one line of doc, in the order of the parameters record's components after {@code seed}. From it come
 * reading a config map ({@link #read}: unknown names, types, defaults, ranges, one-line errors), the named
 * {@link #builder()}, {@link #toMap}, the registry's names and defaults, and docs/optimizers.md's table
 * ({@link #markdownTable()}, kept equal to the doc by a test).
 *
 * <p>The record is built through its canonical constructor with the values in declaration order, so the record
 * header and the schema are the only two spellings of a parameter; a schema that does not match its record (count or
 * types) fails when the class loads.
 *
 * @param <R> the parameters record; its first component is {@code long seed}
 */
public final class ParameterSchema<R extends Record> {
    private final String optimizer;
    private final Class<R> type;
    private final List<ParameterField> fields;
    private final RecordComponent[] components;

    private ParameterSchema(String optimizer, Class<R> type, List<ParameterField> fields) {
        this.optimizer = optimizer;
        this.type = type;
        this.fields = List.copyOf(fields);
        this.components = type.getRecordComponents();
        if (components.length != this.fields.size()) {
            throw new IllegalStateException(type.getSimpleName() + ": " + components.length
                    + " components is not allowed; the schema declares " + this.fields.size() + " (seed included)");
        }
        for (int i = 0; i < components.length; i++) {
            ParameterField f = this.fields.get(i);
            if (!f.javaType().isAssignableFrom(components[i].getType())) {
                throw new IllegalStateException(type.getSimpleName() + "." + components[i].getName() + ": type "
                        + components[i].getType().getSimpleName() + " is not allowed; schema field " + f.name()
                        + " gives " + f.javaType().getSimpleName());
            }
        }
    }

    /** The schema of optimizer {@code optimizer}: {@code seed} first, then {@code fields} in the record's order. */
    public static <R extends Record> ParameterSchema<R> of(String optimizer, Class<R> type, ParameterField... fields) {
        List<ParameterField> all = new ArrayList<>();
        all.add(ParameterField.seed());
        all.addAll(Arrays.asList(fields));
        return new ParameterSchema<>(optimizer, type, all);
    }

    /** The optimizer's registry name, the prefix of every error's field. */
    public String optimizer() {
        return optimizer;
    }

    /** The fields, {@code seed} first. */
    public List<ParameterField> fields() {
        return fields;
    }

    /** Every name {@link #read} accepts, {@code seed} included. */
    public Set<String> names() {
        Set<String> s = new TreeSet<>();
        fields.forEach(f -> s.add(f.name()));
        return s;
    }

    /**
     * Every parameter but {@code seed} with its default (config form), in declaration order; a table without one
     * shows as empty, an optional list without one is left out.
     */
    public Map<String, Object> defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ParameterField f : fields.subList(1, fields.size())) {
            if (f.defaultValue() != null || f.kind() == ParameterField.Kind.TABLE) {
                m.put(f.name(), f.defaultValue() == null ? Map.of() : f.defaultValue());
            }
        }
        return m;
    }

    /**
     * The parameters from a map under L2L's names (as a TOML or JSON reader gives them): unknown names are refused
     * with the list of names; missing ones take their defaults; then every value is checked against its range.
     */
    public R read(Map<String, ?> map) {
        for (String k : map.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(k))) {
                throw new IllegalArgumentException(optimizer + " parameter: '" + k + "' is not allowed; must be one of "
                        + names());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterField f : fields) {
            values.put(f.name(), map.containsKey(f.name()) ? f.read(field(f), map.get(f.name())) : f.defaultValue());
        }
        return build(values);
    }

    /** The record's values under L2L's names, in declaration order; an absent optional value is left out. */
    public Map<String, Object> toMap(R parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < components.length; i++) {
            Object v = accessor(components[i], parameters);
            if (v != null) {
                m.put(fields.get(i).name(), fields.get(i).toConfig(v));
            }
        }
        return m;
    }

    /** A builder that names every value: {@code schema.builder().seed(7).set("pop_size", 32).build()}. */
    public Builder<R> builder() {
        return new Builder<>(this);
    }

    /**
     * docs/optimizers.md's table of this optimizer: one row per parameter ({@code seed} is the run's and not listed)
     * with its default and its line of doc.
     */
    public String markdownTable() {
        StringBuilder sb = new StringBuilder("| parameter | default | meaning |\n|---|---|---|\n");
        for (ParameterField f : fields.subList(1, fields.size())) {
            sb.append("| `").append(f.name()).append("` | ").append(f.shownDefault()).append(" | ").append(f.doc())
                    .append(" |\n");
        }
        return sb.toString();
    }

    private String field(ParameterField f) {
        return optimizer + "." + f.name();
    }

    private R build(Map<String, Object> values) {
        ParameterField.Values all = new ParameterField.Values(values);
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            ParameterField f = fields.get(i);
            Object v = values.get(f.name());
            String problem = v == null ? null : f.rule().violation(v, all);
            if (problem != null) {
                throw Check.bad(field(f), v instanceof double[] a ? Arrays.toString(a) : v, problem);
            }
            args[i] = v == null ? null : f.toJava(v);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // the record's own structural checks (e.g. grid search's table)
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + ": no canonical constructor", e);
        }
    }

    private static Object accessor(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName(), e);
        }
    }

    /**
     * Named construction of a parameters record: every value set by its L2L name, the rest defaulted, all checked at
     * {@link #build()} exactly as a config is.
     */
    public static final class Builder<R extends Record> {
        private final ParameterSchema<R> schema;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(ParameterSchema<R> schema) {
            this.schema = schema;
        }

        /** The generator's seed. */
        public Builder<R> seed(long seed) {
            values.put("seed", seed);
            return this;
        }

        /** Parameter {@code name} (an L2L name, e.g. {@code pop_size}) set to {@code value}. */
        public Builder<R> set(String name, Object value) {
            values.put(name, value);
            return this;
        }

        /** Every value of {@code map} set by its name. */
        public Builder<R> setAll(Map<String, ?> map) {
            values.putAll(map);
            return this;
        }

        /** The record; unknown names and bad values give a one-line {@link IllegalArgumentException}. */
        public R build() {
            return schema.read(values);
        }
    }
}
