package org.hebb.l2l.grid;

import java.io.DataInput;
import java.io.DataOutput;
import java.util.Map;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.search.Check;
import org.hebb.l2l.search.SearchOptimizer;

/**
 * Grid search as one generation holding every grid point (L2L's {@code GridSearchOptimizer}), in Cartesian-product
 * order with the first gene varying slowest. Points are not bounded: the grid is the caller's choice.
 */
public final class GridSearch extends SearchOptimizer {
    private final GridSearchParameters p;

    public GridSearch(GridSearchParameters parameters, Optimizee optimizee) {
        super("GridSearch", optimizee, parameters.seed(), 1, Double.POSITIVE_INFINITY);
        this.p = parameters;
        double[][] axes = new double[dimensions][];
        long points = 1;
        for (ParameterBlock b : optimizee.layout().blocks()) {
            double[] g = p.paramGrid().get(b.name());
            if (g == null) {
                throw Check.bad(GridSearchParameters.NAME + ".param_grid." + b.name(), null,
                        "must be [lower, upper, n_steps]: the grid needs every parameter block "
                                + optimizee.layout().blocks().stream().map(ParameterBlock::name).toList());
            }
            int steps = (int) g[2];
            double[] axis = new double[steps + 1];
            for (int s = 0; s <= steps; s++) {
                axis[s] = s == steps ? g[1] : g[0] + (g[1] - g[0]) * s / steps;
            }
            int off = optimizee.layout().offset(b.name());
            for (int i = 0; i < b.length(); i++) {
                axes[off + i] = axis;
                points = Math.multiplyHigh(points, axis.length) != 0 ? Long.MAX_VALUE : points * axis.length;
                if (points > GridSearchParameters.MAX_POINTS) {
                    throw Check.bad(GridSearchParameters.NAME + ".param_grid", "a grid of more than "
                            + GridSearchParameters.MAX_POINTS + " points", "must have at most "
                            + GridSearchParameters.MAX_POINTS + " points (fewer steps or genes)");
                }
            }
        }
        for (String name : p.paramGrid().keySet()) {
            optimizee.layout().offset(name); // rejects a grid entry for a block the optimizee does not have
        }
        double[][] grid = new double[(int) points][dimensions];
        int[] idx = new int[dimensions];
        for (int k = 0; k < points; k++) {
            for (int j = 0; j < dimensions; j++) {
                grid[k][j] = axes[j][idx[j]];
            }
            for (int j = dimensions - 1; j >= 0; j--) { // odometer: last gene fastest
                if (++idx[j] < axes[j].length) {
                    break;
                }
                idx[j] = 0;
            }
        }
        start(grid);
    }

    @Override
    public Map<String, Object> parameters() {
        return p.toMap();
    }

    @Override
    protected double[][] next(double[][] asked, double[][] fitness, double[] scores) {
        return null; // one generation: the whole grid
    }

    @Override
    protected void writeBody(DataOutput out) {
    }

    @Override
    protected void readBody(DataInput in) {
    }
}
