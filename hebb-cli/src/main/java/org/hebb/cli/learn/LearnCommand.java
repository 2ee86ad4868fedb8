package org.hebb.cli.learn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hebb.cli.ForceOption;
import org.hebb.cli.OutputDirectory;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TomlFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb learn CONFIG.toml [--out DIR [--force]] [--seed S]}: one agent learns its task, by reward-modulated plasticity
 * until the trailing-100 mean return reaches the task's threshold or {@code max_episodes}
 * (docs/plasticity-agents.md), or by gradient ({@code method = "dqn" | "ppo"}, an SNN or an ANN) until its budget
 * (docs/gradient.md). {@code hebb resume DIR} continues it after a kill; {@code hebb evaluate DIR} tests it frozen
 * (greedy) on the held-out seeds.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Trains one agent into a run directory, by reward-modulated plasticity or by gradient.",
            "Plasticity learns until the task is solved (trailing-100 mean >= threshold) or max_episodes;",
            "gradient ([agent] method = \"dqn\" | \"ppo\", network = \"snn\" | \"ann\") until its budget.",
            "Writes run.json, learning.csv, checkpoint.bin, weights.h5. Ctrl-C stops after the current unit's",
            "checkpoint; 'hebb resume DIR' continues."})
public final class LearnCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "a learn config (TOML with an [agent] table)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", description = "run directory (default: runs/<config name>-seed<S>)")
    Path out;

    @CommandLine.Mixin
    ForceOption force = new ForceOption();

    @Option(names = "--seed", paramLabel = "S", description = "learning seed (default: the config's seed, else 0)")
    Long seed;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else lines), bar, lines or none; default ${DEFAULT-VALUE}")
    String progress;

    /** Stops after this many training units (episodes, rollouts) without finishing (tests: an interrupted run). */
    int stopAfter;
    /** Whether {@link #stopAfter} stops as SIGTERM does (status "stopped") rather than as a kill (tests). */
    boolean stopAsAsked;

    @Override
    public Integer call() throws Exception {
        if (!java.util.List.of("auto", "bar", "lines", "none").contains(progress)) {
            throw new UserError("--progress: " + progress + " is not allowed; must be auto, bar, lines or none");
        }
        ConfigTable root = TomlFile.read(config);
        ObjectNode user = rawCopy(config);
        LearnConfig c = LearnConfig.read(root, user);
        long s = seed != null ? seed : c.seed();
        if (s < 0 || s > 1_000_000_000L) {
            throw new UserError((seed != null ? "--seed" : "seed") + ": " + s + " is not allowed; must be in [0, 1000000000]");
        }
        user.put("seed", s);
        c = c.withSeed(s, user);
        String name = config.getFileName().toString().replaceFirst("\\.toml$", "");
        Path dir = out != null ? out : Path.of("runs", name + "-seed" + s);
        if (LearnDirectory.isLearn(dir) && !force.force) {
            throw new UserError((out != null ? "--out" : "run directory") + ": " + dir + " already holds a learn run,"
                    + " which is not allowed; continue it with 'hebb resume " + dir + "', choose another --out, or add"
                    + " --force to replace it whole");
        }
        OutputDirectory.clear(dir, force.force); // a non-empty directory only with --force, and only if hebb wrote it
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileSystemException e) {
            throw new UserError("--out: " + dir + " is not writable (" + (e.getReason() != null ? e.getReason()
                    : e.getClass().getSimpleName()) + ")");
        }
        ObjectNode runJson = LearnDirectory.newRunJson(c, s);
        LearnDirectory.writeRunJson(dir, runJson);
        LearnSession session = new LearnSession(dir, runJson, null, c, progress, spec.commandLine().getOut());
        session.stopAfter = stopAfter;
        session.stopAsAsked = stopAsAsked;
        session.execute();
        return 0;
    }

    private static ObjectNode rawCopy(Path file) {
        try {
            // TOML floats arrive as BigDecimal ("1E+2" in JSON); a JSON round trip makes them the doubles run.json
            // reads back, so a resumed run writes the same run.json
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            Object toml = new com.fasterxml.jackson.dataformat.toml.TomlMapper().readTree(file.toFile());
            return (ObjectNode) json.readTree(json.writeValueAsBytes(toml));
        } catch (java.io.IOException e) {
            throw new UserError(file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** {@code hebb resume DIR} for a learn directory. */
    public static int resume(Path dir, String progress, java.io.PrintWriter out) throws Exception {
        return resume(dir, progress, out, 0);
    }

    static int resume(Path dir, String progress, java.io.PrintWriter out, int stopAfter) throws Exception {
        LearnIntegrity.Checked checked = LearnIntegrity.check(dir);
        ObjectNode runJson = checked.runJson();
        String status = runJson.path("status").asText();
        if (!"running".equals(status) && !"stopped".equals(status)) {
            out.println(dir + ": the run has finished; nothing to resume");
            out.flush();
            return 0;
        }
        LearnConfig c = LearnDirectory.recordedConfig(runJson);
        LearnSession session = new LearnSession(dir, runJson, checked.checkpoint(), c, progress, out);
        session.stopAfter = stopAfter;
        session.execute();
        return 0;
    }

    /** @return whether {@code dir} is a {@code hebb learn} directory (resume, evaluate, verify, report dispatch on it) */
    public static boolean isLearnDirectory(Path dir) {
        return Files.isDirectory(dir) && LearnDirectory.isLearn(dir);
    }

    /** {@code hebb verify DIR} for a learn directory: every problem, one line each (empty: it checks). */
    public static java.util.List<String> verify(Path dir) throws java.io.IOException {
        return LearnIntegrity.verify(dir);
    }
}
