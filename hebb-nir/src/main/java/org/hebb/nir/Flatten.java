package org.hebb.nir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flattens nested NIR graphs into one: the nodes of a nested graph {@code g} become {@code g.<name>}, an edge to
 * {@code g} (or {@code g.<input>}) enters its Input node, an edge from {@code g} leaves its Output node, and those
 * inner Input and Output nodes, being identities, are then bridged by direct edges and removed.
 */
final class Flatten {

    private Flatten() {
    }

    static NirNode.Graph flatten(NirNode.Graph g) {
        Map<String, NirNode> nodes = new LinkedHashMap<>();
        List<String[]> edges = new ArrayList<>();
        List<String> ports = new ArrayList<>(); // inner Input/Output nodes to bridge
        for (Map.Entry<String, NirNode> e : g.nodes().entrySet()) {
            if (e.getValue() instanceof NirNode.Graph sub) {
                NirNode.Graph flat = flatten(sub);
                String prefix = e.getKey() + ".";
                flat.nodes().forEach((k, v) -> {
                    nodes.put(prefix + k, v);
                    if (v instanceof NirNode.Input || v instanceof NirNode.Output) {
                        ports.add(prefix + k);
                    }
                });
                for (String[] x : flat.edges()) {
                    edges.add(new String[] {prefix + x[0], prefix + x[1]});
                }
            } else {
                nodes.put(e.getKey(), e.getValue());
            }
        }
        for (String[] x : g.edges()) {
            edges.add(new String[] {end(g, x[0], true), end(g, x[1], false)});
        }
        for (String port : ports) {
            List<String> in = new ArrayList<>(), out = new ArrayList<>();
            for (String[] x : edges) {
                if (x[1].equals(port)) {
                    in.add(x[0]);
                }
                if (x[0].equals(port)) {
                    out.add(x[1]);
                }
            }
            edges.removeIf(x -> x[0].equals(port) || x[1].equals(port));
            for (String a : in) {
                for (String b : out) {
                    edges.add(new String[] {a, b});
                }
            }
            nodes.remove(port);
        }
        return new NirNode.Graph(nodes, edges, g.metadata());
    }

    /** The flattened name of an edge end: a plain node, or the port of a nested graph it names. */
    private static String end(NirNode.Graph g, String name, boolean source) {
        NirNode n = g.nodes().get(name);
        if (n != null && !(n instanceof NirNode.Graph)) {
            return name;
        }
        String graph = n != null ? name : name.substring(0, name.indexOf('.'));
        NirNode.Graph sub = (NirNode.Graph) g.endpoint(name, source);
        NirNode port = sub.port(name, source);
        for (Map.Entry<String, NirNode> e : sub.nodes().entrySet()) {
            if (e.getValue() == port) {
                return graph + "." + e.getKey();
            }
        }
        throw new IllegalStateException(name);
    }
}
