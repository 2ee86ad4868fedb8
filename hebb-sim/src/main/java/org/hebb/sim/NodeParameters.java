package org.hebb.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.hebb.sim.kernel.ParameterCheck;

/**
 * The parameters of one {@link Network#create} call, node by node, as NEST's {@code Create} takes them: a scalar
 * parameter takes one value for all nodes, an array ({@code double[]} or a list, one value per node) or a
 * {@link Distribution}; an array-valued parameter ({@code spike_times}) takes one array for all nodes or an array
 * of arrays, one per node. Random values are drawn node by node in id order, and within a node by parameter name,
 * so a {@code Map.of} (whose order varies between JVM runs) gives the same network every time.
 */
final class NodeParameters {

    private NodeParameters() {
    }

    /**
     * @param info the model (its defaults tell scalar from array-valued parameters)
     * @param n the number of nodes
     * @param params the parameters as given to create
     * @param rng the stream random values are drawn from
     * @return one parameter map per node, or null if every node takes {@code params} as they are
     */
    static List<Map<String, Object>> expand(ModelInfo info, int n, Map<String, Object> params, RandomGenerator rng) {
        Map<String, Object[]> perNode = new LinkedHashMap<>();
        Map<String, Distribution> random = new LinkedHashMap<>();
        for (String name : new TreeSet<>(params.keySet())) {
            Object v = params.get(name);
            Object d = info.defaults().get(name);
            String field = info.name() + "." + name;
            if (d == null) {
                continue; // not a parameter of the model: its own check names the valid ones
            }
            boolean scalar = d instanceof Number || d instanceof Boolean;
            if (v instanceof Distribution dist) {
                if (!scalar) {
                    throw ParameterCheck.invalid(field, v, "an array, or an array of arrays (one per node); a distribution draws scalars");
                }
                random.put(name, dist);
                perNode.put(name, new Object[n]);
            } else if (scalar && (v instanceof double[] || v instanceof Collection<?>)) {
                perNode.put(name, values(field, v, n));
            } else if (!scalar && isArrayOfArrays(v)) {
                perNode.put(name, values(field, v, n));
            }
        }
        if (perNode.isEmpty()) {
            return null;
        }
        for (int i = 0; i < n; i++) { // node by node in id order, then by parameter name
            for (Map.Entry<String, Distribution> e : random.entrySet()) {
                perNode.get(e.getKey())[i] = e.getValue().sample(rng);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> m = new LinkedHashMap<>(params);
            for (Map.Entry<String, Object[]> e : perNode.entrySet()) {
                m.put(e.getKey(), e.getValue()[i]);
            }
            out.add(m);
        }
        return out;
    }

    private static boolean isArrayOfArrays(Object v) {
        if (v instanceof double[][]) {
            return true;
        }
        if (!(v instanceof Collection<?> c) || c.isEmpty()) {
            return false;
        }
        for (Object o : c) {
            if (!(o instanceof Collection<?> || o instanceof double[])) {
                return false;
            }
        }
        return true;
    }

    /** The elements of an array or list, checked to be one per node. */
    private static Object[] values(String field, Object v, int n) {
        Object[] a;
        if (v instanceof double[] d) {
            a = new Object[d.length];
            for (int i = 0; i < d.length; i++) {
                a[i] = d[i];
            }
        } else if (v instanceof Object[] o) {
            a = o.clone();
        } else {
            a = ((Collection<?>) v).toArray();
        }
        if (a.length != n) {
            throw ParameterCheck.invalid(field, "array of length " + a.length, "of length " + n + " (one value per node)");
        }
        return a;
    }
}
