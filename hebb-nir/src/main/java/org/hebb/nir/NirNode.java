package org.hebb.nir;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a NIR graph (Pedersen et al., Nat. Commun. 15:8122, 2024), with the fields NIR's reference
 * implementation writes (the golden README's table) and the node's {@code metadata}. Times are in seconds, as the
 * frameworks write them; every parameter is one value per neuron. Only the node types hebb can simulate are here:
 * a file with any other type is refused by {@link NirFile#read} with its name.
 *
 * <p>Semantics (NIR's definitions): LIF {@code tau dv/dt = (v_leak − v) + r·I}; CubaLIF adds
 * {@code tau_syn dI/dt = −I + w_in·S}; CubaLI is CubaLIF without threshold. Edges are identities; edges into a node
 * are summed.
 */
public sealed interface NirNode {

    /** The node type's name as NIR writes it ({@code "CubaLIF"}). */
    String type();

    /** The node's metadata ({@code /metadata} group): strings, doubles or double arrays, never null. */
    Map<String, Object> metadata();

    /** Input size (flattened), or -1 when the node takes any (a graph). */
    int inSize();

    /** Output size (flattened). */
    int outSize();

    /** The supported node types, as named in error messages. */
    List<String> SUPPORTED = List.of("Input", "Output", "Linear", "Affine", "LIF", "CubaLIF", "CubaLI", "NIRGraph");

    /** {@code Input}: where data enters the graph; {@code shape} its dimensions. */
    record Input(long[] shape, Map<String, Object> metadata) implements NirNode {
        public String type() { return "Input"; }
        public int inSize() { return size(shape); }
        public int outSize() { return size(shape); }
    }

    /** {@code Output}: where data leaves the graph. */
    record Output(long[] shape, Map<String, Object> metadata) implements NirNode {
        public String type() { return "Output"; }
        public int inSize() { return size(shape); }
        public int outSize() { return size(shape); }
    }

    /** {@code Linear}: {@code y = W x}, W out × in. */
    record Linear(double[][] weight, Map<String, Object> metadata) implements NirNode {
        public String type() { return "Linear"; }
        public int inSize() { return weight.length == 0 ? 0 : weight[0].length; }
        public int outSize() { return weight.length; }
    }

    /** {@code Affine}: {@code y = W x + b}. */
    record Affine(double[][] weight, double[] bias, Map<String, Object> metadata) implements NirNode {
        public String type() { return "Affine"; }
        public int inSize() { return weight.length == 0 ? 0 : weight[0].length; }
        public int outSize() { return weight.length; }
    }

    /** {@code LIF}: {@code tau dv/dt = (v_leak − v) + r·I}; spike when {@code v > v_threshold}, then {@code v_reset}. */
    record Lif(double[] tau, double[] r, double[] vLeak, double[] vThreshold, double[] vReset,
            Map<String, Object> metadata) implements NirNode {
        public String type() { return "LIF"; }
        public int inSize() { return tau.length; }
        public int outSize() { return tau.length; }
    }

    /** {@code CubaLIF}: a LIF fed by the current {@code tau_syn dI/dt = −I + w_in·S}. */
    record CubaLif(double[] tauSyn, double[] tauMem, double[] r, double[] vLeak, double[] vThreshold,
            double[] vReset, double[] wIn, Map<String, Object> metadata) implements NirNode {
        public String type() { return "CubaLIF"; }
        public int inSize() { return tauMem.length; }
        public int outSize() { return tauMem.length; }
    }

    /** {@code CubaLI}: CubaLIF without threshold, a leaky read-out whose output is {@code v}. */
    record CubaLi(double[] tauSyn, double[] tauMem, double[] r, double[] vLeak, double[] wIn,
            Map<String, Object> metadata) implements NirNode {
        public String type() { return "CubaLI"; }
        public int inSize() { return tauMem.length; }
        public int outSize() { return tauMem.length; }
    }

    /** {@code NIRGraph}: named nodes (in file order) and edges {@code [source, target]}; nests. */
    record Graph(Map<String, NirNode> nodes, List<String[]> edges, Map<String, Object> metadata) implements NirNode {
        public String type() { return "NIRGraph"; }
        public int inSize() { return sum(Input.class); }
        public int outSize() { return sum(Output.class); }

        private int sum(Class<? extends NirNode> kind) {
            int n = 0;
            for (NirNode x : nodes.values()) {
                n += kind.isInstance(x) ? x.outSize() : 0;
            }
            return n;
        }

        /**
         * Checks every edge: both ends exist, and the source's output size equals the target's input size (NIR
         * edges are identities). Nested graphs are checked too.
         *
         * @throws IllegalArgumentException naming the edge, the two sizes and the nodes' types
         */
        public Graph check() {
            for (String[] e : edges) {
                NirNode a = endpoint(e[0], true);
                NirNode b = endpoint(e[1], false);
                int out = a instanceof Graph g ? g.port(e[0], true).outSize() : a.outSize();
                int in = b instanceof Graph g ? g.port(e[1], false).inSize() : b.inSize();
                if (out != in) {
                    throw new IllegalArgumentException("edge " + e[0] + " -> " + e[1] + ": shapes do not chain; "
                            + a.type() + " '" + e[0] + "' gives " + out + " values, " + b.type() + " '" + e[1]
                            + "' takes " + in);
                }
            }
            for (NirNode n : nodes.values()) {
                if (n instanceof Graph g) {
                    g.check();
                }
            }
            return this;
        }

        /** The node an edge end names: a node, or {@code graph.sub} inside a nested graph. */
        NirNode endpoint(String name, boolean source) {
            NirNode n = nodes.get(name);
            if (n == null && name.contains(".")) {
                n = nodes.get(name.substring(0, name.indexOf('.')));
            }
            if (n == null) {
                throw new IllegalArgumentException("edge end '" + name + "': no such node; nodes are "
                        + String.join(", ", nodes.keySet()));
            }
            return n;
        }

        /** The Input (target side) or Output (source side) node of this graph that an edge end {@code g[.x]} names. */
        NirNode port(String end, boolean source) {
            if (end.contains(".")) {
                NirNode n = nodes.get(end.substring(end.indexOf('.') + 1));
                if (n != null) {
                    return n;
                }
            }
            NirNode found = null;
            for (NirNode n : nodes.values()) {
                if (source ? n instanceof Output : n instanceof Input) {
                    if (found != null) {
                        throw new IllegalArgumentException("edge end '" + end + "': the nested graph has several "
                                + (source ? "Output" : "Input") + " nodes; name one as " + end + ".<node>");
                    }
                    found = n;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("edge end '" + end + "': the nested graph has no "
                        + (source ? "Output" : "Input") + " node");
            }
            return found;
        }
    }

    /** @return the product of a shape's dimensions */
    static int size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return Math.toIntExact(n);
    }

    /** @return an empty metadata map to fill */
    static Map<String, Object> meta() {
        return new LinkedHashMap<>();
    }

    /** @return whether two nodes hold the same type, fields and metadata (arrays compared by value, bit for bit) */
    static boolean same(NirNode a, NirNode b) {
        if (a.getClass() != b.getClass() || !sameMeta(a.metadata(), b.metadata())) {
            return false;
        }
        if (a instanceof Graph ga) {
            Graph gb = (Graph) b;
            if (!ga.nodes.keySet().equals(gb.nodes.keySet()) || ga.edges.size() != gb.edges.size()) {
                return false;
            }
            for (int i = 0; i < ga.edges.size(); i++) {
                if (!Arrays.equals(ga.edges.get(i), gb.edges.get(i))) {
                    return false;
                }
            }
            for (String k : ga.nodes.keySet()) {
                if (!same(ga.nodes.get(k), gb.nodes.get(k))) {
                    return false;
                }
            }
            return true;
        }
        var ca = a.getClass().getRecordComponents();
        try {
            for (var c : ca) {
                if (!Arrays.deepEquals(new Object[] {c.getAccessor().invoke(a)}, new Object[] {c.getAccessor().invoke(b)})) {
                    return false;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    private static boolean sameMeta(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!Arrays.deepEquals(new Object[] {a.get(k)}, new Object[] {b.get(k)})) {
                return false;
            }
        }
        return true;
    }
}
