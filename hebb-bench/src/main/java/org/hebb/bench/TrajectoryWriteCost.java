package org.hebb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.run.Run;
import org.hebb.report.Hdf5TrajectoryWriter;

/**
 * How the cost of recording a generation develops over a long run: the main job's GA (32 individuals, the example's
 * parameters, segments of 100) on a 315-gene genome, the MountainCar controller's length, with a sphere function as
 * fitness so evaluation is nearly free. A generation's wall time is then the GA's constant work plus recording it
 * (log or segment and index, checkpoint, best.genome, each forced to disk). Prints a Markdown table of that time per
 * block of generations; a flat table means the cost does not grow with the run.
 *
 * <pre>java -cp hebb-bench/target/benchmarks.jar org.hebb.bench.TrajectoryWriteCost [GENERATIONS] [DIR] [BLOCK]</pre>
 */
public final class TrajectoryWriteCost {
    private TrajectoryWriteCost() {
    }

    /**
     * One measurement: the run's wall time (s), the run directory's size (bytes) and the Markdown table of the time
     * per generation by blocks.
     */
    record Result(int generations, double wallSeconds, long directoryBytes, String table) {
    }

    public static void main(String[] args) throws IOException {
        int generations = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("hebb-write-cost");
        int block = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Result r = measure(generations, dir, block);
        System.out.printf(Locale.ROOT, "%d generations in %.1f s; run directory %.1f MB; %s%n", generations,
                r.wallSeconds(), r.directoryBytes() / 1e6, Machine.loadAverage());
        System.out.print(r.table());
    }

    /**
     * Runs the GA for {@code generations} into {@code dir} (which must not hold a run) and tabulates the time per
     * generation in blocks of {@code block}.
     */
    static Result measure(int generations, Path dir, int block) throws IOException {
        Optimizee o = FunctionOptimizee.of(BenchmarkFunction.SPHERE, 315);
        GeneticAlgorithmParameters p = GeneticAlgorithmParameters.builder().seed(1580211).set("pop_size", 32)
                .set("cx_prob", 0.7).set("mut_prob", 0.7).set("ind_prob", 0.45).set("tourn_size", 4)
                .set("mate_par", 0.5).set("mut_par", 1.0).set("n_iteration", generations).build();
        double[] seconds = new double[generations];
        long t0 = System.nanoTime();
        Run.builder(new GeneticAlgorithm(p, o, o.fitnessWeights()), o).directory(dir)
                .evaluator(ThreadPoolEvaluator.of(1, null)).trajectoryWriter(new Hdf5TrajectoryWriter())
                .writeEvery(100).listener(e -> seconds[e.generationsDone() - 1] = e.seconds()).build().start();
        double wall = (System.nanoTime() - t0) * 1e-9;
        StringBuilder t = new StringBuilder("| generations | mean ms | median ms | 95th pct ms | max ms |\n|---|---|---|---|---|\n");
        for (int from = 0; from < generations; from += block) {
            double[] s = Arrays.copyOfRange(seconds, from, Math.min(generations, from + block));
            Arrays.sort(s);
            t.append(String.format(Locale.ROOT, "| %d–%d | %.2f | %.2f | %.2f | %.1f |%n", from + 1, from + s.length,
                    Arrays.stream(s).average().orElse(0) * 1e3, s[s.length / 2] * 1e3,
                    s[(int) (s.length * 0.95)] * 1e3, s[s.length - 1] * 1e3));
        }
        return new Result(generations, wall, bytes(dir), t.toString());
    }

    /** @return the bytes of the files directly in {@code dir} */
    static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
