package org.hebb.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.run.RunIntegrity;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.ResponseMap;
import org.hebb.learn.task.Task;
import org.hebb.report.figures.EpisodeFigure;
import org.hebb.report.figures.FitnessFigure;
import org.hebb.report.figures.RasterFigure;
import org.hebb.report.figures.ResponseMapFigure;
import org.hebb.report.html.EpisodeAnimation;
import org.hebb.report.html.ReportPage;
import org.hebb.report.plot.ChartFiles;
import org.jfree.chart.JFreeChart;

/**
 * A run's figures and {@code report.html}, written into its directory from {@code run.json} and
 * {@code trajectory.h5} (made at the end of {@code hebb run} and by {@code hebb report RUN_DIR}).
 *
 * <p>Every run gets Fig. 12 (the fitness of every individual, best and mean per generation). A run of the
 * MountainCar optimizee also gets, for the best individual of the run (hall of fame entry 0): Figs. 13–15 (each
 * output neuron's spike count in one window over the 30 × 30 (position, velocity) bin centres), Fig. 16 (its fitness
 * episode step by step) and a raster of every spike of that same episode, plus its held-out test (100 full
 * Gymnasium episodes, {@code reset(seed=10000..10099)}). The best episode is the fitness episode the individual was
 * scored on: {@code reset(seed=s)} with s the first seed the run's seeding mode gives the generation where it first
 * appeared. The optimizee's settings come from {@code run.json} ({@link OptimizeeSettings}).
 *
 * <p>All input is read and checked before anything is written; each file is replaced atomically.
 *
 * {@snippet :
 * Path html = RunReport.write(Path.of("runs/mc"));   // runs/mc/report.html, fig12-fitness.png/.svg, ...
 * }
 */
public final class RunReport {

    /** The page's file name. */
    public static final String REPORT_HTML = "report.html";

    private RunReport() {
    }

    /**
     * What the report shows beside the trajectory, recorded by the caller through the task layer (the report runs no
     * simulation): the run's task, the best individual's fitness episode, its held-out test, and for L2L's MountainCar
     * network the response maps (else null).
     */
    public record Recorded(Task task, EpisodeRecord bestEpisode, HeldOut.Result heldOut, ResponseMap responseMap) {
    }

    /**
     * Writes all figures (PNG + SVG) and {@code report.html} into {@code runDir}; {@code recorded} may be null (only
     * the trajectory's figures are drawn).
     *
     * @return the path of {@code report.html}
     * @throws IllegalArgumentException if {@code runDir} is not a run directory with a readable trajectory
     */
    public static Path write(Path runDir, Recorded recorded) throws IOException {
        return write(runDir, read(runDir), recorded);
    }

