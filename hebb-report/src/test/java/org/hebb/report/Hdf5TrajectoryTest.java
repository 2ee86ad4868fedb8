package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.run.Run;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.GenerationStatistics;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Hdf5TrajectoryTest {
    static final FunctionOptimizee RASTRIGIN = FunctionOptimizee.of(BenchmarkFunction.RASTRIGIN,
            List.of(new ParameterBlock("weights", 3), new ParameterBlock("bias", 2)));
    static final GeneticAlgorithmParameters GA = GeneticAlgorithmParameters.builder().seed(11).set("pop_size", 10)
            .set("cx_prob", 0.7).set("mut_prob", 0.7).set("n_iteration", 5).set("ind_prob", 0.45).set("tourn_size", 4)
            .set("mate_par", 0.5).set("mut_par", 1.0).build();

    /** Rastrigin, but individual 1 of generation 1 throws (with a non-ASCII message) and 6 of generation 3 hangs. */
    static final class Flaky extends TwistedFunction {
        Flaky() {
            super(RASTRIGIN);
        }

        @Override
        public double[] evaluate(double[] genome, EvaluationContext c) throws Exception {
            if (c.generation() == 1 && c.index() == 1) {
                throw new IllegalStateException("Spannung zu groß");
            }
            if (c.generation() == 3 && c.index() == 6) {
                Thread.sleep(30_000);
            }
            return RASTRIGIN.evaluate(genome, c);
        }
    }

    static Run.Builder run(Path dir, Optimizee o, int threads) {
        return Run.builder(new GeneticAlgorithm(GA, o, o.fitnessWeights()), o).directory(dir)
                .evaluator(ThreadPoolEvaluator.of(threads, Duration.ofMillis(300)))
                .trajectoryWriter(new Hdf5TrajectoryWriter()).config(Map.of("function", "rastrigin"));
    }

    @Test
    void writtenTrajectoryReadsBackIdenticallyAndRewritesToTheSameBytes(@TempDir Path tmp) throws IOException {
        Trajectory t = run(tmp.resolve("run"), new Flaky(), 2).build().start();
        Path file = tmp.resolve("run").resolve(RunDirectory.TRAJECTORY);
        Trajectory back = Hdf5TrajectoryReader.read(file);
        assertThat(back.size()).isEqualTo(t.size());
        assertThat(back.layout()).isEqualTo(t.layout());
        assertThat(back.weights()).isEqualTo(t.weights());
        assertThat(back.optimizer()).isEqualTo("GeneticAlgorithm");
        assertThat(back.parameters()).isEqualTo(new java.util.TreeMap<>(t.parameters()));
        assertThat(back.evaluationSeed()).isEqualTo(11);
        for (int g = 0; g < t.size(); g++) {
            GenerationRecord a = t.generation(g), b = back.generation(g);
            assertThat(b.size()).isEqualTo(a.size());
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.genome(i)).containsExactly(a.genome(i));
                assertThat(b.fitness(i)).containsExactly(a.fitness(i));
                assertThat(b.outcome(i)).isEqualTo(a.outcome(i));
                assertThat(b.error(i)).isEqualTo(a.error(i));
            }
            GenerationStatistics sa = t.statistics().get(g), sb = back.statistics().get(g);
            assertThat(sb.mean()).containsExactly(sa.mean());
            assertThat(sb.bestIndex()).isEqualTo(sa.bestIndex());
        }
        assertThat(back.generation(1).error(1)).isEqualTo("java.lang.IllegalStateException: Spannung zu groß");
        assertThat(back.generation(1).fitness(1)).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(back.generation(3).outcome(6)).isEqualTo(Outcome.TIMEOUT);
        HallOfFame.Entry best = back.best();
        assertThat(best.genome()).containsExactly(t.best().genome());
        assertThat(best.generation()).isEqualTo(t.best().generation());
        assertThat(best.index()).isEqualTo(t.best().index());
        Path again = Files.createDirectory(tmp.resolve("again")).resolve(RunDirectory.TRAJECTORY);
        new Hdf5TrajectoryWriter().write(back, again, 1);
        for (int g = -1; g < t.size(); g++) { // the index, then one segment per generation (segment length 1)
            String f = g < 0 ? RunDirectory.TRAJECTORY : RunDirectory.segment(g);
            assertThat(Files.readAllBytes(again.resolveSibling(f))).as(f)
                    .isEqualTo(Files.readAllBytes(file.resolveSibling(f)));
        }
    }

    @Test
    void resumedRunWritesTheSameTrajectoryFileAsAnUninterruptedOne(@TempDir Path tmp) throws IOException {
        run(tmp.resolve("whole"), RASTRIGIN, 2).build().start();
        run(tmp.resolve("split"), RASTRIGIN, 2).listener(e -> {
            if (e.generationsDone() == 2) {
                e.requestStop();
            }
        }).build().start();
        assertThat(Hdf5TrajectoryReader.read(tmp.resolve("split").resolve(RunDirectory.TRAJECTORY)).size())
                .isEqualTo(2);
        run(tmp.resolve("split"), RASTRIGIN, 1).build().resume();
        List<String> files = new java.util.ArrayList<>(KillResumeTest.h5Files(tmp.resolve("whole")));
        assertThat(KillResumeTest.h5Files(tmp.resolve("split"))).isEqualTo(files);
        files.add(RunDirectory.BEST_GENOME);
        for (String f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("split").resolve(f)))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("whole").resolve(f)));
        }
    }

    @Test
    void oneThreadAndManyWriteTheSameFile(@TempDir Path tmp) throws IOException {
        run(tmp.resolve("one"), RASTRIGIN, 1).build().start();
        run(tmp.resolve("three"), RASTRIGIN, 3).build().start();
        List<String> files = KillResumeTest.h5Files(tmp.resolve("one"));
        assertThat(KillResumeTest.h5Files(tmp.resolve("three"))).isEqualTo(files).contains(RunDirectory.TRAJECTORY);
        for (String f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("three").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("one").resolve(f)));
        }
    }

    @Test
    void badInputIsRejectedInOneLine(@TempDir Path tmp) throws IOException {
        Trajectory empty = new Trajectory("x", Map.of(), RASTRIGIN.layout(), FitnessWeights.of(-1), 0, 5);
        assertThatThrownBy(() -> new Hdf5TrajectoryWriter().write(empty, tmp.resolve("e.h5"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trajectory: 0 generations is not allowed; must have at least one");
        Path text = Files.writeString(tmp.resolve("not.h5"), "hello");
        assertThatThrownBy(() -> Hdf5TrajectoryReader.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("trajectory file: " + text + " is not allowed; must be an HDF5 file");
        assertThatThrownBy(() -> Hdf5TrajectoryReader.read(tmp.resolve("absent.h5")))
                .hasMessage("trajectory file: " + tmp.resolve("absent.h5") + " is not allowed; must be an existing file");
    }
}
