package org.hebb.report;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.run.TrajectoryWriter;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.GenerationStatistics;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * Writes a {@link Trajectory} as HDF5 with jhdf, in the layout documented in {@code docs/trajectory-h5.md}
 * (format {@code hebb-trajectory}, version {@value #FORMAT_VERSION}): segment files, each holding the rows of a run of
 * generations under {@code /individuals} (one row per individual) and {@code /generations} (one per generation),
 * written once; and an index ({@code trajectory.h5}) with {@code /segments} naming them plus {@code /hall_of_fame},
 * {@code /best}, {@code /layout}, {@code /fitness_weights} and {@code /optimizer_parameters}. jhdf writes whole files
 * only (no extendable datasets), so a run appends by adding segments instead of growing one file. Nothing written
 * depends on the wall clock, so equal trajectories give byte-identical files.
 *
 * <p>Groups hold datasets only, never attributes: jhdf 0.9.4 can write a corrupt file when a group that holds only
 * attributes follows a group of datasets (found while building this; see the test suite's read-back checks).
 */
public final class Hdf5TrajectoryWriter implements TrajectoryWriter {
    /** The layout version written into the root attribute {@code format_version}. */
    public static final int FORMAT_VERSION = 2;
    /** The root attribute {@code format} of the index. */
    static final String INDEX_FORMAT = "hebb-trajectory";
    /** The root attribute {@code format} of a segment. */
    static final String SEGMENT_FORMAT = "hebb-trajectory-segment";

    /**
     * Writes all of {@code t} as an index at {@code index} and segments of {@code length} generations beside it
     * (named as a run names them), the files a run of segment length {@code length} ends with.
     */
    public void write(Trajectory t, Path index, int length) throws IOException {
        requireGenerations(t);
        List<Segment> segments = Segment.of(t.size(), length);
        for (Segment s : segments) {
            writeSegment(t, s.firstGeneration(), s.firstGeneration() + s.generations(), index.resolveSibling(s.file()));
        }
        writeIndex(t, segments, index);
    }

    @Override
    public void writeSegment(Trajectory t, int from, int to, Path file) throws IOException {
        if (from < 0 || to > t.size() || from >= to) {
            throw new IllegalArgumentException("segment: generations " + from + " to " + to + " is not allowed; must"
                    + " be within the trajectory's 0 to " + t.size() + " and not empty");
        }
        Files.deleteIfExists(file);
        long firstRow = rows(t, 0, from);
        int rows = (int) rows(t, from, to);
        try (WritableHdfFile f = HdfFile.write(file)) {
            f.putAttribute("format", SEGMENT_FORMAT);
            f.putAttribute("format_version", FORMAT_VERSION);
            f.putAttribute("first_generation", from);
            f.putAttribute("n_generations", to - from);
            f.putAttribute("first_row", firstRow);
            f.putAttribute("n_individuals", rows);
            writeIndividuals(f.putGroup("individuals"), t.generations().subList(from, to), rows);
            writeGenerations(f.putGroup("generations"), t, from, to, firstRow);
        }
    }

    @Override
    public List<GenerationRecord> readSegment(Path file) throws IOException {
        return Hdf5TrajectoryReader.readSegment(file);
    }

    @Override
    public void writeIndex(Trajectory t, List<Segment> segments, Path file) throws IOException {
        requireGenerations(t);
        Files.deleteIfExists(file);
        int d = t.layout().size(), m = t.weights().size(), n = t.size();
        try (WritableHdfFile f = HdfFile.write(file)) {
            f.putAttribute("format", INDEX_FORMAT);
            f.putAttribute("format_version", FORMAT_VERSION);
            f.putAttribute("optimizer", t.optimizer());
            f.putAttribute("n_generations", n);
            f.putAttribute("n_individuals", (int) rows(t, 0, n));
            f.putAttribute("genome_length", d);
            f.putAttribute("n_objectives", m);
            f.putAttribute("evaluation_seed", t.evaluationSeed());
            f.putAttribute("hall_of_fame_capacity", t.hallOfFame().capacity());
            f.putDataset("fitness_weights", t.weights().values());
            writeParameters(f.putGroup("optimizer_parameters"), t.parameters());
            writeLayout(f.putGroup("layout"), t.layout().blocks());
            writeSegments(f.putGroup("segments"), t, segments);
            writeHallOfFame(f.putGroup("hall_of_fame"), t.hallOfFame().entries());
            HallOfFame.Entry best = t.best();
            WritableGroup b = f.putGroup("best");
            b.putDataset("genome", best.genome());
            b.putDataset("fitness", best.fitness());
            b.putDataset("generation", best.generation());
            b.putDataset("index", best.index());
        }
    }

    private static void requireGenerations(Trajectory t) {
        if (t.size() == 0) {
            throw new IllegalArgumentException("trajectory: 0 generations is not allowed; must have at least one");
        }
    }

    /** Rows (individuals) in generations {@code [from, to)}. */
    private static long rows(Trajectory t, int from, int to) {
        long rows = 0;
        for (int g = from; g < to; g++) {
            rows += t.statistics().get(g).size();
        }
        return rows;
    }

    private static void writeSegments(WritableGroup g, Trajectory t, List<Segment> segments) {
        int k = segments.size();
        String[] file = new String[k];
        int[] first = new int[k], count = new int[k];
        long[] firstRow = new long[k];
        long row = 0;
        for (int i = 0; i < k; i++) {
            Segment s = segments.get(i);
            file[i] = s.file();
            first[i] = s.firstGeneration();
            count[i] = s.generations();
            firstRow[i] = row;
            row += rows(t, s.firstGeneration(), s.firstGeneration() + s.generations());
        }
        g.putDataset("file", file);
        g.putDataset("first_generation", first);
        g.putDataset("n_generations", count);
        g.putDataset("first_row", firstRow);
    }

    private static void writeParameters(WritableGroup g, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> e : new TreeMap<>(parameters).entrySet()) { // sorted: order-independent bytes
            Object v = e.getValue();
            if (v instanceof Integer || v instanceof Long || v instanceof Double || v instanceof Boolean
                    || v instanceof String) {
                g.putDataset(e.getKey(), v);
            } else if (v instanceof Number num) {
                g.putDataset(e.getKey(), num.doubleValue());
            } else {
                g.putDataset(e.getKey(), String.valueOf(v));
            }
        }
        if (parameters.isEmpty()) {
            g.putDataset("none", 0); // jhdf cannot write an empty group next to others reliably; a marker keeps it valid
        }
    }

    private static void writeLayout(WritableGroup g, List<ParameterBlock> blocks) {
        String[] names = new String[blocks.size()];
        int[] offsets = new int[blocks.size()], lengths = new int[blocks.size()];
        int o = 0;
        for (int i = 0; i < names.length; i++) {
            names[i] = blocks.get(i).name();
            offsets[i] = o;
            lengths[i] = blocks.get(i).length();
            o += lengths[i];
        }
        g.putDataset("names", names);
        g.putDataset("offsets", offsets);
        g.putDataset("lengths", lengths);
    }

    private static void writeIndividuals(WritableGroup g, List<GenerationRecord> generations, int rows) {
        int[] generation = new int[rows], index = new int[rows];
        double[][] genome = new double[rows][], fitness = new double[rows][];
        byte[] outcome = new byte[rows];
        String[] error = new String[rows];
        int row = 0;
        for (GenerationRecord r : generations) {
            for (int i = 0; i < r.size(); i++, row++) {
                generation[row] = r.generation();
                index[row] = i;
                genome[row] = r.genome(i);
                fitness[row] = r.fitness(i);
                outcome[row] = r.outcome(i).code;
                error[row] = r.error(i) == null ? "" : r.error(i);
            }
        }
        g.putDataset("generation", generation);
        g.putDataset("index", index);
        g.putDataset("genome", genome);
        g.putDataset("fitness", fitness);
        g.putDataset("outcome", outcome);
        g.putDataset("error", error);
    }

    private static void writeGenerations(WritableGroup g, Trajectory t, int from, int to, long firstRow) {
        int n = to - from;
        int[] generation = new int[n], size = new int[n], evaluated = new int[n], failed = new int[n];
        int[] bestIndex = new int[n];
        long[] offset = new long[n];
        double[][] max = new double[n][], min = new double[n][], mean = new double[n][], std = new double[n][];
        double[][] best = new double[n][];
        long o = firstRow; // rows of the whole trajectory: segments concatenate to one table
        for (int k = 0; k < n; k++) {
            GenerationStatistics s = t.statistics().get(from + k);
            generation[k] = s.generation();
            offset[k] = o;
            o += s.size();
            size[k] = s.size();
            evaluated[k] = s.evaluated();
            failed[k] = s.failed();
            max[k] = s.max();
            min[k] = s.min();
            mean[k] = s.mean();
            std[k] = s.std();
            bestIndex[k] = s.bestIndex();
            best[k] = s.bestFitness();
        }
        g.putDataset("generation", generation);
        g.putDataset("offset", offset);
        g.putDataset("size", size);
        g.putDataset("evaluated", evaluated);
        g.putDataset("failed", failed);
        g.putDataset("fitness_max", max);
        g.putDataset("fitness_min", min);
        g.putDataset("fitness_mean", mean);
        g.putDataset("fitness_std", std);
        g.putDataset("best_index", bestIndex);
        g.putDataset("best_fitness", best);
    }

    private static void writeHallOfFame(WritableGroup g, List<HallOfFame.Entry> entries) {
        int k = entries.size();
        int[] generation = new int[k], index = new int[k];
        double[][] genome = new double[k][], fitness = new double[k][];
        for (int i = 0; i < k; i++) {
            HallOfFame.Entry e = entries.get(i);
            generation[i] = e.generation();
            index[i] = e.index();
            genome[i] = e.genome();
            fitness[i] = e.fitness();
        }
        g.putDataset("generation", generation);
        g.putDataset("index", index);
        g.putDataset("genome", genome);
        g.putDataset("fitness", fitness);
    }
}
