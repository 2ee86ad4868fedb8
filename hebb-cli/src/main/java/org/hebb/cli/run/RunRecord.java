package org.hebb.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hebb.cli.UserError;
import org.hebb.cli.config.ConfigTable;
import org.hebb.l2l.eval.ThreadPoolEvaluator;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.run.RunIntegrity;
import org.hebb.l2l.task.HeldOutEngine;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.ResponseMap;
import org.hebb.learn.task.Task;
import org.hebb.report.RunReport;

/**
 * A run directory as the commands read it: {@code run.json} checked (a run, unedited, of the format this version
 * writes), the config it was started with, its task and best genome; and the records its report shows — the best
 * individual's fitness episode recorded through the task layer's observer hook, its held-out test run by l2l's
 * held-out engine, and for L2L's MountainCar network the response maps — made here, once, so the report only reads.
 */
public final class RunRecord {

    /** The run directory format this version writes and reads (2: the task layer's [optimizee] table). */
    public static final int FORMAT_VERSION = org.hebb.l2l.run.Run.FORMAT_VERSION;

    private RunRecord() {
    }

    /** Reads {@code dir/run.json}: one line if the directory is not a run, of another format, or its config was edited. */
    public static ObjectNode readRun(Path dir) {
        requireDirectory(dir);
        if (!RunDirectory.isRun(dir)) {
            throw new UserError("RUN_DIR: " + dir + " is not a hebb run (no " + RunDirectory.RUN_JSON
                    + "); must be a directory written by 'hebb run'");
        }
        ObjectNode runJson;
        try {
            runJson = RunDirectory.readRunJson(dir);
        } catch (IOException e) {
            throw new UserError(dir.resolve(RunDirectory.RUN_JSON) + ": not readable JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        int version = runJson.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new UserError(dir.resolve(RunDirectory.RUN_JSON) + ": format_version " + version + " is not allowed; "
                    + "must be " + FORMAT_VERSION + " (a run written by an earlier hebb: finish it with the hebb that "
                    + "started it, or start it anew with 'hebb run')");
        }
        return runJson;
    }

    /** Fails with one line unless {@code dir} is an existing directory. */
    static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("RUN_DIR: " + dir + " is not allowed; " + (Files.exists(dir) ? "it is not a directory"
                    : "no such directory") + " (must be a directory written by 'hebb run')");
        }
    }

    /** The {@link RunConfig} a run was started with, from its {@code run.json}'s {@code config.user}. */
    public static RunConfig recordedConfig(Path dir, ObjectNode runJson) {
        JsonNode user = runJson.path("config").path("user");
        if (!(user instanceof ObjectNode u) || !u.has("optimizer") || !u.has("optimizee")) {
            throw new UserError(dir.resolve(RunDirectory.RUN_JSON) + ": config.user has no [optimizer] and "
                    + "[optimizee] is not allowed; must be a run started by 'hebb run' (resume others from Java)");
        }
        return RunConfig.read(new ConfigTable(u.deepCopy(), ""));
    }

    /** The task of a run, from its recorded {@code [optimizee]} table. */
    public static Task recordedTask(Path dir, ObjectNode runJson) {
        Task task = recordedConfig(dir, runJson).task();
        if (task == null) {
            throw new UserError(dir + ": a plasticity run is not allowed here; it has no controller genome (its best"
                    + " plasticity is " + org.hebb.cli.learn.PlasticityTable.BEST_AGENT + ": 'hebb learn' it)");
        }
        return task;
    }

    /** Whether run.json records a task's {@code [optimizee]} table (not, say, a benchmark function run from Java). */
    public static boolean isTaskRun(JsonNode runJson) {
        return org.hebb.cli.config.TaskTable.isTask(runJson.path("config").path("user").path("optimizee").path("name")
                .asText());
    }

    /** The run's {@code best.genome}, checked against the task's genome length. */
    public static double[] bestGenome(Path dir, Task task) {
        Path file = dir.resolve(RunDirectory.BEST_GENOME);
        if (!Files.isRegularFile(file)) {
            throw new UserError("RUN_DIR: " + dir + " has no " + RunDirectory.BEST_GENOME
                    + " yet is not allowed; must have finished at least one generation");
        }
        double[] g;
        try {
            RunIntegrity.checkFile(dir, RunDirectory.BEST_GENOME);
            g = RunDirectory.readBestGenome(dir);
        } catch (NumberFormatException | IOException e) {
            throw new UserError(file + ": " + e.getMessage() + " is not allowed; must be one number per line");
        }
        if (g.length != task.genes()) {
            throw new UserError(file + ": " + g.length + " numbers is not allowed; must be " + task.genes() + " (for "
                    + task.describeShape() + ")");
        }
        return g;
    }

    /**
     * Records what the report shows and writes it ({@code hebb report}, and the end of {@code hebb run}): the best
     * individual of the trajectory, its fitness episode from its generation's first seed, the standard held-out
     * test on all cores, and for L2L's MountainCar network the response maps. A directory that is not a complete
     * run is left to the report, which says what is missing.
     */
    public static Path report(Path dir) throws IOException {
        return report(dir, RunReport.read(dir));
    }

    /** {@link #report(Path)} of a run already checked and read ({@link RunReport#read}). */
    public static Path report(Path dir, RunIntegrity.Recorded run) throws IOException {
        RunReport.Recorded recorded = null;
        ObjectNode runJson = readRun(dir);
        if (isTaskRun(runJson)) {
            Task task = recordedTask(dir, runJson);
            Trajectory t = run.trajectory();
            if (t.layout().size() == task.genes()) {
                HallOfFame.Entry best = t.best();
                long seed = task.seeding().seeds(best.generation())[0];
                EpisodeRecord episode = EpisodeRecord.fitness(task, best.genome(), seed);
                HeldOut.Result heldOut;
                try (ThreadPoolEvaluator e = ThreadPoolEvaluator.ofAllCores()) {
                    heldOut = HeldOutEngine.run(HeldOut.STANDARD, task.envId(), Episode.player(task), best.genome(), e);
                }
                ResponseMap map = "mountain-car".equals(task.preset()) ? ResponseMap.ofBinCentres(task, best.genome())
                        : null;
                recorded = new RunReport.Recorded(task, episode, heldOut, map);
            }
        }
        return RunReport.write(dir, run, recorded);
    }
}
