package org.hebb.cli.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.sim.ConnSpec;
import org.hebb.sim.Distribution;
import org.hebb.sim.ModelInfo;
import org.hebb.sim.Models;
import org.hebb.sim.Network;
import org.hebb.sim.NodeCollection;
import org.hebb.sim.SynSpec;

/**
 * A network built from a {@link NetworkSpec}, with its labelled node collections and its recorders. Every error of
 * the simulator is reported with the spec field it came from.
 *
 * @param network the network, not yet simulated
 * @param labels label to node collection, in creation order
 * @param recorders label of every recording device to its node
 * @param sampleBytesPerMs bytes the multimeters record per simulated ms: per node and sample 8 for the time, 4 for
 *                     the sender and 8 per variable, over the sampling interval
 */
public record BuiltNetwork(Network network, Map<String, NodeCollection> labels, Map<String, NodeCollection> recorders,
        double sampleBytesPerMs) {

    /**
     * Refuses (one line) a simulation whose multimeters would record more than the heap holds, before it runs:
     * {@code simtime = 1e12} with a 0.1 ms multimeter would otherwise end in an OutOfMemoryError.
     */
    public void checkRecording(double simtimeMs, long heapBytes) {
        double bytes = sampleBytesPerMs * simtimeMs;
        if (bytes > heapBytes) {
            throw new UserError(String.format(java.util.Locale.ROOT, "simtime: %s ms is not allowed with these "
                    + "multimeters; they would record about %s (heap %s): shorten simtime, record fewer nodes or "
                    + "variables, or raise the interval", simtimeMs, org.hebb.cli.run.MemoryEstimate.bytes(
                    bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes),
                    org.hebb.cli.run.MemoryEstimate.bytes(heapBytes)));
        }
    }

    /** syn_spec keys whose value is a node. */
    private static final List<String> NODE_KEYS = List.of("weight_recorder", "volume_transmitter");

    public static BuiltNetwork build(NetworkSpec spec) {
        Network net = at("resolution", () -> new Network(spec.resolution(), spec.seed()));
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        Map<String, NodeCollection> recorders = new LinkedHashMap<>();
        Map<Integer, NetworkSpec.Node> meters = new java.util.HashMap<>(); // multimeter id -> its [[nodes]] table
        double sampleBytes = 0;
        for (NetworkSpec.Node n : spec.nodes()) {
            Map<String, Object> params = nodeParams(n.params(), n.field() + ".params");
            NodeCollection c = at(n.field(), () -> net.create(n.model(), n.n(), params));
            String label = n.label() != null ? n.label() : n.model() + "-" + c.id(0);
            if (labels.put(label, c) != null) {
                throw new UserError(n.field() + ".label: '" + label + "' is not allowed; labels must be unique");
            }
            if (Models.info(n.model()).kind() == ModelInfo.Kind.RECORDER) {
                if (n.n() != 1) {
                    throw new UserError(n.field() + ".n: " + n.n() + " is not allowed; a recorder is created one per [[nodes]] table");
                }
                recorders.put(label, c);
                if (n.model().equals("multimeter")) {
                    meters.put(c.id(0), n);
                }
            }
        }
        for (NetworkSpec.Connection k : spec.connections()) {
            NodeCollection pre = k.source().resolve(labels, net.size(), k.field() + ".source");
            NodeCollection post = k.target().resolve(labels, net.size(), k.field() + ".target");
            ConnSpec conn = at(k.field() + ".conn", () -> ConnSpec.of(k.conn()));
            Map<String, Object> synParams = synParams(k.syn(), labels, net.size(), k.field() + ".syn");
            SynSpec syn = at(k.field() + ".syn", () -> SynSpec.of(synParams));
            NetworkSpec.Node meter = meters.get(pre.id(0));
            checkRecordFrom(meter, k, post, net);
            if (meter != null) {
                double interval = meter.params().get("interval") instanceof Double d && d > 0 ? d : 1.0;
                int vars = meter.params().get("record_from") instanceof List<?> l ? l.size() : 0;
                sampleBytes += post.size() * (12.0 + 8.0 * vars) / interval;
            }
            at(k.field(), () -> {
                net.connect(pre, post, conn, syn);
                return null;
            });
        }
        return new BuiltNetwork(net, labels, recorders, sampleBytes);
    }

    /**
     * A multimeter's {@code record_from} checked against every node a connection attaches it to, now, so a bad
     * name is reported under the multimeter's own field rather than when the simulation starts.
     */
    private static void checkRecordFrom(NetworkSpec.Node meter, NetworkSpec.Connection k, NodeCollection post,
            Network net) {
        if (meter == null || !(meter.params().get("record_from") instanceof List<?> names)) {
            return;
        }
        for (int i = 0; i < post.size(); i++) {
            String target = net.model(post.id(i));
            List<String> allowed = Models.info(target).recordables();
            for (Object name : names) {
                if (!allowed.contains(String.valueOf(name))) {
                    throw new UserError(meter.field() + ".params.record_from: '" + name + "' is not allowed; "
                            + (allowed.isEmpty() ? target + " (connected by " + k.field() + ") records nothing"
                            : "must be one of " + String.join(", ", allowed) + " (what " + target + ", connected by "
                            + k.field() + ", records)"));
                }
            }
        }
    }

    /** A node parameter given as a table {@code { distribution = ..., ... }} becomes a {@link Distribution}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> nodeParams(Map<String, Object> params, String field) {
        Map<String, Object> out = new LinkedHashMap<>(params);
        for (Map.Entry<String, Object> e : out.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m) {
                e.setValue(at(field + "." + e.getKey(), () -> Distribution.of((Map<String, Object>) m)));
            }
        }
        return out;
    }

    /**
     * The syn_spec keys that name a node ({@code weight_recorder}, {@code volume_transmitter}) take a label or
     * {@code label[i]} as well as a node id; the label must name exactly one node.
     */
    private static Map<String, Object> synParams(Map<String, Object> syn, Map<String, NodeCollection> labels, int size, String field) {
        Map<String, Object> out = new LinkedHashMap<>(syn);
        for (String key : NODE_KEYS) {
            if (out.get(key) instanceof String text) {
                NodeCollection c = NodeRef.label(text, field + "." + key).resolve(labels, size, field + "." + key);
                if (c.size() != 1) {
                    throw new UserError(field + "." + key + ": '" + text + "' is not allowed; it names " + c.size()
                            + " nodes, must name one " + key);
                }
                out.put(key, c);
            }
        }
        return out;
    }

    /** Runs a simulator call, prefixing its one-line error with the spec field it concerns. */
    static <T> T at(String field, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(prefixed(field, e.getMessage()));
        }
    }

    /**
     * {@code field: message}, unless the message already starts with the field's last name ({@code resolution:
     * resolution: 0.0 ...} would say it twice): then the message with its name replaced by the whole field.
     */
    static String prefixed(String field, String message) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return message.startsWith(last + ": ") ? field + message.substring(last.length()) : field + ": " + message;
    }

    /** Labels of the recorders, in creation order. */
    public List<String> recorderLabels() {
        return new ArrayList<>(recorders.keySet());
    }
}
