package org.hebb.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.report.figures.LearningCurveFigure;
import org.hebb.report.html.LearnPage;
import org.hebb.report.plot.ChartFiles;

/**
 * The report of a {@code hebb learn} directory, written into it by {@code hebb report DIR}: the learning curve
 * ({@value #CURVE}{@code .png} and {@code .svg}) and a small self-contained {@code report.html} with the config, the
 * curve and the recorded held-out test ({@code evaluation.json}, if {@code hebb evaluate} ran). It only reads records
 * the caller has checked: learning.csv's rows (as the checkpoint commits them) and the evaluation; a run that has not
 * finished gets a partial report, marked as such.
 */
public final class LearnReport {

    /** The learning curve's file name, without extension. */
    public static final String CURVE = "learning-curve";

    private LearnReport() {
    }

    /**
     * What the report shows, all read and checked by the caller.
     *
     * @param runName           the directory's name
     * @param runJson           run.json (config, seed, status, agent)
     * @param csv               learning.csv's text: a header naming {@code episode}, {@code return} and
     *                          {@code trailing100_mean}, then a row per episode
     * @param envId             the task's Gymnasium id
     * @param agent             the agent in a few words (e.g. "plasticity agent (mstdpet)", "snn ppo")
     * @param threshold         the task's registered reward threshold, if any
     * @param evaluation        evaluation.json, or null if {@code hebb evaluate} never ran
     * @param evaluationCurrent whether the evaluation tested the current checkpoint
     */
    public record Input(String runName, JsonNode runJson, String csv, String envId, String agent,
            OptionalDouble threshold, JsonNode evaluation, boolean evaluationCurrent) {

        /** Whether the run has not finished (stopped or killed): the report is partial. */
        public boolean partial() {
            String s = runJson.path("status").asText();
            return "running".equals(s) || "stopped".equals(s);
        }
    }

    /** The curve's columns. */
    public record Curve(int[] episodes, double[] returns, double[] trailing) {
    }

    /** Writes the learning curve (PNG + SVG) and report.html into {@code dir}; returns report.html's path. */
    public static Path write(Path dir, Input in) throws IOException {
        Curve c = curve(in.csv());
        String title = "Learning curve: " + in.agent() + " on " + in.envId();
        JsonNode solved = in.runJson().path("solved_at_episode");
        String subtitle = String.format(java.util.Locale.ROOT, "seed %d · %d episodes · status %s%s%s",
                in.runJson().path("seed").asLong(), c.episodes().length, in.runJson().path("status").asText("?"),
                solved.isInt() ? " (trailing-100 mean reached the threshold at episode " + solved.asInt() + ")" : "",
                in.partial() ? " (partial: the run has not finished)" : "");
        Path png = ChartFiles.write(LearningCurveFigure.create(c.episodes(), c.returns(), c.trailing(),
                in.threshold(), title, subtitle), dir, CURVE, 1100, 560);
        String html = LearnPage.render(in, c, Files.readAllBytes(png), CURVE + ".svg");
        Path out = dir.resolve(RunReport.REPORT_HTML);
        RunDirectory.writeAtomically(out, tmp -> Files.writeString(tmp, html, StandardCharsets.UTF_8));
        return out;
    }

    /** Parses learning.csv's text; fails with one line if a column is missing or a row is not numbers. */
    public static Curve curve(String csv) {
        List<String> lines = csv.lines().toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("learning.csv: empty is not allowed; must have a header");
        }
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int ep = column(header, "episode");
        int ret = column(header, "return");
        int tm = column(header, "trailing100_mean");
        int n = lines.size() - 1;
        Curve c = new Curve(new int[n], new double[n], new double[n]);
        for (int k = 0; k < n; k++) {
            String[] f = lines.get(k + 1).split(",", -1);
            try {
                c.episodes()[k] = Integer.parseInt(f[ep]);
                c.returns()[k] = Double.parseDouble(f[ret]);
                c.trailing()[k] = f[tm].isEmpty() ? Double.NaN : Double.parseDouble(f[tm]);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("learning.csv: line " + (k + 2) + " is not allowed; must be "
                        + header.size() + " comma-separated numbers");
            }
        }
        return c;
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("learning.csv: header " + header + " is not allowed; must name "
                    + name);
        }
        return i;
    }
}
