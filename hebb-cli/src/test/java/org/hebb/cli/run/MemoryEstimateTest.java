package org.hebb.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hebb.cli.config.TomlFile;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Optimizer;
import org.hebb.l2l.Population;
import org.hebb.l2l.eval.Evaluation;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.learn.task.SpikingController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The memory estimate against the heap the same objects take when built for real: the optimizer after a generation
 * (population and offspring), the trajectory of every generation, and one controller network per thread, measured
 * as Runtime's used memory after GC. Within a factor of 2 on three sizes where a different part dominates.
 */
class MemoryEstimateTest {

    static String toml(String optimizer, int hidden, int generations) {
        return """
                [run]
                threads = 2
                [optimizer]
                name = "%s"
                seed = 1
                n_iteration = %d
                [optimizee]
                name = "control"
                env = "CartPole-v1"
                hidden_neurons = %d
                """.formatted(optimizer, generations, hidden);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trajectory: GA, 2000 individuals, 25 generations|ga|2000|0|25",
            "population and networks: GA, 60 individuals of 2000 hidden neurons|ga|60|2000|2",
            "CMA-ES matrices: 40 hidden neurons|cmaes|0|40|2"})
    void estimateIsWithinAFactorOf2OfTheMeasuredHeap(String name, String optimizer, int pop, int hidden,
            int generations) {
        String toml = toml(optimizer, hidden, generations).replace("seed = 1", pop > 0 ? "seed = 1\npop_size = " + pop
                : "seed = 1");
        RunConfig c = RunConfig.read(TomlFile.parse(toml, "t"));
        MemoryEstimate e = c.memoryEstimate();
        long before = usedAfterGc();
        List<Object> kept = build(c, generations);
        long measured = usedAfterGc() - before;
        assertThat(kept).isNotEmpty();
        double ratio = (double) e.totalBytes() / measured;
        System.out.printf("%s: estimate %s, measured %s, ratio %.2f%n", name, MemoryEstimate.bytes(e.totalBytes()),
                MemoryEstimate.bytes(measured), ratio);
        assertThat(ratio).as("%s: estimate %s, measured %s", name, MemoryEstimate.bytes(e.totalBytes()),
                MemoryEstimate.bytes(measured)).isBetween(0.5, 2.0);
    }

    /** What a run of {@code c} holds: the optimizer after a generation, the trajectory, a network per thread. */
    private static List<Object> build(RunConfig c, int generations) {
        List<Object> kept = new ArrayList<>();
        Optimizee o = c.newOptimizee();
        Optimizer opt = c.newOptimizer(o);
        Trajectory t = new Trajectory(opt.name(), opt.parameters(), o.layout(), o.fitnessWeights(), 1, 20);
        Population p = opt.ask();
        for (int g = 0; g < generations; g++) {
            double[][] genomes = new double[p.size()][];
            double[][] fitness = new double[p.size()][];
            Evaluation.Outcome[] outcomes = new Evaluation.Outcome[p.size()];
            for (int i = 0; i < p.size(); i++) {
                genomes[i] = p.genome(i);
                fitness[i] = new double[] {i};
                outcomes[i] = Evaluation.Outcome.OK;
            }
            t.add(new GenerationRecord(g, genomes, fitness, outcomes, new String[p.size()]));
            if (g + 1 < generations) {
                opt.tell(fitness);
                p = opt.ask();
            }
        }
        kept.add(opt);
        kept.add(p);
        kept.add(t);
        for (int k = 0; k < c.effectiveThreads(); k++) {
            SpikingController s = new SpikingController(p.genome(0), c.task());
            s.stepDiscrete(new double[c.task().observationDims()]); // wired and its rings sized, as in an episode
            kept.add(s);
        }
        return kept;
    }

    private static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, r.totalMemory() - r.freeMemory());
        }
        return used;
    }

    @Test
    void aBillionIndividualsAreRefusedWithTheEstimateAndTheHeap() {
        RunConfig small = RunConfig.read(TomlFile.parse(toml("ga", 0, 2), "t"));
        MemoryEstimate e = MemoryEstimate.of("ga", java.util.Map.of("pop_size", 1_000_000_000, "n_iteration", 2),
                small.task().genes(), small.task(), 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.check(6_000_000_000L))
                .hasMessageStartingWith("optimizer.pop_size: 1000000000 needs about ")
                .hasMessageContaining(" (heap 6.0 GB); population ")
                .hasMessageNotContaining("\n");
        assertThat(Arrays.asList(MemoryEstimate.bytes(999), MemoryEstimate.bytes(96_400_000_000L)))
                .containsExactly("999 B", "96.4 GB");
    }
}
