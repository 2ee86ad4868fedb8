package org.hebb.nir;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.l2l.run.RunDirectory;

/**
 * Reads and writes {@code .nir} files: HDF5 in the layout NIR's reference implementation writes (golden README):
 * {@code /version}, {@code /node/type = "NIRGraph"}, {@code /node/edges} (E × 2 strings),
 * {@code /node/nodes/<name>/type} and one float64 dataset per field ({@code shape} int64), and optionally a
 * {@code metadata} group of scalar or array datasets per node, as NIR's {@code _read_metadata} reads it.
 *
 * <p>jhdf 0.9.4 reads NIR's gzip-compressed datasets and its variable-length strings. It writes strings as
 * fixed-length UTF-8 (no jhdf release writes variable-length ones): h5py reads them as {@code bytes}, which NIR's
 * reader decodes ({@code try_byte_to_str}, {@code ensure_str}). It writes datasets uncompressed.
 */
public final class NirFile {

    /** The NIR version hebb writes into {@code /version}: the golden files' (NIR's reader ignores it). */
    public static final String VERSION = "1.0.7";

    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private NirFile() {
    }

    /**
     * Reads a NIR file and checks that its shapes chain along every edge.
     *
     * @throws IllegalArgumentException one line: not HDF5, no {@code /node}, an unknown node type (named, with the
     *     supported ones), a missing field, or shapes that do not chain
     */
    public static NirNode.Graph read(Path file) throws IOException {
        if (!isHdf5(file)) {
            throw new IllegalArgumentException(file + ": not an HDF5 file (a .nir file is HDF5, signature \\x89HDF)");
        }
        try (HdfFile f = new HdfFile(file)) {
            if (!f.getChildren().containsKey("node")) {
                throw new IllegalArgumentException(file + ": no /node group; a NIR file holds its graph in /node");
            }
            NirNode n = readNode(f.getChild("node"), "/node");
            if (!(n instanceof NirNode.Graph g)) {
                throw new IllegalArgumentException(file + ": /node is a " + n.type() + "; must be a NIRGraph");
            }
            return g.check();
        }
    }

