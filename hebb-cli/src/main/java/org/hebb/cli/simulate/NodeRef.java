package org.hebb.cli.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hebb.cli.UserError;
import org.hebb.sim.NodeCollection;

/**
 * Which nodes a connection end names: a label ({@code "exc"}), an element or a slice of a labelled collection
 * ({@code "exc[0]"}, {@code "exc[2:5]"}, zero-based, end exclusive, as NodeCollection slicing in PyNEST), or node
 * ids ({@code 3} or {@code [1, 2]}, one-based as in NEST).
 */
public sealed interface NodeRef {
    /** Resolves against the labelled collections of a built network with {@code size} nodes. */
    NodeCollection resolve(Map<String, NodeCollection> labels, int size, String field);

    /** A labelled collection, optionally sliced. */
    record Label(String label, int from, int to) implements NodeRef {
        @Override
        public NodeCollection resolve(Map<String, NodeCollection> labels, int size, String field) {
            NodeCollection c = labels.get(label);
            if (c == null) {
                throw new UserError(field + ": '" + label + "' is not a node label; labels are "
                        + String.join(", ", labels.keySet()));
            }
            if (from < 0) {
                return c;
            }
            if (to > c.size() || from >= to) {
                throw new UserError(field + ": [" + from + ":" + to + "] is not allowed; '" + label + "' has "
                        + c.size() + " nodes (indices 0.." + (c.size() - 1) + ")");
            }
            return c.slice(from, to);
        }
    }

    /** Node ids. */
    record Ids(int[] ids) implements NodeRef {
        @Override
        public NodeCollection resolve(Map<String, NodeCollection> labels, int size, String field) {
            for (int id : ids) {
                if (id < 1 || id > size) {
                    throw new UserError(field + ": node id " + id + " does not exist; ids are 1.." + size);
                }
            }
            return NodeCollection.of(ids);
        }
    }

    Pattern LABEL = Pattern.compile("([^\\[\\]]+)(?:\\[(\\d+)(?::(\\d+))?\\])?");

    /** A label, {@code label[i]} or {@code label[i:j]}. */
    static Label label(String text, String field) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            throw new UserError(field + ": '" + text + "' is not allowed; must be a label, label[i] or label[i:j]");
        }
        if (m.group(2) == null) {
            return new Label(m.group(1), -1, -1);
        }
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from + 1 : Integer.parseInt(m.group(3));
        return new Label(m.group(1), from, to);
    }

    static NodeRef parse(JsonNode v, String field) {
        if (v == null) {
            throw new UserError(field + ": missing required key");
        }
        if (v.isTextual()) {
            return label(v.textValue(), field);
        }
        if (v.isIntegralNumber()) {
            return new Ids(new int[] {v.intValue()});
        }
        if (v.isArray() && !v.isEmpty()) {
            int[] ids = new int[v.size()];
            for (int i = 0; i < ids.length; i++) {
                if (!v.get(i).isIntegralNumber()) {
                    throw new UserError(field + "[" + i + "]: " + v.get(i) + " is not allowed; must be a node id (integer)");
                }
                ids[i] = v.get(i).intValue();
            }
            return new Ids(ids);
        }
        throw new UserError(field + ": " + v + " is not allowed; must be a label, label[i], label[i:j], a node id or an array of node ids");
    }
}
