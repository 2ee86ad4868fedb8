package org.hebb.nir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Device parameters as one JSON string in a node's metadata (NIR metadata holds scalars and arrays only). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Json() {
    }

    /** @return the parameters as JSON, keys sorted; infinite values written as strings Java parses back */
    static String write(Map<String, Object> params) {
        Map<String, Object> clean = new TreeMap<>();
        params.forEach((k, v) -> clean.put(k, v instanceof Double d && !Double.isFinite(d) ? d.toString() : v));
        try {
            return MAPPER.writeValueAsString(clean);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the parameters of {@link #write}, numbers as Double, arrays as lists */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String json, String field) {
        try {
            Map<String, Object> raw = MAPPER.readValue(json, LinkedHashMap.class);
            Map<String, Object> out = new LinkedHashMap<>();
            raw.forEach((k, v) -> out.put(k, normal(v)));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(field + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Object normal(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s && (s.equals("Infinity") || s.equals("-Infinity") || s.equals("NaN"))) {
            return Double.parseDouble(s);
        }
        if (v instanceof java.util.List<?> l) {
            double[] d = new double[l.size()];
            for (int i = 0; i < d.length; i++) {
                if (!(l.get(i) instanceof Number n)) {
                    return l;
                }
                d[i] = n.doubleValue();
            }
            return d;
        }
        return v;
    }
}
