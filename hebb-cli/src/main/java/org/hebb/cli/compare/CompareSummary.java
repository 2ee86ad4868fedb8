package org.hebb.cli.compare;

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
 * The files of a comparison: {@code compare.csv} (every curve point), {@code compare.md} (median and quartiles of
 * best fitness at the checkpoints; with the solve check, episodes to solve and held-out returns),
 * {@code solve.csv} (the solve check per run) and {@code compare.png}/{@code .svg}. Statistics over seeds: the
 * median and the quartiles by linear interpolation (numpy's default); a run that ended before a checkpoint keeps its
 * last best.
 */
public final class CompareSummary {

    private CompareSummary() {
    }

    /** The best so far of a run after {@code evaluations} evaluations, NaN before its first generation's end. */
    static double bestAt(CompareRun.Result r, int evaluations) {
        double best = Double.NaN;
        for (CompareRun.Point p : r.curve()) {
            if (p.evaluations() > evaluations) {
                break;
            }
            best = p.best();
        }
        if (!r.curve().isEmpty() && evaluations >= r.curve().get(r.curve().size() - 1).evaluations()) {
            best = r.curve().get(r.curve().size() - 1).best();
        }
        return best;
    }

    /** The q-quantile (0..1) of the values by linear interpolation; NaN if any is NaN. */
    public static double quantile(double[] values, double q) {
        double[] v = values.clone();
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
        }
        Arrays.sort(v);
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        if (lo == hi || v[lo] == v[hi]) {
            return v[lo];
        }
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }

    /**
     * The comparison's title: what was optimised and over how many seeds and evaluations, e.g. {@code CartPole-v1:
     * 3 optimizers, 5 seeds, 1500 evaluations each} (the compare plot's and compare.md's heading).
     */
    static String title(CompareConfig c) {
        String task = c.optimizee() instanceof org.hebb.l2l.task.TaskOptimizee t ? t.task().envId()
                : c.optimizee().getClass().getSimpleName();
        return String.format(java.util.Locale.ROOT, "%s: %d optimizer%s, %d seed%s, %d evaluations each", task,
                c.optimizers().size(), c.optimizers().size() == 1 ? "" : "s", c.seeds().length,
                c.seeds().length == 1 ? "" : "s", c.budget());
    }

    static void write(Path dir, String title, CompareConfig config, List<List<CompareRun.Result>> byOptimizer)
            throws IOException {
        StringBuilder csv = new StringBuilder("optimizer,seed,evaluations,best\n");
        for (List<CompareRun.Result> runs : byOptimizer) {
            for (CompareRun.Result r : runs) {
                for (CompareRun.Point p : r.curve()) {
                    csv.append(r.label()).append(',').append(Long.toUnsignedString(r.seed())).append(',')
                            .append(p.evaluations()).append(',')
                            .append(p.best()).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("compare.csv"), csv.toString());
        Files.writeString(dir.resolve("compare.md"), markdown(title, config, byOptimizer));
        if (config.solveCheck()) {
            StringBuilder s = new StringBuilder("optimizer,seed,training_episodes,solved_at_episodes,"
                    + "solved_at_evaluations,held_out_tests,held_out_mean_return\n");
            for (List<CompareRun.Result> runs : byOptimizer) {
                for (CompareRun.Result r : runs) {
                    s.append(r.label()).append(',').append(Long.toUnsignedString(r.seed())).append(',')
                            .append(r.trainingEpisodes()).append(',')
                            .append(r.solvedAtEpisodes()).append(',').append(r.solvedAtEvaluations()).append(',')
                            .append(r.heldOutTests()).append(',').append(r.finalHeldOut()).append('\n');
                }
            }
            Files.writeString(dir.resolve("solve.csv"), s.toString());
        }
        ChartFiles.write(ComparisonFigure.create(title, "evaluations", "best fitness so far (median, quartile band)",
                lines(config.budget(), byOptimizer)), dir, "compare", 900, 560);
    }

    static List<ComparisonFigure.Line> lines(int budget, List<List<CompareRun.Result>> byOptimizer) {
        int points = Math.min(budget, 200);
        List<ComparisonFigure.Line> lines = new ArrayList<>();
        for (List<CompareRun.Result> runs : byOptimizer) {
            double[] x = new double[points];
            double[] med = new double[points];
            double[] lo = new double[points];
            double[] hi = new double[points];
            for (int i = 0; i < points; i++) {
                int e = (int) Math.round((double) budget * (i + 1) / points);
                double[] v = runs.stream().mapToDouble(r -> bestAt(r, e)).toArray();
                x[i] = e;
                med[i] = quantile(v, 0.5);
                lo[i] = quantile(v, 0.25);
                hi[i] = quantile(v, 0.75);
            }
            lines.add(new ComparisonFigure.Line(runs.get(0).label(), x, med, lo, hi));
        }
        return lines;
    }

    static String markdown(String title, CompareConfig config, List<List<CompareRun.Result>> byOptimizer) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        md.append("Best fitness so far after the given number of evaluations: median [lower quartile, upper quartile] over ")
                .append(config.seeds().length).append(" run seeds ").append(Arrays.toString(config.seeds()))
                .append("; budget ").append(config.budget()).append(" evaluations per run.\n\n| evaluations |");
        for (List<CompareRun.Result> runs : byOptimizer) {
            md.append(' ').append(runs.get(0).label()).append(" |");
        }
        md.append("\n|---:|").append("---|".repeat(byOptimizer.size())).append('\n');
        for (int c : config.checkpoints()) {
            md.append("| ").append(c).append(" |");
            for (List<CompareRun.Result> runs : byOptimizer) {
                double[] v = runs.stream().mapToDouble(r -> bestAt(r, c)).toArray();
                md.append(' ').append(num(quantile(v, 0.5))).append(" [").append(num(quantile(v, 0.25))).append(", ")
                        .append(num(quantile(v, 0.75))).append("] |");
            }
            md.append('\n');
        }
        if (config.solveCheck()) {
            md.append("\nSolve check: after every generation, the generation's best controller is put to the held-out test "
                    + "(100 full episodes, reset(seed=10000..10099), registered time limits) when its training fitness "
                    + "reaches the task's threshold; held-out episodes are not training episodes. Training episodes "
                    + "to solve: median over all seeds, an unsolved run counting as infinite (\"—\" when fewer than "
                    + "half solved); held-out mean return: of the solving controller, or of the last generation's best "
                    + "for unsolved runs.\n\n"
                    + "| optimizer | solved | training episodes to solve: median [min, max of solved] | held-out mean "
                    + "return: median [min, max] | held-out tests | training episodes run |\n|---|---:|---|---|---:|---:|\n");
            for (List<CompareRun.Result> runs : byOptimizer) {
                double[] ep = runs.stream().mapToDouble(r -> r.solvedAtEpisodes() < 0 ? Double.POSITIVE_INFINITY
                        : r.solvedAtEpisodes()).toArray();
                double[] solved = Arrays.stream(ep).filter(Double::isFinite).toArray();
                double[] ho = runs.stream().mapToDouble(CompareRun.Result::finalHeldOut).toArray();
                double medEp = quantile(ep, 0.5);
                md.append("| ").append(runs.get(0).label()).append(" | ").append(solved.length).append('/')
                        .append(runs.size()).append(" | ")
                        .append(Double.isFinite(medEp) ? num(medEp) : "—")
                        .append(solved.length == 0 ? "" : " [" + num(Arrays.stream(solved).min().getAsDouble()) + ", "
                                + num(Arrays.stream(solved).max().getAsDouble()) + "]")
                        .append(" | ").append(num(quantile(ho, 0.5))).append(" [")
                        .append(num(Arrays.stream(ho).min().orElse(Double.NaN))).append(", ")
                        .append(num(Arrays.stream(ho).max().orElse(Double.NaN))).append("] | ")
                        .append(runs.stream().mapToInt(CompareRun.Result::heldOutTests).sum()).append(" | ")
                        .append(runs.stream().mapToLong(CompareRun.Result::trainingEpisodes).sum()).append(" |\n");
            }
        }
        return md.toString();
    }

    /** A number for a table: integers without a point, others to 4 significant digits, NaN as n/a. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