    private static boolean isHdf5(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 8) == 8 && java.util.Arrays.equals(head, HDF5_SIGNATURE);
        }
    }

    private static NirNode readNode(Node node, String path) {
        if (!(node instanceof Group g)) {
            throw new IllegalArgumentException(path + ": a dataset where a node group was expected");
        }
        String type = string(g, "type", path);
        Map<String, Object> meta = metadata(g, path);
        return switch (type) {
            case "Input" -> new NirNode.Input(longs(g, "shape", path), meta);
            case "Output" -> new NirNode.Output(longs(g, "shape", path), meta);
            case "Linear" -> new NirNode.Linear(matrix(g, "weight", path), meta);
            case "Affine" -> new NirNode.Affine(matrix(g, "weight", path), vector(g, "bias", path), meta);
            case "LIF" -> new NirNode.Lif(vector(g, "tau", path), vector(g, "r", path), vector(g, "v_leak", path),
                    vector(g, "v_threshold", path), resetOrZero(g, path), meta);
            case "CubaLIF" -> new NirNode.CubaLif(vector(g, "tau_syn", path), vector(g, "tau_mem", path),
                    vector(g, "r", path), vector(g, "v_leak", path), vector(g, "v_threshold", path),
                    resetOrZero(g, path), vector(g, "w_in", path), meta);
            case "CubaLI" -> new NirNode.CubaLi(vector(g, "tau_syn", path), vector(g, "tau_mem", path),
                    vector(g, "r", path), vector(g, "v_leak", path), vector(g, "w_in", path), meta);
            case "NIRGraph" -> readGraph(g, path, meta);
            default -> throw new IllegalArgumentException(path + ": node type '" + type + "' is not supported; "
                    + "supported: " + String.join(", ", NirNode.SUPPORTED));
        };
    }

    private static NirNode.Graph readGraph(Group g, String path, Map<String, Object> meta) {
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        if (g.getChildren().get("nodes") instanceof Group ns) {
            for (Map.Entry<String, Node> e : ns.getChildren().entrySet()) {
                nodes.put(e.getKey(), readNode(e.getValue(), path + "/nodes/" + e.getKey()));
            }
        } else {
            throw new IllegalArgumentException(path + "/nodes: missing; a NIRGraph needs its nodes group");
        }
        List<String[]> edges = new ArrayList<>();
        if (g.getChildren().get("edges") instanceof Dataset d && d.getSize() > 0) {
            Object data = d.getData();
            int rows = Array.getLength(data);
            for (int i = 0; i < rows; i++) {
                Object row = Array.get(data, i);
                if (Array.getLength(row) != 2) {
                    throw new IllegalArgumentException(path + "/edges: row " + i + " has " + Array.getLength(row)
                            + " entries; must be [source, target]");
                }
                edges.add(new String[] {Array.get(row, 0).toString(), Array.get(row, 1).toString()});
            }
        }
        return new NirNode.Graph(nodes, edges, meta);
    }

    /** NIR's reader gives LIF and CubaLIF {@code v_reset = 0} when the field is absent (files before v_reset). */
    private static double[] resetOrZero(Group g, String path) {
        return g.getChildren().containsKey("v_reset") ? vector(g, "v_reset", path)
                : new double[vector(g, "v_threshold", path).length];
    }

    private static Dataset dataset(Group g, String field, String path) {
        if (g.getChildren().get(field) instanceof Dataset d) {
            return d;
        }
        throw new IllegalArgumentException(path + "/" + field + ": missing; a " + string(g, "type", path)
                + " node needs it");
    }

    private static String string(Group g, String field, String path) {
        Object v = dataset(g, field, path).getData();
        if (v instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(path + "/" + field + ": " + v + " is not allowed; must be a string");
    }

    private static double[] vector(Group g, String field, String path) {
        Object v = dataset(g, field, path).getData();
        if (v instanceof double[] a) {
            return a;
        }
        if (v instanceof Number x) {
            return new double[] {x.doubleValue()};
        }
        if (v instanceof float[] a) {
            double[] d = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                d[i] = a[i];
            }
            return d;
        }
        throw new IllegalArgumentException(path + "/" + field + ": a " + v.getClass().getSimpleName()
                + " is not allowed; must be a float64 vector");
    }

    private static double[][] matrix(Group g, String field, String path) {
        Object v = dataset(g, field, path).getData();
        if (v instanceof double[][] m) {
            for (double[] row : m) {
                if (row.length != m[0].length) {
                    throw new IllegalArgumentException(path + "/" + field + ": ragged rows; must be out × in");
                }
            }
            return m;
        }
        throw new IllegalArgumentException(path + "/" + field + ": a " + v.getClass().getSimpleName()
                + " is not allowed; must be a 2-d float64 array (out × in)");
    }

    private static long[] longs(Group g, String field, String path) {
        Object v = dataset(g, field, path).getData();
        if (v instanceof long[] a) {
            return a;
        }
        if (v instanceof int[] a) {
            long[] l = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                l[i] = a[i];
            }
            return l;
        }
        if (v instanceof Number x) {
            return new long[] {x.longValue()};
        }
        throw new IllegalArgumentException(path + "/" + field + ": must be an int64 vector");
    }

    private static Map<String, Object> metadata(Group g, String path) {
        Map<String, Object> m = NirNode.meta();
        if (g.getChildren().get("metadata") instanceof Group mg) {
            for (Map.Entry<String, Node> e : mg.getChildren().entrySet()) {
                if (e.getValue() instanceof Dataset d) {
                    Object v = d.getData();
                    m.put(e.getKey(), v instanceof Number x ? x.doubleValue() : v);
                }
            }
        }
        return m;
    }

    /**
     * Writes a graph atomically ({@link RunDirectory#writeAtomically}: a temporary file beside it, then a rename): the layout NIR writes, fields
     * in the golden README's names, metadata groups only where a node has metadata (NIR skips empty ones too).
     */
    public static void write(NirNode.Graph graph, Path file) throws IOException {
        graph.check();
        Files.createDirectories(file.toAbsolutePath().getParent());
        RunDirectory.writeAtomically(file, tmp -> {
            Files.deleteIfExists(tmp); // jhdf creates the file itself
            try (WritableHdfFile f = HdfFile.write(tmp)) {
                f.putDataset("version", VERSION);
                writeNode(f.putGroup("node"), graph);
            }
        });
    }

    private static void writeNode(WritableGroup g, NirNode node) {
        g.putDataset("type", node.type());
        switch (node) {
            case NirNode.Input n -> g.putDataset("shape", n.shape());
            case NirNode.Output n -> g.putDataset("shape", n.shape());
            case NirNode.Linear n -> g.putDataset("weight", n.weight());
            case NirNode.Affine n -> {
                g.putDataset("weight", n.weight());
                g.putDataset("bias", n.bias());
            }
            case NirNode.Lif n -> {
                g.putDataset("tau", n.tau());
                g.putDataset("r", n.r());
                g.putDataset("v_leak", n.vLeak());
                g.putDataset("v_threshold", n.vThreshold());
                g.putDataset("v_reset", n.vReset());
            }
            case NirNode.CubaLif n -> {
                g.putDataset("tau_syn", n.tauSyn());
                g.putDataset("tau_mem", n.tauMem());
                g.putDataset("r", n.r());
                g.putDataset("v_leak", n.vLeak());
                g.putDataset("v_threshold", n.vThreshold());
                g.putDataset("v_reset", n.vReset());
                g.putDataset("w_in", n.wIn());
            }
            case NirNode.CubaLi n -> {
                g.putDataset("tau_syn", n.tauSyn());
                g.putDataset("tau_mem", n.tauMem());
                g.putDataset("r", n.r());
                g.putDataset("v_leak", n.vLeak());
                g.putDataset("w_in", n.wIn());
            }
            case NirNode.Graph n -> {
                String[][] edges = n.edges().toArray(new String[0][]);
                if (edges.length > 0) {
                    g.putDataset("edges", edges);
                }
                WritableGroup nodes = g.putGroup("nodes");
                for (Map.Entry<String, NirNode> e : n.nodes().entrySet()) {
                    writeNode(nodes.putGroup(e.getKey()), e.getValue());
                }
            }
        }
        if (!node.metadata().isEmpty()) {
            WritableGroup m = g.putGroup("metadata");
            for (Map.Entry<String, Object> e : node.metadata().entrySet()) {
                m.putDataset(e.getKey(), e.getValue());
            }
        }
    }
}
