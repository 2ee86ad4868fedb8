package org.hebb.l2l.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hebb.l2l.Drive;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.Population;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.junit.jupiter.api.Test;

class GridSearchTest {

    /** Truth: grid search finds the exact optimum of a function whose optimum lies on its grid. */
    @Test
    void findsTheExactOptimumOnTheGrid() {
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.ROSENBROCK,
                List.of(new ParameterBlock("a", 1), new ParameterBlock("b", 2)));
        GridSearch g = new GridSearch(GridSearchParameters.of(Map.of("param_grid", Map.of("a", List.of(-2.0, 2.0, 4),
                "b", List.of(-3.0, 3.0, 6)))), f);
        Population p = g.ask();
        assertThat(p.size()).isEqualTo(5 * 7 * 7);
        Drive.Outcome o = Drive.minimise(g, f, Long.MAX_VALUE, Double.NEGATIVE_INFINITY);
        assertThat(o.best()).isZero();
        assertThat(g.isDone()).isTrue();
        assertThat(p.genome(0)).containsExactly(-2, -3, -3);
        assertThat(p.genome(1)).containsExactly(-2, -3, -2);
        assertThat(p.genome(p.size() - 1)).containsExactly(2, 3, 3);
    }

    @Test
    void zeroStepsAndMissingBlocksAreRejected() {
        assertThatThrownBy(() -> GridSearchParameters.of(Map.of("param_grid", Map.of("x", List.of(-1.0, 1.0, 0)))))
                .hasMessage("grid_search.param_grid.x.n_steps: 0 is not allowed; must be an integer >= 1");
        assertThatThrownBy(() -> GridSearchParameters.of(Map.of("param_grid", Map.of("x", List.of(1.0, 1.0, 3)))))
                .hasMessage("grid_search.param_grid.x: [1.0, 1.0, 3.0] is not allowed; must have finite lower < upper");
        FunctionOptimizee f = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 2);
        assertThatThrownBy(() -> new GridSearch(GridSearchParameters.of(Map.of("param_grid", Map.of("y",
                List.of(-1.0, 1.0, 2)))), f)).hasMessage("grid_search.param_grid.x: missing is not allowed; must be "
                        + "[lower, upper, n_steps]: the grid needs every parameter block [x]");
        assertThatThrownBy(() -> new GridSearch(GridSearchParameters.of(Map.of("param_grid", Map.of("x",
                List.of(-1.0, 1.0, 9999)))), FunctionOptimizee.of(BenchmarkFunction.SPHERE, 3)))
                .hasMessage("grid_search.param_grid: a grid of more than 10000000 points is not allowed; must have at "
                        + "most 10000000 points (fewer steps or genes)");
    }
}
