package org.hebb.cli.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.sim.ConnSpec;
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
 */
public record BuiltNetwork(Network network, Map<String, NodeCollection> labels, Map<String, NodeCollection> recorders) {

    public static BuiltNetwork build(NetworkSpec spec) {
        Network net = at("resolution", () -> new Network(spec.resolution(), spec.seed()));
        Map<String, NodeCollection> labels = new LinkedHashMap<>();
        Map<String, NodeCollection> recorders = new LinkedHashMap<>();
        for (NetworkSpec.Node n : spec.nodes()) {
            NodeCollection c = at(n.field(), () -> net.create(n.model(), n.n(), n.params()));
            String label = n.label() != null ? n.label() : n.model() + "-" + c.id(0);
            if (labels.put(label, c) != null) {
                throw new UserError(n.field() + ".label: '" + label + "' is not allowed; labels must be unique");
            }
            if (Models.info(n.model()).kind() == ModelInfo.Kind.RECORDER) {
                if (n.n() != 1) {
                    throw new UserError(n.field() + ".n: " + n.n() + " is not allowed; a recorder is created one per [[nodes]] table");
                }
                recorders.put(label, c);
            }
        }
        for (NetworkSpec.Connection k : spec.connections()) {
            NodeCollection pre = k.source().resolve(labels, net.size(), k.field() + ".source");
            NodeCollection post = k.target().resolve(labels, net.size(), k.field() + ".target");
            ConnSpec conn = at(k.field() + ".conn", () -> ConnSpec.of(k.conn()));
            SynSpec syn = at(k.field() + ".syn", () -> SynSpec.of(recorderLabel(k.syn(), labels)));
            at(k.field(), () -> {
                net.connect(pre, post, conn, syn);
                return null;
            });
        }
        return new BuiltNetwork(net, labels, recorders);
    }

    /** A syn table's {@code weight_recorder} may name the recorder by its label: replaced by the recorder's node. */
    private static Map<String, Object> recorderLabel(Map<String, Object> syn, Map<String, NodeCollection> labels) {
        if (syn.get("weight_recorder") instanceof String label && labels.containsKey(label)) {
            Map<String, Object> out = new LinkedHashMap<>(syn);
            out.put("weight_recorder", labels.get(label));
            return out;
        }
        return syn;
    }

    /** Runs a simulator call, prefixing its one-line error with the spec field it concerns. */
    static <T> T at(String field, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(field + ": " + e.getMessage());
        }
    }

    /** Labels of the recorders, in creation order. */
    public List<String> recorderLabels() {
        return new ArrayList<>(recorders.keySet());
    }
}
