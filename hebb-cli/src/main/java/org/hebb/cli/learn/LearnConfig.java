package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;
import org.hebb.learn.agent.Decoder;
import org.hebb.learn.agent.Rule;
import org.hebb.learn.rl.GradientAgentConfig;

/**
 * A {@code hebb learn} config: an optional top-level {@code seed} (the learning seed, default 0) and an {@code [agent]}
 * table whose {@code method} chooses the learner. {@code method = "plasticity"} (the default): {@code env} (required),
 * {@code rule}, {@code decoder}, {@code encoding}, {@code neurons_per_dimension}, {@code field_width},
 * {@code ranges = [[lo, hi], ...]} and every key of {@link AgentParam}. {@code method = "dqn" | "ppo"}: the keys of
 * {@link GradientTable}, with {@code [network]} and {@code [dqn]}/{@code [ppo]}. Unknown keys are refused with the
 * closest known one.
 *
 * @param agent    the plasticity agent (null for a gradient agent)
 * @param gradient the gradient agent (null for a plasticity agent)
 * @param seed     the learning seed from the file (the command's --seed overrides it)
 * @param user     the file as read, recorded in run.json
 */
public record LearnConfig(AgentConfig agent, GradientAgentConfig gradient, long seed, ObjectNode user) {

    /** Reads and checks a config table. */
    public static LearnConfig read(ConfigTable root, ObjectNode user) {
        long seed = root.getLong("seed", 0);
        ConfigTable t = root.getTable("agent");
        if (!root.has("agent")) {
            throw new UserError("agent: missing required table; a learn config needs [agent] with env = \"CartPole-v1\""
                    + " (or another task)");
        }
        String method = t.getString("method", "plasticity");
        if (!GradientTable.METHODS.contains(method)) {
            throw new UserError(t.field("method") + ": \"" + method + "\" is not allowed; must be one of "
                    + String.join(", ", GradientTable.METHODS));
        }
        if (!method.equals("plasticity")) {
            GradientAgentConfig g = GradientTable.read(root, t, method);
            root.rejectUnknownKeys();
            return new LearnConfig(null, g, seed, user);
        }
        root.rejectUnknownKeys();
        return new LearnConfig(readAgent(t), null, seed, user);
    }

    /** The same config with the learning seed {@code s} (recorded in {@code user}). */
    public LearnConfig withSeed(long s, ObjectNode user) {
        return new LearnConfig(agent, gradient, s, user);
    }

    /** @return whether the agent learns by gradient (DQN or PPO) rather than by plasticity */
    public boolean isGradient() {
        return gradient != null;
    }

    /** @return the task's id */
    public String envId() {
        return isGradient() ? gradient.envId() : agent.envId();
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
