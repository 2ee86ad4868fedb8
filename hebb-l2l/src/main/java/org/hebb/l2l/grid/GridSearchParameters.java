package org.hebb.l2l.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.ParameterField;
import org.hebb.l2l.search.ParameterSchema;

/**
 * Grid search (L2L's {@code GridSearchOptimizer}): {@code param_grid} maps every parameter block of the optimizee to
 * {@code [lower, upper, n_steps]}; each gene of the block takes the n_steps + 1 values
 * {@code lower + (upper − lower)·s/n_steps}, s = 0..n_steps, and the grid is the full Cartesian product over all genes.
 * Declared in {@link #SCHEMA}; the record checks the table's entries.
 *
 * @param seed      accepted for uniformity with the other optimizers; grid search draws nothing
 * @param paramGrid block name → {lower, upper, n_steps}
 */
public record GridSearchParameters(long seed, Map<String, double[]> paramGrid) {
    public static final String NAME = "grid_search";
    public static final ParameterSchema<GridSearchParameters> SCHEMA = ParameterSchema.of(NAME,
            GridSearchParameters.class, ParameterField.table("param_grid",
                    "table: block → [lower < upper, n_steps ≥ 1] (required)", GridSearchParameters::readGrid,
                    GridSearchParameters::gridToConfig));
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
        return SCHEMA.read(map);
    }

    public Map<String, Object> toMap() {
        return SCHEMA.toMap(this);
    }

    private static Object readGrid(String field, Map<?, ?> grid) {
        Map<String, double[]> g = new TreeMap<>();
        for (Map.Entry<?, ?> e : grid.entrySet()) {
            g.put(String.valueOf(e.getKey()), ParameterField.realList(field + "." + e.getKey(), e.getValue()));
        }
        return g;
    }

    private static Object gridToConfig(Object grid) {
        Map<String, Object> g = new LinkedHashMap<>();
        ((Map<?, ?>) grid).forEach((k, v) -> {
            double[] a = (double[]) v;
            g.put((String) k, List.of(a[0], a[1], (long) a[2]));
        });
        return g;
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