    /**
     * Checks {@code runDir} and reads the trajectory its last checkpoint commits: a stopped, killed or failed run's
     * generations are rebuilt from its full segments and its generation log, whatever its index holds.
     *
     * @throws IllegalArgumentException (one line) if it is not a run directory, a file fails its check, or no
     *     generation is done yet
     */
    public static RunIntegrity.Recorded read(Path runDir) throws IOException {
        Path dir = runDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("run directory: " + runDir + " is not allowed; must be an existing"
                    + " directory written by hebb run");
        }
        if (!RunDirectory.isRun(dir)) {
            throw new IllegalArgumentException("run directory: " + runDir + " (no " + RunDirectory.RUN_JSON
                    + ") is not allowed; must be a directory written by hebb run");
        }
        try {
            return RunIntegrity.read(dir, new Hdf5TrajectoryWriter());
        } catch (com.fasterxml.jackson.core.JacksonException e) { // unparsable JSON
            throw new IllegalArgumentException(dir.resolve(RunDirectory.RUN_JSON) + ": unreadable JSON is not allowed; "
                    + "must be written by hebb run (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes the report of {@code run} (as {@link #read} gave it) into {@code runDir}; a run that has not finished
     * gets a partial report, marked as such at the top of the page.
     */
    public static Path write(Path runDir, RunIntegrity.Recorded run, Recorded recorded) throws IOException {
        Path dir = runDir.toAbsolutePath().normalize();
        ObjectNode runJson = RunDirectory.readRunJson(dir);
        Trajectory t = run.trajectory();
        ReportPage.MountainCar mc = null;
        ResponseMap map = null;
        // the report recognises a run by what run.json records: its [optimizee] table's name
        boolean mountainCar = "mountain-car".equals(runJson.path("config").path("user").path("optimizee").path("name").asText());
        if (mountainCar && recorded != null && recorded.responseMap() != null) {
            mc = new ReportPage.MountainCar(recorded.task(), recorded.heldOut(), recorded.bestEpisode());
            map = recorded.responseMap();
        }
        List<ReportPage.Figure> figures = new ArrayList<>();
        String fitnessTitle = "Fig. 12 – Evolution of the fitness values";
        FitnessFigure.Axis axis = fitnessAxis(t, recorded == null ? null : recorded.task());
        figures.add(figure(dir, "fig12-fitness", FitnessFigure.create(t, 0, fitnessTitle, axis),
                FitnessFigure.createForVector(t, 0, fitnessTitle, axis), 1100, 560, fitnessTitle,
                fitnessCaption(t, mc)));
        if (mc != null) {
            mountainCarFigures(dir, t, mc, map, figures);
        }
        EpisodeRecord animated = recorded == null ? null : recorded.bestEpisode();
        if (animated != null && (animated.steps() == 0 || !EpisodeAnimation.animates(animated.task().envId()))) {
            animated = null;
        }
        String html = ReportPage.render(dir.getFileName().toString(), runJson, t, mc, figures, animated);
        Path out = dir.resolve(REPORT_HTML);
        RunDirectory.writeAtomically(out, tmp -> Files.writeString(tmp, html, StandardCharsets.UTF_8));
        return out;
    }

    private static void mountainCarFigures(Path dir, Trajectory t, ReportPage.MountainCar mc, ResponseMap map,
            List<ReportPage.Figure> figures) throws IOException {
        Task c = mc.task();
        HallOfFame.Entry best = t.best();
        String who = String.format("best individual (generation %d, individual %d, fitness %s)",
                best.generation() + 1, best.index() + 1, fmt(best.fitness()[0])); // 1-based, as hebb run prints them
        String window = fmt(c.stepMs()) + " ms";
        String[] names = {"left", "none", "right"};
        String[] actions = {"push left", "no push", "push right"};
        int top = ResponseMapFigure.maxCount(map);
        for (int k = 0; k < 3; k++) {
            String title = String.format("Fig. %d – Activity of output neuron %d (%s)", 13 + k, k + 1, names[k]);
            figures.add(figure(dir, "fig" + (13 + k) + "-response-" + names[k],
                    ResponseMapFigure.create(map, k, top, title, who, c.stepMs()), 760, 600, title,
                    "Spikes of output neuron " + (k + 1) + " (" + actions[k] + ") in one " + window
                            + " window over the state space: for each of the 30 × 30 (position, velocity) bin centres "
                            + "a fresh network of the " + who + " is driven with that state for one window. The three "
                            + "maps share one colour scale (0 to " + top + " spikes); the dashed line is the goal."));
        }
        EpisodeRecord e = mc.bestEpisode();
        String episode = String.format("fitness episode of the %s from reset(seed=%d), %d steps", who, e.seed(),
                e.steps());
        figures.add(figure(dir, "fig16-episode", EpisodeFigure.create(e, c.stepMs(),
                "Fig. 16 – Simulation recording of the best network", episode), 1100, 940,
                "Fig. 16 – Simulation recording of the best network",
                "The " + episode + ": position and velocity before each step, and each output neuron's firing rate "
                        + "in that step's " + window + " window (spikes / window). The action of a step is the output "
                        + "with strictly the most spikes (a tie or silence: no push). Maximum position "
                        + fmt(e.result().score()) + (e.result().terminated() ? ", goal reached." : ".")));
        figures.add(figure(dir, "raster-best-episode", RasterFigure.create(e,
                "Spike raster of the best network's episode", "same episode as Fig. 16"), 1100, 820,
                "Spike raster of the best network's episode",
                "Every spike of the episode of Fig. 16 (" + e.spikeCount() + " spikes): velocity and position input "
                        + "neurons (one per bin; the active bin's neuron fires every 1.2 ms), hidden and output "
                        + "neurons. Time runs over the episode's " + e.steps() + " windows of " + window + "."));
    }

    /**
     * Fig. 12's y axis, named from the run's task: L2L's MountainCar fitness is the largest position (m) with the
     * goal at 0.5 m; a task scored by its return shows the registered reward threshold; others say "fitness".
     */
    static FitnessFigure.Axis fitnessAxis(Trajectory t, Task task) {
        if (task == null || t.weights().size() != 1) {
            return FitnessFigure.Axis.plain(t, 0);
        }
        if (task.score() == Task.Score.MAX_POSITION) {
            return new FitnessFigure.Axis("max position (m)", Task.GOAL_POSITION, "goal " + fmt(Task.GOAL_POSITION)
                    + " m");
        }
        java.util.OptionalDouble th = task.rewardThreshold();
        return new FitnessFigure.Axis("return (" + task.envId() + ")", th.orElse(Double.NaN),
                th.isPresent() ? "reward threshold " + fmt(th.getAsDouble()) : null);
    }

    private static String fitnessCaption(Trajectory t, ReportPage.MountainCar mc) {
        String what = mc == null ? "fitness (objective 0, weight " + fmt(t.weights().values()[0]) + ")"
                : "fitness (the largest position the car reaches in a fitness episode of at most "
                        + mc.task().episodeSteps() + " steps, in m; maximised; the dashed line is the goal)";
        return "The " + what + " of every individual: one dot each, the individuals of generation g spread across "
                + "[g − 0.4, g + 0.4] in index order" + (FitnessFigure.anyCarried(t)
                ? "; grey dots were carried over unevaluated" : "") + ". Red: the best of each "
                + "generation; orange: the mean of its finite fitness values.";
    }

    private static ReportPage.Figure figure(Path dir, String base, JFreeChart chart, int width, int height,
            String title, String caption) throws IOException {
        return figure(dir, base, chart, chart, width, height, title, caption);
    }

    /** A figure whose SVG is drawn from {@code vector} (e.g. a scatter as one bitmap), its PNG from {@code chart}. */
    private static ReportPage.Figure figure(Path dir, String base, JFreeChart chart, JFreeChart vector, int width,
            int height, String title, String caption) throws IOException {
        Path png = ChartFiles.write(chart, vector, dir, base, width, height);
        return new ReportPage.Figure(base, title, caption, Files.readAllBytes(png), base + ".svg");
    }

    private static String fmt(double x) {
        String s = String.format(Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
