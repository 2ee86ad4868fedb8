package org.hebb.report;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;

/**
 * Reads a {@code trajectory.h5} index written by {@link Hdf5TrajectoryWriter} and the segments it names back into one
 * {@link Trajectory} (statistics and hall of fame are recomputed from the individuals, so they agree with the files by
 * construction). For reports, resumes and tests; writing what was read gives the same bytes.
 */
public final class Hdf5TrajectoryReader {
    private Hdf5TrajectoryReader() {
    }

    /** Reads the trajectory whose index is {@code file} (its segments are the index's siblings). */
    public static Trajectory read(Path file) throws IOException {
        try (HdfFile h = open(file, Hdf5TrajectoryWriter.INDEX_FORMAT)) {
            String[] names = (String[]) data(h, "layout/names");
            int[] lengths = (int[]) data(h, "layout/lengths");
            List<ParameterBlock> blocks = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                blocks.add(new ParameterBlock(names[i], lengths[i]));
            }
            Map<String, Object> parameters = new TreeMap<>();
            Node params = h.getByPath("optimizer_parameters");
            for (Node n : ((Group) params).getChildren().values()) {
                if (!n.getName().equals("none")) {
                    parameters.put(n.getName(), ((Dataset) n).getData());
                }
            }
            Trajectory t = new Trajectory((String) attribute(h, "optimizer"), parameters, GenomeLayout.of(blocks),
                    FitnessWeights.of((double[]) data(h, "fitness_weights")), (Long) attribute(h, "evaluation_seed"),
                    (Integer) attribute(h, "hall_of_fame_capacity"));
            String[] segments = (String[]) data(h, "segments/file");
            int[] first = (int[]) data(h, "segments/first_generation");
            for (int k = 0; k < segments.length; k++) {
                Path segment = file.resolveSibling(segments[k]);
                List<GenerationRecord> records = readSegment(segment);
                if (first[k] != t.size() || records.getFirst().generation() != t.size()) {
                    throw new IllegalArgumentException("trajectory segment: " + segment + " starting at generation "
                            + records.getFirst().generation() + " is not allowed; the index needs generation "
                            + t.size() + " next");
                }
                records.forEach(t::add);
            }
            return t;
        }
    }

    /** Reads the generations in one segment file. */
    static List<GenerationRecord> readSegment(Path file) throws IOException {
        try (HdfFile h = open(file, Hdf5TrajectoryWriter.SEGMENT_FORMAT)) {
            double[][] genome = (double[][]) data(h, "individuals/genome");
            double[][] fitness = (double[][]) data(h, "individuals/fitness");
            byte[] outcome = (byte[]) data(h, "individuals/outcome");
            String[] error = (String[]) data(h, "individuals/error");
            int[] generation = (int[]) data(h, "generations/generation");
            long[] offset = (long[]) data(h, "generations/offset");
            int[] size = (int[]) data(h, "generations/size");
            long firstRow = (Long) attribute(h, "first_row");
            List<GenerationRecord> records = new ArrayList<>(offset.length);
            for (int g = 0; g < offset.length; g++) {
                int from = (int) (offset[g] - firstRow), n = size[g];
                double[][] gs = new double[n][], fs = new double[n][];
                Outcome[] os = new Outcome[n];
                String[] es = new String[n];
                for (int i = 0; i < n; i++) {
                    gs[i] = genome[from + i];
                    fs[i] = fitness[from + i];
                    os[i] = Outcome.ofCode(outcome[from + i]);
                    es[i] = error[from + i].isEmpty() ? null : error[from + i];
                }
                records.add(new GenerationRecord(generation[g], gs, fs, os, es));
            }
            return records;
        }
    }

    /** Opens {@code file}, checking it is a hebb file of {@code format} in the current version. */
    private static HdfFile open(Path file, String format) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("trajectory file: " + file + " is not allowed; must be an existing file");
        }
        HdfFile h;
        try {
            h = new HdfFile(file);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("trajectory file: " + file + " is not allowed; must be an HDF5 file"
                    + " written by hebb (" + e.getClass().getSimpleName() + ")");
        }
        Object found = h.getAttribute("format") == null ? null : h.getAttribute("format").getData();
        Object version = h.getAttribute("format_version") == null ? null : h.getAttribute("format_version").getData();
        if (!format.equals(found) || !Integer.valueOf(Hdf5TrajectoryWriter.FORMAT_VERSION).equals(version)) {
            h.close();
            throw new IllegalArgumentException("trajectory file: " + file + " (format " + found + ", version "
                    + version + ") is not allowed; must be " + format + " version "
                    + Hdf5TrajectoryWriter.FORMAT_VERSION);
        }
        return h;
    }

    private static Object data(HdfFile h, String path) {
        return h.getDatasetByPath(path).getData();
    }

    private static Object attribute(HdfFile h, String name) {
        return h.getAttribute(name).getData();
    }
}
