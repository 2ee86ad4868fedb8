package org.hebb.l2l.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.Optimizers;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.trajectory.Trajectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered optimizer runs under {@link Run}, and a stopped-then-resumed run writes the same bytes. */
class RunWithEveryOptimizerTest {

    static List<String> names() {
        return Optimizers.names().stream().filter(n -> !n.equals("grid_search")).toList(); // one generation only
    }

    private static Run.Builder builder(Path dir, String name) {
        Map<String, Object> p = new HashMap<>(Map.of("n_iteration", 6));
        switch (name) {
            case "enkf" -> p.put("observation", "fitness");
            case "genetic_algorithm" -> p.putAll(Map.of("pop_size", 10, "tourn_size", 3));
            case "face" -> p.putAll(Map.of("min_pop_size", 10, "n_elite", 5, "n_expand", 3));
            default -> { }
        }
        return Run.builder(Optimizers.create(name, p, RunTest.ACKLEY, 21), RunTest.ACKLEY).directory(dir)
                .evaluator(ThreadPoolEvaluator.of(2, null)).trajectoryWriter(RunTest.DUMP)
                .config(Map.of("optimizer", name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void stoppedAndResumedRunEqualsTheUninterruptedOne(String name, @TempDir Path tmp) throws IOException {
        Trajectory whole = builder(tmp.resolve("whole"), name).build().start();
        assertThat(whole.size()).isEqualTo(6);
        builder(tmp.resolve("split"), name).listener(RunTest.stopAfter(3)).build().start();
        Trajectory rest = builder(tmp.resolve("split"), name).build().resume();
        assertThat(rest.size()).isEqualTo(6);
        RunTest.assertSameFiles(tmp.resolve("whole"), tmp.resolve("split"));
    }
}
