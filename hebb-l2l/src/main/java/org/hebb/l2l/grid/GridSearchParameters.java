package org.hebb.l2l.grid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterReader;

/**
 * Grid search (L2L's {@code GridSearchOptimizer}): {@code param_grid} maps every parameter block of the optimizee to
 * {@code [lower, upper, n_steps]}; each gene of the block takes the n_steps + 1 values
 * {@code lower + (upper − lower)·s/n_steps}, s = 0..n_steps, and the grid is the full Cartesian product over all genes.
 *
 * @param seed      accepted for uniformity with the other optimizers; grid search draws nothing
 * @param paramGrid block name → {lower, upper, n_steps}
 */
public record GridSearchParameters(long seed, Map<String, double[]> paramGrid) {
    public static final String NAME = "grid_search";
    public static final Set<String> NAMES = Set.of("seed", "param_grid");
    /** The most points one grid may have. */
    public static final long MAX_POINTS = 10_000_000L;

    public GridSearchParameters {
        if (paramGrid == null || paramGrid.isEmpty()) {
            throw Check.bad(NAME + ".param_grid", paramGrid == null ? null : "{}",
                    "must map each parameter block to [lower, upper, n_steps]");
        }
        Map<String, double[]> copy = new TreeMap<>();
        for (Map.Entry<String, double[]> e : paramGrid.entrySet()) {
            String field = NAME + ".param_grid." + e.getKey();
            double[] v = e.getValue();
            if (v == null || v.length != 3) {
                throw Check.bad(field, v == null ? null : java.util.Arrays.toString(v), "must be [lower, upper, n_steps]");
            }
            if (!Double.isFinite(v[0]) || !Double.isFinite(v[1]) || !(v[0] < v[1])) {
                throw Check.bad(field, java.util.Arrays.toString(v), "must have finite lower < upper");
            }
            if (v[2] != Math.rint(v[2]) || v[2] < 1 || v[2] > Integer.MAX_VALUE - 1) {
                throw Check.bad(field + ".n_steps", v[2] == Math.rint(v[2]) ? (Object) (long) v[2] : v[2],
                        "must be an integer >= 1");
            }
            copy.put(e.getKey(), v.clone());
        }
        paramGrid = java.util.Collections.unmodifiableMap(copy);
    }

    public static GridSearchParameters of(Map<String, ?> map) {
        ParameterReader r = new ParameterReader(NAME, map, NAMES);
        Map<?, ?> grid = r.table("param_grid");
        Map<String, double[]> g = new TreeMap<>();
        if (grid != null) {
            for (Map.Entry<?, ?> e : grid.entrySet()) {
                g.put(String.valueOf(e.getKey()), ParameterReader.realList(NAME + ".param_grid." + e.getKey(),
                        e.getValue()));
            }
        }
        return new GridSearchParameters(r.integer("seed", 0), grid == null ? null : g);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        Map<String, Object> g = new LinkedHashMap<>();
        paramGrid.forEach((k, v) -> g.put(k, java.util.List.of(v[0], v[1], (long) v[2])));
        m.put("param_grid", g);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridSearchParameters p && p.toMap().equals(toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }
}
