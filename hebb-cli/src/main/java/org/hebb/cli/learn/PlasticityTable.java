package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.task.PlasticityOptimizee;
import org.hebb.learn.agent.AgentConfig;
import org.hebb.learn.agent.AgentParam;

/**
 * {@code [optimizee] name = "plasticity"} of a {@code hebb run} config: meta-learning an agent's plasticity
 * (docs/plasticity-agents.md). Keys: {@code episodes} (M, default 60), {@code last_episodes} (N, default 20),
 * {@code inner_seeds} (K, default 2), {@code search = { lr_actor = [lo, hi], ... }} (the genome: agent parameters and
 * their search ranges) and the {@code [optimizee.agent]} table of a learn config (the fixed rest).
 *
 * @param optimizee the optimizee
 * @param table     the table as read (recorded in run.json, read back on resume)
 */
public record PlasticityTable(PlasticityOptimizee optimizee, Map<String, Object> table) {

    /** The name in {@code [optimizee] name}. */
    public static final String NAME = "plasticity";
    /** The best genome as a learn config, written into the run directory at the end. */
    public static final String BEST_AGENT = "best-agent.toml";

    /** Reads an {@code [optimizee]} table whose name is {@value #NAME}. */
    @SuppressWarnings("unchecked")
    public static PlasticityTable read(ConfigTable ee) {
        ee.getString("name");
        int episodes = ee.getInt("episodes", 60);
        int lastN = ee.getInt("last_episodes", 20);
        int seeds = ee.getInt("inner_seeds", 2);
        ConfigTable search = ee.getTable("search");
        ConfigTable agentTable = ee.getTable("agent");
        if (!ee.has("agent") || !ee.has("search")) {
            throw new UserError(ee.field(ee.has("agent") ? "search" : "agent") + ": missing required table; a plasticity"
                    + " optimizee needs search = { lr_actor = [lo, hi], ... } and [optimizee.agent]");
        }
        ee.rejectUnknownKeys();
        AgentConfig base = LearnConfig.readAgent(agentTable);
        List<PlasticityOptimizee.Gene> genes = new ArrayList<>();
        for (String key : search.keys()) {
            JsonNode r = search.raw(key);
            if (!r.isArray() || r.size() != 2) {
                throw new UserError(search.field(key) + ": " + r + " is not allowed; must be [lo, hi]");
            }
            try {
                genes.add(new PlasticityOptimizee.Gene(AgentParam.of(key),
                        ConfigTable.asDouble(r.get(0), search.field(key) + "[0]"),
                        ConfigTable.asDouble(r.get(1), search.field(key) + "[1]")));
            } catch (IllegalArgumentException e) {
                throw new UserError(search.field(key) + ": " + e.getMessage().replaceFirst("^[^:]*: ", ""));
            }
        }
        try {
            PlasticityOptimizee o = PlasticityOptimizee.of(base, genes, episodes, lastN, seeds);
            Map<String, Object> table = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = ee.entries(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                table.put(e.getKey(), ConfigTable.plainValue(e.getValue()));
            }
            return new PlasticityTable(o, table);
        } catch (IllegalArgumentException e) {
            throw new UserError(ee.field(e.getMessage()));
        }
    }

    /** Writes the agent of {@code genome} as a learn config ({@value #BEST_AGENT}) into {@code dir}, atomically. */
    public Path writeBestAgent(Path dir, double[] genome) throws IOException {
        AgentConfig c = optimizee.configOf(genome);
        StringBuilder sb = new StringBuilder("# the best genome of this plasticity run as a learn config: "
                + "hebb learn " + BEST_AGENT + "\nseed = 0\n\n[agent]\n");
        for (Map.Entry<String, Object> e : c.toMap().entrySet()) {
            sb.append(e.getKey()).append(" = ").append(toml(e.getValue())).append('\n');
        }
        Path f = dir.resolve(BEST_AGENT);
        byte[] b = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RunDirectory.writeAtomically(f, tmp -> Files.write(tmp, b));
        return f;
    }

    private static String toml(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof double[][] r) {
            StringBuilder sb = new StringBuilder("[");
            for (int d = 0; d < r.length; d++) {
                sb.append(d == 0 ? "" : ", ").append('[').append(toml(r[d][0])).append(", ").append(toml(r[d][1]))
                        .append(']');
            }
            return sb.append(']').toString();
        }
        if (v instanceof Double d) {
            String s = Double.toString(d);
            return s.contains("E") ? String.format(Locale.ROOT, "%.17g", d) : s;
        }
        return String.valueOf(v);
    }
}
