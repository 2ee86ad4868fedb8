package org.hebb.cli.episode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hebb.cli.UserError;
import org.hebb.cli.config.SeedDomain;
import org.hebb.cli.config.ConfigTable;
import org.hebb.cli.config.TaskTable;
import org.hebb.cli.config.TomlFile;
import org.hebb.cli.run.RunRecord;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.Task;
import org.hebb.report.html.EpisodeAnimation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hebb episode CONFIG.toml --genome FILE --seed S [--resolution MS]} or {@code hebb episode RUN_DIR --seed S}:
 * one fitness episode of a task's controller from {@code reset(seed=S)} — a genome file with any config that
 * {@code hebb run} or {@code hebb compare} accepts (its {@code [optimizee]} table), or a run's best individual —
 * printed as a CSV with one row per env step ({@link EpisodeRecord#csvHeader()}).
 */
@Command(name = "episode", mixinStandardHelpOptions = true,
        description = {"Runs one fitness episode of a spiking controller and prints it as CSV, one row per step.",
            "Columns for MountainCar (L2L's network): step,position,velocity,count_left,count_none,count_right,action;",
            "other tasks: step,obs0..,count_<group>..,action. CONFIG.toml with --genome, or a RUN_DIR (its best).",
            "--html FILE also writes the episode as an animated page."})
public final class EpisodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.toml|RUN_DIR",
            description = "a config with an [optimizee] table, or a directory written by 'hebb run'")
    Path config;

    @Option(names = "--genome", paramLabel = "FILE", description = "the weights, one number per line (with a config)")
    Path genome;

    @Option(names = "--seed", required = true, paramLabel = "S",
            description = "Gymnasium's reset(seed=S), an integer in [0, 2^63-1] (a task's seeds)")
    java.math.BigInteger seedArg;
    private long seed;

    @Option(names = "--resolution", paramLabel = "MS", description = "simulation resolution, ms (default: the config's)")
    Double resolution;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the episode as a self-contained animated "
            + "HTML page (the task as Gymnasium draws it, input bins, spikes, action; play/pause and a step slider)")
    Path html;

    @Override
    public Integer call() {
        seed = SeedDomain.TASK_ENV.toLong(SeedDomain.TASK_ENV.check("--seed", seedArg));
        Task task;
        double[] g;
        if (Files.isDirectory(config)) {
            if (genome != null) {
                throw new UserError("--genome: not allowed with a RUN_DIR; the run's " + RunDirectory.BEST_GENOME
                        + " is replayed (give a CONFIG.toml to replay another genome)");
            }
            ObjectNode runJson = RunRecord.readRun(config);
            task = RunRecord.recordedTask(config, runJson);
            task = withResolution(task);
            g = RunRecord.bestGenome(config, task);
        } else {
            if (genome == null) {
                throw new UserError("--genome: missing; a CONFIG.toml needs the genome to replay (or give a RUN_DIR)");
            }
            ConfigTable root = TomlFile.read(config);
            if (!root.has("optimizee")) {
                throw new UserError(config + ": missing [optimizee] table (an empty one gives L2L's defaults)");
            }
            task = withResolution(TaskTable.read(root.getTable("optimizee")));
            g = GenomeFile.read(genome, task.genes(), task.describeShape());
        }
        EpisodeRecord rec = EpisodeRecord.fitness(task, g, seed);
        if (html != null) {
            writeHtml(rec);
        }
        PrintWriter out = spec.commandLine().getOut();
        rec.writeCsv(out);
        out.flush();
        return 0;
    }

    /** Writes the animation page atomically (staging file, then a rename). */
    private void writeHtml(EpisodeRecord rec) {
        String page;
        try {
            page = EpisodeAnimation.page(rec, rec.task().envId() + " \u2013 episode from reset(seed=" + seed + "), "
                    + rec.steps() + " steps, " + rec.task().describeShape());
        } catch (IllegalArgumentException e) {
            throw new UserError("--html: " + e.getMessage());
        }
        try {
            Files.createDirectories(html.toAbsolutePath().getParent());
            RunDirectory.writeAtomically(html, tmp -> Files.writeString(tmp, page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Task withResolution(Task task) {
        if (resolution == null) {
            return task;
        }
        try {
            return task.toBuilder().resolutionMs(resolution).build();
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
    }
}
