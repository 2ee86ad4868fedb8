package org.hebb.cli.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.sim.Network;

/**
 * A declarative network description read from TOML (format: docs/network-spec.md): resolution, seed, nodes,
 * connections and simulation time. Values stay NEST-style dictionaries, handed to the simulator as they are, so
 * that every model parameter is checked by the model itself.
 *
 * @param resolution the time step h, ms
 * @param seed seed of every random draw, 1 … 2^32−1 as NEST's rng_seed
 * @param simtime simulated time, ms
 * @param nodes node declarations, in creation order
 * @param connections connection declarations, in the order they are made
 */
public record NetworkSpec(double resolution, long seed, double simtime, List<Node> nodes, List<Connection> connections) {

    /** {@code [[nodes]]}: {@code n} nodes of {@code model}; {@code label} names them in connections and output files. */
    public record Node(String field, String label, String model, int n, Map<String, Object> params) {
    }

    /** {@code [[connections]]}: NEST's {@code Connect(source, target, conn_spec, syn_spec)}. */
    public record Connection(String field, NodeRef source, NodeRef target, Map<String, Object> conn, Map<String, Object> syn) {
    }

    /** Reads and checks the structure of a spec; model parameters are checked when the network is built. */
    public static NetworkSpec read(ConfigTable root) {
        refuseOtherConfig(root);
        double resolution = root.getDouble("resolution", Network.DEFAULT_RESOLUTION);
        long seed = org.hebb.cli.config.SeedDomain.NEST.readLong(root, "seed", Network.DEFAULT_SEED);
        double simtime = root.getDouble("simtime");
        if (simtime < 0) {
            throw new UserError("simtime: " + simtime + " is not allowed; must be >= 0 ms");
        }
        if (resolution > 0) { // a bad resolution is reported by the network, under its own name
            try { // on the grid and within the step counter's range, checked before any node is made
                Network.toSteps("simtime", simtime, resolution);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (ConfigTable t : root.getTables("nodes")) {
            String model = t.getString("model");
            int n = t.getInt("n", 1);
            if (n < 1) {
                throw new UserError(t.field("n") + ": " + n + " is not allowed; must be >= 1");
            }
            String label = t.getString("label", null);
            Map<String, Object> params = toMap(t.getTable("params"));
            t.rejectUnknownKeys();
            nodes.add(new Node(t.path(), label, model, n, params));
        }
        if (nodes.isEmpty()) {
            throw new UserError("nodes: missing; a spec needs at least one [[nodes]] table");
        }
        List<Connection> connections = new ArrayList<>();
        for (ConfigTable t : root.getTables("connections")) {
            NodeRef source = NodeRef.parse(t.raw("source"), t.field("source"));
            NodeRef target = NodeRef.parse(t.raw("target"), t.field("target"));
            Map<String, Object> conn = toMap(t.getTable("conn"));
            Map<String, Object> syn = toMap(t.getTable("syn"));
            t.rejectUnknownKeys();
            connections.add(new Connection(t.path(), source, target, conn, syn));
        }
        root.rejectUnknownKeys();
        return new NetworkSpec(resolution, seed, simtime, List.copyOf(nodes), List.copyOf(connections));
    }

    /** A TOML table as a NEST-style dictionary: numbers as Double, arrays as lists, tables as maps. */
    static Map<String, Object> toMap(ConfigTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        var it = table.entries();
        while (it.hasNext()) {
            var e = it.next();
            out.put(e.getKey(), toValue(e.getValue(), table.field(e.getKey())));
            table.allow(e.getKey());
        }
        return out;
    }

    private static Object toValue(JsonNode v, String field) {
        if (v.isNumber()) {
            return ConfigTable.asDouble(v, field);
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                list.add(toValue(v.get(i), field + "[" + i + "]"));
            }
            return list;
        }
        if (v.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.fields().forEachRemaining(e -> m.put(e.getKey(), toValue(e.getValue(), field + "." + e.getKey())));
            return m;
        }
        throw new UserError(field + ": " + v + " is not allowed; must be a number, boolean, string, array or table");
    }

    /**
     * A run, learn or compare config handed to {@code simulate} or {@code nir export} would otherwise fail on its
     * first missing spec key ("simtime: missing required key"), which hides what went wrong: say what it is.
     */
    private static void refuseOtherConfig(ConfigTable root) {
        if (root.has("nodes")) {
            return;
        }
        for (String table : List.of("optimizer", "optimizee", "agent", "compare", "run")) {
            if (root.has(table)) {
                throw new UserError("[" + table + "]: this is a run, learn or compare config, not a network spec; a spec"
                        + " has [[nodes]] and [[connections]] (docs/network-spec.md), and a finished run's network is"
                        + " exported from its directory (hebb nir export RUN_DIR)");
            }
        }
    }
}
