package org.hebb.l2l.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.EvaluationContext;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.Optimizee;
import org.hebb.l2l.Rng;
import org.hebb.l2l.benchmark.BenchmarkFunction;
import org.hebb.l2l.benchmark.FunctionOptimizee;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.ga.GeneticAlgorithm;
import org.hebb.l2l.ga.GeneticAlgorithmParameters;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTest {
    static final FunctionOptimizee ACKLEY = FunctionOptimizee.of(BenchmarkFunction.ACKLEY, 3);
    static final GeneticAlgorithmParameters GA = GeneticAlgorithmParameters.builder().seed(7).set("pop_size", 12)
            .set("cx_prob", 0.6).set("mut_prob", 0.5).set("n_iteration", 5).set("ind_prob", 0.4).set("tourn_size", 3)
            .set("mate_par", 0.5).set("mut_par", 2.0).build();

    /** A text dump of everything in a trajectory, as a stand-in writer (HDF5 lives in hebb-report). */
    static final TrajectoryWriter DUMP = new TrajectoryWriter() {
        @Override
        public void writeSegment(Trajectory t, int from, int to, Path file) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (GenerationRecord r : t.generations().subList(from, to)) {
                for (int i = 0; i < r.size(); i++) {
                    sb.append(r.generation()).append(' ').append(i).append(' ')
                            .append(java.util.Arrays.toString(r.genome(i))).append(' ')
                            .append(java.util.Arrays.toString(r.fitness(i))).append(' ').append(r.outcome(i))
                            .append('\n');
                }
            }
            Files.writeString(file, sb);
        }

        @Override
        public List<GenerationRecord> readSegment(Path file) throws IOException {
            java.util.Map<Integer, List<String>> byGeneration = new java.util.TreeMap<>();
            for (String line : Files.readAllLines(file)) {
                byGeneration.computeIfAbsent(Integer.parseInt(line.split(" ", 2)[0]), k -> new ArrayList<>())
                        .add(line);
            }
            List<GenerationRecord> out = new ArrayList<>();
            byGeneration.forEach((g, lines) -> {
                int n = lines.size();
                double[][] genomes = new double[n][], fitness = new double[n][];
                Outcome[] outcomes = new Outcome[n];
                for (int i = 0; i < n; i++) {
                    String[] parts = lines.get(i).split("[\\[\\]]");
                    genomes[i] = parse(parts[1]);
                    fitness[i] = parse(parts[3]);
                    outcomes[i] = Outcome.valueOf(parts[4].trim());
                }
                out.add(new GenerationRecord(g, genomes, fitness, outcomes, new String[n]));
            });
            return out;
        }

        private static double[] parse(String list) {
            return java.util.Arrays.stream(list.split(", ")).mapToDouble(Double::parseDouble).toArray();
        }

        @Override
        public void writeIndex(Trajectory t, List<Segment> segments, Path file) throws IOException {
            HallOfFame.Entry best = t.best();
            Files.writeString(file, best.generation() + " " + best.index() + " "
                    + java.util.Arrays.toString(best.genome()) + " " + segments);
        }
    };

    static Run.Builder builder(Path dir, Optimizee o, GeneticAlgorithmParameters p, int threads) {
        return Run.builder(new GeneticAlgorithm(p, o, o.fitnessWeights()), o).directory(dir)
                .evaluator(ThreadPoolEvaluator.of(threads, null)).trajectoryWriter(DUMP)
                .config(Map.of("note", "test run", "dims", 3));
    }

    /** A listener that stops the run cleanly after generation {@code n}'s checkpoint (a kill at a safe point). */
    static GenerationListener stopAfter(int n) {
        return e -> {
            if (e.generationsDone() == n) {
                e.requestStop();
            }
        };
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        List<String> segments = segmentFiles(a);
        assertThat(segmentFiles(b)).isEqualTo(segments).isNotEmpty();
        for (String f : concat(List.of(RunDirectory.TRAJECTORY, RunDirectory.GENERATIONS, RunDirectory.CHECKPOINT,
                RunDirectory.BEST_GENOME), segments)) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    /** The trajectory segment files in {@code dir}, sorted. */
    static List<String> segmentFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("trajectory-\\d+\\.h5"))
                    .sorted().toList();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void fiveGenerationRunWritesEveryFile(@TempDir Path tmp) throws IOException {
        List<GenerationEvent> events = new ArrayList<>();
        Trajectory t = builder(tmp.resolve("run"), ACKLEY, GA, 2).listener(events::add).build().start();
        Path dir = tmp.resolve("run");
        assertThat(t.size()).isEqualTo(5);
        assertThat(events).extracting(GenerationEvent::generationsDone).containsExactly(1, 2, 3, 4, 5);
        assertThat(events.getLast().plannedGenerations()).hasValue(5);
        assertThat(t.generation(0).evaluatedCount()).isEqualTo(12);
        for (GenerationRecord r : t.generations()) { // recorded fitness is the optimizee's for that genome
            for (int i = 0; i < r.size(); i++) {
                assertThat(r.fitness(i)).containsExactly(ACKLEY.evaluate(r.genome(i), null));
            }
        }
        double[] best = RunDirectory.readBestGenome(dir);
        assertThat(best).containsExactly(t.best().genome());
        assertThat(ACKLEY.evaluate(best, null)[0]).isEqualTo(
                t.statistics().stream().mapToDouble(s -> s.min()[0]).min().orElseThrow());
        ObjectNode json = RunDirectory.readRunJson(dir);
        assertThat(json.path("status").asText()).isEqualTo("finished");
        assertThat(json.path("config").path("optimizer").path("parameters").path("pop_size").asInt()).isEqualTo(12);
        assertThat(json.path("config").path("user").path("note").asText()).isEqualTo("test run");
        assertThat(json.path("seeds").path("optimizer").asLong()).isEqualTo(7);
        assertThat(json.path("provenance").path("jdk").path("version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(json.path("provenance").path("git").has("commit")).isTrue();
        assertThat(json.path("sessions").get(0).path("wall_seconds").asDouble()).isPositive();
        assertThat(json.path("sessions").get(0).path("evaluations").asLong()).isEqualTo(t.evaluations());
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
    }

    @Test
    void stoppedAfterGenerationTwoThenResumedGivesTheUninterruptedFilesByteForByte(@TempDir Path tmp)
            throws IOException {
        builder(tmp.resolve("whole"), ACKLEY, GA, 2).build().start();
        Trajectory part = builder(tmp.resolve("split"), ACKLEY, GA, 2).listener(stopAfter(2)).build().start();
        assertThat(part.size()).isEqualTo(2);
        assertThat(RunDirectory.readRunJson(tmp.resolve("split")).path("status").asText()).isEqualTo("stopped");
        Trajectory rest = builder(tmp.resolve("split"), ACKLEY, GA, 1).build().resume();
        assertThat(rest.size()).isEqualTo(5);
        assertSameFiles(tmp.resolve("whole"), tmp.resolve("split"));
        ObjectNode json = RunDirectory.readRunJson(tmp.resolve("split"));
        assertThat(json.path("sessions")).hasSize(2);
        assertThat(json.path("sessions").get(1).path("first_generation").asInt()).isEqualTo(2);
        assertThat(json.path("status").asText()).isEqualTo("finished");
    }

    @Test
    void aGenerationWrittenAfterTheLastCheckpointIsDroppedOnResume(@TempDir Path tmp) throws IOException {
        builder(tmp.resolve("whole"), ACKLEY, GA, 2).build().start();
        Path split = tmp.resolve("split");
        builder(split, ACKLEY, GA, 2).listener(stopAfter(3)).build().start();
        // a kill between appending generation 3 and its checkpoint leaves extra bytes in the log
        Files.write(split.resolve(RunDirectory.GENERATIONS), new byte[] {1, 2, 3, 4, 5, 6, 7},
                StandardOpenOption.APPEND);
        builder(split, ACKLEY, GA, 2).build().resume();
        assertSameFiles(tmp.resolve("whole"), split);
    }

    @Test
    void outputsLostAfterTheLastCheckpointAreRebuiltOnResume(@TempDir Path tmp) throws IOException {
        builder(tmp.resolve("whole"), ACKLEY, GA, 2).build().start();
        Path split = tmp.resolve("split");
        builder(split, ACKLEY, GA, 2).listener(stopAfter(3)).build().start();
        Files.delete(split.resolve(RunDirectory.TRAJECTORY)); // as if killed right after the checkpoint
        Files.delete(split.resolve(RunDirectory.BEST_GENOME));
        builder(split, ACKLEY, GA, 2).build().resume();
        assertSameFiles(tmp.resolve("whole"), split);
        Files.delete(split.resolve(RunDirectory.TRAJECTORY)); // and again after the final checkpoint
        assertThat(builder(split, ACKLEY, GA, 2).build().resume().size()).isEqualTo(5);
        assertSameFiles(tmp.resolve("whole"), split);
    }

    @Test
    void oneThreadAndManyThreadsGiveIdenticalRuns(@TempDir Path tmp) throws IOException {
        builder(tmp.resolve("one"), ACKLEY, GA, 1).build().start();
        builder(tmp.resolve("four"), ACKLEY, GA, 4).build().start();
        assertSameFiles(tmp.resolve("one"), tmp.resolve("four"));
    }

    /** Sphere, except that one individual throws and one hangs, chosen by a per-individual draw. */
    static final class Flaky implements Optimizee {
        @Override
        public GenomeLayout layout() {
            return ACKLEY.layout();
        }

        @Override
        public double[] createIndividual(Rng rng) {
            return ACKLEY.createIndividual(rng);
        }

        @Override
        public FitnessWeights fitnessWeights() {
            return FitnessWeights.of(-1);
        }

        @Override
        public double[] evaluate(double[] genome, EvaluationContext c) throws Exception {
            if (c.generation() == 1 && c.index() == 2) {
                throw new ArithmeticException("cannot simulate this one");
            }
            if (c.generation() == 2 && c.index() == 4) {
                Thread.sleep(60_000);
            }
            return new double[] {BenchmarkFunction.SPHERE.value(genome)};
        }
    }

    @Test
    void anIndividualThatThrowsOrTimesOutIsRecordedAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
        GeneticAlgorithmParameters p = GeneticAlgorithmParameters.builder().seed(3).set("pop_size", 8)
                .set("cx_prob", 0.5).set("mut_prob", 0.5).set("n_iteration", 4).set("ind_prob", 0.4)
                .set("tourn_size", 2).set("mate_par", 0.5).set("mut_par", 1.0).set("reevaluate_all", true).build();
        Trajectory t = Run.builder(new GeneticAlgorithm(p, new Flaky(), FitnessWeights.of(-1)), new Flaky())
                .directory(tmp.resolve("flaky")).evaluator(ThreadPoolEvaluator.of(2, Duration.ofMillis(300)))
                .failureFitness(1e9).build().start();
        assertThat(t.size()).isEqualTo(4);
        GenerationRecord g1 = t.generation(1), g2 = t.generation(2);
        assertThat(g1.outcome(2)).isEqualTo(Outcome.ERROR);
        assertThat(g1.error(2)).isEqualTo("java.lang.ArithmeticException: cannot simulate this one");
        assertThat(g1.fitness(2)).containsExactly(1e9);
        assertThat(g2.outcome(4)).isEqualTo(Outcome.TIMEOUT);
        assertThat(g2.fitness(4)).containsExactly(1e9);
        assertThat(t.statistics().get(1).failed()).isEqualTo(1);
        assertThat(g1.outcome(3)).isEqualTo(Outcome.OK);
        assertThat(t.generation(3).failedCount()).isZero();
    }

    @Test
    void resumingSomethingThatIsNotARunIsRejected(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> builder(empty, ACKLEY, GA, 1).build().resume())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("directory: " + empty + " is not a hebb run (no run.json) is not allowed; "
                        + "must be a directory written by a run");
    }

    @Test
    void resumingARunWhoseConfigWasEditedIsRejected(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        builder(dir, ACKLEY, GA, 1).listener(GenerationEvent::requestStop).build().start();
        Path json = dir.resolve(RunDirectory.RUN_JSON);
        String text = Files.readString(json);
        Files.writeString(json, text.replace("\"pop_size\" : 12", "\"pop_size\" : 13"));
        assertThatThrownBy(() -> builder(dir, ACKLEY, GA, 1).build().resume())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(json + ": config edited since the run started (sha256 ")
                .hasMessageContaining("undo the edit");
        Files.writeString(json, text);
        GeneticAlgorithmParameters other = GeneticAlgorithmParameters.builder().seed(7).set("pop_size", 12)
                .set("cx_prob", 0.6).set("mut_prob", 0.5).set("n_iteration", 5).set("ind_prob", 0.4)
                .set("tourn_size", 3).set("mate_par", 0.5).set("mut_par", 2.5).build();
        assertThatThrownBy(() -> builder(dir, ACKLEY, other, 1).build().resume())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("config: sha256 ")
                .hasMessageContaining("must equal the run's");
        assertThat(builder(dir, ACKLEY, GA, 1).build().resume().size()).isEqualTo(5);
    }

    @Test
    void theGaRebuiltFromRunJsonResumesTheRun(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        builder(dir, ACKLEY, GA, 1).listener(GenerationEvent::requestStop).build().start();
        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = RunDirectory.JSON.convertValue(
                Run.recordedConfig(dir).path("optimizer").path("parameters"), Map.class);
        GeneticAlgorithmParameters rebuilt = GeneticAlgorithmParameters.of(recorded);
        assertThat(rebuilt).isEqualTo(GA);
        assertThat(builder(dir, ACKLEY, rebuilt, 1).build().resume().size()).isEqualTo(5);
    }

    @Test
    void aCheckpointWithoutItsGenerationLogIsRejected(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        builder(dir, ACKLEY, GA, 1).writeEvery(5).listener(GenerationEvent::requestStop).build().start();
        long length = Files.size(dir.resolve(RunDirectory.GENERATIONS));
        assertThat(length).as("generation 0 is in the log: its segment of 5 is not full").isPositive();
        Files.delete(dir.resolve(RunDirectory.GENERATIONS));
        assertThatThrownBy(() -> builder(dir, ACKLEY, GA, 1).writeEvery(5).build().resume())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve(RunDirectory.GENERATIONS) + ": missing is not allowed; the checkpoint needs at"
                        + " least " + length + " bytes; restore the file from a copy of the run, or start the run"
                        + " anew with 'hebb run'");
    }

    @Test
    void aCheckpointWithoutItsTrajectorySegmentIsRejected(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        builder(dir, ACKLEY, GA, 1).writeEvery(2).listener(stopAfter(3)).build().start();
        assertThat(Files.size(dir.resolve(RunDirectory.GENERATIONS))).as("generation 2 only").isPositive();
        assertThatThrownBy(() -> builder(dir, ACKLEY, GA, 1).writeEvery(2).trajectoryWriter(null).build().resume())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trajectory writer: none is not allowed; this run keeps 2 generations in trajectory"
                        + " segments, so resume it with its writer");
        Files.delete(dir.resolve("trajectory-000000.h5"));
        assertThatThrownBy(() -> builder(dir, ACKLEY, GA, 1).writeEvery(2).build().resume())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve("trajectory-000000.h5") + ": missing in checkpoint.bin is not allowed; the"
                        + " file is damaged or another run's: restore it from a copy of the run, or start the run"
                        + " anew with 'hebb run'");
    }

    @Test
    void segmentsOfTwoStoppedAndResumedGiveTheUninterruptedFiles(@TempDir Path tmp) throws IOException {
        builder(tmp.resolve("whole"), ACKLEY, GA, 2).writeEvery(2).build().start();
        assertThat(segmentFiles(tmp.resolve("whole")))
                .containsExactly("trajectory-000000.h5", "trajectory-000002.h5", "trajectory-000004.h5");
        for (int stop : new int[] {1, 2, 3}) { // in the log only; at a segment's end; one past it
            Path split = tmp.resolve("split" + stop);
            builder(split, ACKLEY, GA, 2).writeEvery(2).listener(stopAfter(stop)).build().start();
            builder(split, ACKLEY, GA, 1).writeEvery(2).build().resume();
            assertSameFiles(tmp.resolve("whole"), split);
        }
    }

    @Test
    void aRunDirectoryInUseCannotBeResumedByAnotherRun(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        List<String> refusals = new ArrayList<>();
        builder(dir, ACKLEY, GA, 1).listener(e -> {
            if (e.generationsDone() == 2) {
                try {
                    builder(dir, ACKLEY, GA, 1).build().resume();
                } catch (IllegalArgumentException | IOException ex) {
                    refusals.add(ex.getMessage());
                }
            }
        }).build().start();
        assertThat(refusals).containsExactly("directory: " + dir + " is in use by another run (run.lock is locked)"
                + " is not allowed; must not be running");
        assertThat(RunDirectory.readRunJson(dir).path("status").asText()).isEqualTo("finished");
    }

    @Test
    void anUnwritableOutputDirectoryIsRejected(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x", StandardCharsets.UTF_8);
        Path dir = file.resolve("run");
        assertThatThrownBy(() -> builder(dir, ACKLEY, GA, 1).build().start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("directory: .*a-file/run is not writable \\(\\w+\\) is not allowed; "
                        + "must be a writable directory");
    }

    @Test
    void startingOverAnExistingRunIsRejected(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("run");
        builder(dir, ACKLEY, GA, 1).build().start();
        assertThatThrownBy(() -> builder(dir, ACKLEY, GA, 1).build().start())
                .hasMessage("directory: " + dir + " already holds a run is not allowed; "
                        + "must be a new directory (or resume it)");
    }

    @Test
    void badBuilderValuesAreRejectedInOneLine(@TempDir Path tmp) {
        assertThatThrownBy(() -> builder(tmp, ACKLEY, GA, 1).failureFitness(1, 2).build())
                .hasMessage("failure_fitness: 2 values is not allowed; must be 1 (one per fitness weight)");
        assertThatThrownBy(() -> builder(tmp, ACKLEY, GA, 1).hallOfFame(0))
                .hasMessage("hall_of_fame: 0 is not allowed; must be >= 1");
        assertThatThrownBy(() -> builder(tmp, ACKLEY, GA, 1).writeEvery(0))
                .hasMessage("write_every: 0 is not allowed; must be >= 1");
    }
}
