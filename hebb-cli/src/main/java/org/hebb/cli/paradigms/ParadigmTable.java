package org.hebb.cli.paradigms;

import static org.hebb.cli.compare.CompareSummary.num;
import static org.hebb.cli.compare.CompareSummary.quantile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hebb.report.plot.ChartFiles;
import org.hebb.report.plot.ComparisonFigure;

/**
 * The files of a paradigm comparison: {@code table.csv} and {@code table.md} (one row per contender), {@code runs.csv}
 * (one line per run), {@code heldout.csv} (every checkpoint test), {@code curves.csv} (every run's curve),
 * {@code curves.png}/{@code .svg} (median and quartile band per row) and {@code report.html}. Statistics over runs:
 * median and quartiles by linear interpolation (hebb compare's); episodes to solve count an unsolved run as infinite.
 * Everything but the {@code wall_s} column is a function of the command line only.
 */
final class ParadigmTable {

    /** table.csv's columns, in order. */
    static final List<String> COLUMNS = List.of("network", "method", "algorithm", "solved_runs", "runs",
            "median_episodes_to_solve", "heldout_mean_return", "wall_s", "spikes_per_decision", "macs_per_decision");

    private ParadigmTable() {
    }

    /** One table row from a contender's runs. */
    record Row(Contender contender, int solved, int runs, double medianEpisodesToSolve, double heldOut, double wall,
            double spikes, long macs) {

        static Row of(List<ParadigmRun> runs) {
            double[] ep = runs.stream().mapToDouble(r -> r.solvedAt() < 0 ? Double.POSITIVE_INFINITY : r.solvedAt())
                    .toArray();
            return new Row(runs.get(0).contender(), (int) Arrays.stream(ep).filter(Double::isFinite).count(),
                    runs.size(), quantile(ep, 0.5), quantile(values(runs, ParadigmRun::finalHeldOut), 0.5),
                    quantile(values(runs, ParadigmRun::wallSeconds), 0.5),
                    quantile(values(runs, ParadigmRun::spikesPerDecision), 0.5), runs.get(0).macsPerDecision());
        }

        List<String> cells(boolean markdown) {
            Contender c = contender;
            return List.of(c.network(), c.method(), c.algorithm(), String.valueOf(solved), String.valueOf(runs),
                    Double.isFinite(medianEpisodesToSolve) ? fixed(medianEpisodesToSolve, 1) : markdown ? "—" : "inf",
                    fixed(heldOut, 2), fixed(wall, 1), fixed(spikes, 1), String.valueOf(macs));
        }
    }

    private static double[] values(List<ParadigmRun> runs, java.util.function.ToDoubleFunction<ParadigmRun> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    static String fixed(double v, int digits) {
        return Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    static void write(Path dir, String title, String command, ParadigmTask task, int budget,
            List<List<ParadigmRun>> byContender) throws IOException {
        List<Row> rows = byContender.stream().map(Row::of).toList();
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Row r : rows) {
            csv.append(String.join(",", r.cells(false))).append('\n');
        }
        Files.writeString(dir.resolve("table.csv"), csv.toString());
        String md = markdown(title, command, task, budget, rows);
        Files.writeString(dir.resolve("table.md"), md);
        StringBuilder runs = new StringBuilder("network,method,algorithm,seed,solved_at_episode,final_heldout_mean_return,"
                + "spikes_per_decision,macs_per_decision\n");
        StringBuilder held = new StringBuilder("network,method,algorithm,seed,checkpoint,episodes,heldout_mean_return\n");
        StringBuilder curves = new StringBuilder("network,method,algorithm,seed,episode,value\n");
        for (List<ParadigmRun> list : byContender) {
            for (ParadigmRun r : list) {
                String key = key(r.contender()) + "," + r.seed() + ",";
                runs.append(key).append(r.solvedAt()).append(',').append(r.finalHeldOut()).append(',')
                        .append(r.spikesPerDecision()).append(',').append(r.macsPerDecision()).append('\n');
                for (int k = 0; k < r.testedAt().length; k++) {
                    held.append(key).append(k + 1).append(',').append(r.testedAt()[k]).append(',')
                            .append(r.heldOut()[k]).append('\n');
                }
                for (int e = 0; e < r.curve().length; e++) {
                    curves.append(key).append(e + 1).append(',').append(r.curve()[e]).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs.toString());
        Files.writeString(dir.resolve("heldout.csv"), held.toString());
        Files.writeString(dir.resolve("curves.csv"), curves.toString());
        ChartFiles.write(ComparisonFigure.create(title, "training episodes",
                "training return; evolution: best fitness so far (median, quartile band)", lines(budget, byContender)),
                dir, "curves", 900, 560);
        Files.writeString(dir.resolve("report.html"), ParadigmPage.html(title, command, md, rows));
    }

    private static String key(Contender c) {
        return c.network() + "," + c.method() + "," + c.algorithm();
    }

    /** Per row, at most 100 points: each run's mean curve value over a bin of episodes, then median and quartiles. */
    static List<ComparisonFigure.Line> lines(int budget, List<List<ParadigmRun>> byContender) {
        int points = Math.min(budget, 100);
        List<ComparisonFigure.Line> lines = new ArrayList<>();
        for (List<ParadigmRun> runs : byContender) {
            double[] x = new double[points];
            double[] med = new double[points];
            double[] lo = new double[points];
            double[] hi = new double[points];
            for (int i = 0; i < points; i++) {
                int from = (int) ((long) budget * i / points);
                int to = (int) ((long) budget * (i + 1) / points);
                double[] v = runs.stream().mapToDouble(r -> binMean(r.curve(), from, to)).toArray();
                x[i] = to;
                med[i] = quantile(v, 0.5);
                lo[i] = quantile(v, 0.25);
                hi[i] = quantile(v, 0.75);
            }
            lines.add(new ComparisonFigure.Line(runs.get(0).contender().label(), x, med, lo, hi));
        }
        return lines;
    }

    /** The mean of the finite values of {@code curve[from, to)}, NaN when there is none. */
    static double binMean(double[] curve, int from, int to) {
        double s = 0;
        int n = 0;
        for (int e = from; e < to; e++) {
            if (Double.isFinite(curve[e])) {
                s += curve[e];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    static String markdown(String title, String command, ParadigmTask task, int budget, List<Row> rows) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n`" + command + "`\n\n");
        md.append("Budget ").append(budget).append(" training episodes per run; held-out test (100 episodes, "
                + "reset(seed=10000..10099)) at episodes ").append(Arrays.toString(ParadigmRun.checkpoints(budget)))
                .append(" only; solved when its mean return reaches ").append(num(task.target()))
                .append(". median_episodes_to_solve: median over runs of the episodes spent at the first passing test "
                        + "(an unsolved run counts as infinite: — when fewer than half solved); heldout_mean_return: "
                        + "median over runs of the final agent's test; wall_s: median wall time of one run (not "
                        + "deterministic); spikes_per_decision: median over runs, in the final test; "
                        + "macs_per_decision: dense multiply-accumulates of one decision (docs/compare-paradigms.md)."
                        + "\n\n| ").append(String.join(" | ", COLUMNS)).append(" |\n|")
                .append("---|".repeat(3)).append("---:|".repeat(COLUMNS.size() - 3)).append('\n');
        for (Row r : rows) {
            md.append("| ").append(String.join(" | ", r.cells(true))).append(" |\n");
        }
        return md.toString();
    }
}
