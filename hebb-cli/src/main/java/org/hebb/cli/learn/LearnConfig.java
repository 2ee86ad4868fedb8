package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.Decoder;
import org.hebb.learn.agent.Rule;

/**
 * A {@code hebb learn} config: an optional top-level {@code seed} (the learning seed, default 0) and an {@code [agent]}
 * table — {@code env} (required), {@code rule}, {@code decoder}, {@code encoding}, {@code neurons_per_dimension},
 * {@code field_width}, {@code ranges = [[lo, hi], ...]} and every key of {@link AgentParam}. Unknown keys are refused
 * with the closest known one.
 *
 * @param agent the agent
 * @param seed  the learning seed from the file (the command's --seed overrides it)
 * @param user  the file as read, recorded in run.json
 */
public record LearnConfig(AgentConfig agent, long seed, ObjectNode user) {

    /** Reads and checks a config table. */
    public static LearnConfig read(ConfigTable root, ObjectNode user) {
        long seed = root.getLong("seed", 0);
        ConfigTable t = root.getTable("agent");
        root.rejectUnknownKeys();
        if (!root.has("agent")) {
            throw new UserError("agent: missing required table; a learn config needs [agent] with env = \"CartPole-v1\""
                    + " (or another task)");
        }
        return new LearnConfig(readAgent(t), seed, user);
    }

    /** Reads an agent table ({@code [agent]}, or a plasticity optimizee's {@code [optimizee.agent]}). */
    public static AgentConfig readAgent(ConfigTable t) {
        try {
            AgentConfig.Builder b = AgentConfig.builder(t.getString("env"));
            b.rule(Rule.of(t.getString("rule", "td-ltp")));
            b.decoder(Decoder.of(t.getString("decoder", "softmax")));
            b.encoding(t.getString("encoding", "fourier"));
            b.perDimension(t.getInt("neurons_per_dimension", 10));
            b.fieldWidth(t.getDouble("field_width", 1.0));
            if (t.has("ranges")) {
                JsonNode r = t.raw("ranges");
                if (!r.isArray()) {
                    throw new UserError(t.field("ranges") + ": " + r + " is not allowed; must be [[lo, hi], ...]");
                }
                double[] lo = new double[r.size()];
                double[] hi = new double[r.size()];
                for (int d = 0; d < r.size(); d++) {
                    JsonNode p = r.get(d);
                    if (!p.isArray() || p.size() != 2) {
                        throw new UserError(t.field("ranges") + "[" + d + "]: " + p + " is not allowed; must be [lo, hi]");
                    }
                    lo[d] = ConfigTable.asDouble(p.get(0), t.field("ranges") + "[" + d + "][0]");
                    hi[d] = ConfigTable.asDouble(p.get(1), t.field("ranges") + "[" + d + "][1]");
                }
                b.ranges(lo, hi);
            }
            for (AgentParam p : AgentParam.values()) {
                if (t.has(p.key())) {
                    b.set(p, t.getDouble(p.key()));
                }
            }
            t.rejectUnknownKeys();
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(t.field(e.getMessage().replaceFirst("^agent\\.", "")));
        }
    }
}
