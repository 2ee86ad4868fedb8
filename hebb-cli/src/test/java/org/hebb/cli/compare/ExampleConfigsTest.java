package org.hebb.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.task.TaskOptimizee;
import org.junit.jupiter.api.Test;

/** Every controller example config builds its optimizee and optimizer, and every comparison config reads whole. */
class ExampleConfigsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    private static List<Path> examples(String glob) throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> EXAMPLES.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted().toList();
        }
    }

    @Test
    void controllerExamplesBuildTheirOptimizeeAndOptimizer() throws Exception {
        List<Path> files = examples("{cartpole,acrobot,pendulum,mountaincarcontinuous}-*.toml").stream()
                .filter(p -> !TomlFile.read(p).has("agent")).toList(); // learn configs: LearnCommandTest, GradientLearnTest
        assertThat(files).hasSize(4);
        for (Path f : files) {
            ConfigTable root = TomlFile.read(f);
            Optimizee o = OptimizeeTable.read(root.getTable("optimizee"));
            assertThat(o).as(f.toString()).isInstanceOf(TaskOptimizee.class);
            ConfigTable opt = root.getTable("optimizer");
            Map<String, Object> params = new LinkedHashMap<>();
            opt.entries().forEachRemaining(e -> params.put(e.getKey(), org.hebb.cli.config.ConfigTable.plainValue(e.getValue())));
            String name = (String) params.remove("name");
            long seed = ((Number) params.remove("seed")).longValue();
            Optimizer optimizer = Optimizers.create(name, params, o, seed);
            double[] genome = optimizer.ask().genome(0);
            assertThat(genome).hasSize(o.layout().size());
            // one short episode runs: the settings make a working controller for the task
            TaskOptimizee c = (TaskOptimizee) o;
            assertThat(org.hebb.learn.task.Episode.run(c.task(), genome, 0, 3, null).steps()).isPositive();
        }
    }

    @Test
    void comparisonExamplesReadWhole() throws Exception {
        List<Path> files = examples("compare-*.toml");
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : files) {
            CompareConfig c = CompareConfig.read(TomlFile.read(f));
            CompareCommand.checkBudgets(c);
            String n = f.getFileName().toString();
            if (n.equals("compare-cartpole.toml") || n.equals("compare-mountaincar.toml")) { // docs/results.md's table
                assertThat(c.optimizers()).extracting(CompareConfig.OptimizerSpec::label)
                        .containsExactly("GA", "ES", "CMA-ES", "CE", "EnKF");
                assertThat(c.seeds()).hasSize(5);
            }
        }
    }
}
