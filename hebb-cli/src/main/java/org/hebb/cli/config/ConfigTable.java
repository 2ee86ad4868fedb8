package org.hebb.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hebb.cli.UserError;

/**
 * One table of a TOML configuration, read with the key path that leads to it, so that every error names the
 * field it is about ({@code nodes[2].params.tau_m}), the value, and what is allowed.
 *
 * <p>Every getter marks its key as known; {@link #rejectUnknownKeys()} then reports any key that no getter asked
 * for, with the closest known name as a suggestion.
 */
public final class ConfigTable {
    private final ObjectNode node;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();

    public ConfigTable(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The dotted path of a key in this table, as used in error messages. */
    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        known.add(key);
        return node.has(key);
    }

    /** Declares keys as allowed without reading them here (read elsewhere, e.g. passed through to a model). */
    public void allow(String... keys) {
        known.addAll(List.of(keys));
    }

    public JsonNode raw(String key) {
        known.add(key);
        return node.get(key);
    }

    public Iterator<Map.Entry<String, JsonNode>> entries() {
        return node.fields();
    }

    public double getDouble(String key) {
        return asDouble(require(key), field(key));
    }

    public double getDouble(String key, double fallback) {
        return has(key) ? getDouble(key) : fallback;
    }

    public long getLong(String key) {
        JsonNode v = require(key);
        if (!v.isIntegralNumber()) {
            throw new UserError(field(key) + ": " + v + " is not allowed; must be an integer");
        }
        return v.asLong();
    }

    public long getLong(String key, long fallback) {
        return has(key) ? getLong(key) : fallback;
    }

    public int getInt(String key, int fallback) {
        if (!has(key)) {
            return fallback;
        }
        long v = getLong(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new UserError(field(key) + ": " + v + " is not allowed; must fit in a 32-bit integer");
        }
        return (int) v;
    }

    public boolean getBoolean(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            throw new UserError(field(key) + ": " + v + " is not allowed; must be true or false");
        }
        return v.booleanValue();
    }

    public String getString(String key) {
        JsonNode v = require(key);
        if (!v.isTextual()) {
            throw new UserError(field(key) + ": " + v + " is not allowed; must be a string");
        }
        return v.textValue();
    }

    public String getString(String key, String fallback) {
        return has(key) ? getString(key) : fallback;
    }

    /** A sub-table, or an empty one when the key is absent. */
    public ConfigTable getTable(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return new ConfigTable(node.objectNode(), field(key));
        }
        if (!v.isObject()) {
            throw new UserError(field(key) + ": " + v + " is not allowed; must be a table");
        }
        return new ConfigTable((ObjectNode) v, field(key));
    }

    /** An array of tables ({@code [[nodes]]}), empty when absent. */
    public List<ConfigTable> getTables(String key) {
        JsonNode v = raw(key);
        List<ConfigTable> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw new UserError(field(key) + ": " + v + " is not allowed; must be an array of tables");
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String f = field(key) + "[" + i + "]";
            if (!e.isObject()) {
                throw new UserError(f + ": " + e + " is not allowed; must be a table");
            }
            out.add(new ConfigTable((ObjectNode) e, f));
        }
        return out;
    }

    /** A number array, or a single number read as an array of length one. */
    public double[] getDoubles(String key) {
        JsonNode v = require(key);
        if (!v.isArray()) {
            return new double[] {asDouble(v, field(key))};
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = asDouble(v.get(i), field(key) + "[" + i + "]");
        }
        return out;
    }

    /** Fails with the first key that no getter asked for, suggesting the closest known one. */
    public void rejectUnknownKeys() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!known.contains(k)) {
                throw new UserError(field(k) + ": unknown key" + Suggestions.didYouMean(k, known)
                        + "; allowed: " + String.join(", ", known));
            }
        }
    }

    private JsonNode require(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new UserError(field(key) + ": missing required key");
        }
        return v;
    }

    /** A finite number from a TOML value; integers are accepted where a float is expected. */
    public static double asDouble(JsonNode v, String field) {
        if (!v.isNumber()) {
            throw new UserError(field + ": " + v + " is not allowed; must be a number");
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new UserError(field + ": " + d + " is not allowed; must be a finite number");
        }
        return d;
    }

    /**
     * A TOML value as plain Java for a registry that takes dictionaries: integers stay {@code Integer} (or
     * {@code Long}), so a config written to run.json and read back gives the same map; floats {@code Double};
     * arrays {@code List}; tables {@code Map} in file order.
     */
    public static Object plainValue(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.canConvertToInt() ? (Object) v.intValue() : (Object) v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            v.forEach(e -> l.add(plainValue(e)));
            return l;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        v.fields().forEachRemaining(e -> m.put(e.getKey(), plainValue(e.getValue())));
        return m;
    }

    /** The names of all keys present, in file order. */
    public Collection<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
