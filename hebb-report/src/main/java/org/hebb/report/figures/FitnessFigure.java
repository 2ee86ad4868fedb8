package org.hebb.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.List;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.GenerationStatistics;
import org.hebb.l2l.trajectory.Trajectory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The report's Fig. 12: the fitness of every individual of the run, one dot each, with the best and the mean fitness
 * of each generation as lines. Generations are numbered from 1, as {@code hebb run} prints them (the trajectory
 * stores the 0-based index). The individuals of generation g are spread over [g - 0.4, g + 0.4] in index order, so
 * the x axis also reads as the report's "individual number" axis. Failed evaluations (non-finite fitness) are left
 * out and counted in the subtitle; individuals carried over unevaluated from the previous generation are grey.
 * Dots are drawn by {@link XYDotRenderer} (one filled rectangle each), so 1000 generations of 32 render fast.
 */
public final class FitnessFigure {

    private FitnessFigure() {
    }

    /**
     * What the fitness is, for the y axis: its name with unit, and the value that solves the task (a dashed line),
     * or NaN for none.
     *
     * @param label     the axis label, e.g. {@code max position (m)} or {@code return}
     * @param goal      the goal or reward threshold, or NaN
     * @param goalLabel the goal line's label, e.g. {@code goal 0.5 m}
     */
    public record Axis(String label, double goal, String goalLabel) {
        /** A fitness without a name from the run: {@code fitness}, or {@code fitness (objective k)} of several. */
        public static Axis plain(Trajectory t, int objective) {
            return new Axis(t.weights().size() == 1 ? "fitness" : "fitness (objective " + objective + ")", Double.NaN,
                    null);
        }
    }

    /**
     * @param trajectory the run
     * @param objective  which fitness objective to plot (0 for a single-objective run)
     * @param title      the figure's title
     */
    public static JFreeChart create(Trajectory trajectory, int objective, String title) {
        return create(trajectory, objective, title, Axis.plain(trajectory, objective), false);
    }

    /** As {@link #create(Trajectory, int, String)} with the fitness named and its goal marked. */
    public static JFreeChart create(Trajectory trajectory, int objective, String title, Axis axis) {
        return create(trajectory, objective, title, axis, false);
    }

    /**
     * As {@link #create(Trajectory, int, String)}, for vector output: the dots as one bitmap of the data area
     * ({@link RasterDotRenderer}) and each line as one path, so the SVG of 32,000 individuals stays a few hundred kB;
     * lines, axes and text stay vectors.
     */
    public static JFreeChart createForVector(Trajectory trajectory, int objective, String title) {
        return create(trajectory, objective, title, Axis.plain(trajectory, objective), true);
    }

    /** As {@link #createForVector(Trajectory, int, String)} with the fitness named and its goal marked. */
    public static JFreeChart createForVector(Trajectory trajectory, int objective, String title, Axis axis) {
        return create(trajectory, objective, title, axis, true);
    }

    /** Whether any individual of the run was carried over unevaluated (the figure then has grey dots). */
    public static boolean anyCarried(Trajectory trajectory) {
        for (GenerationRecord r : trajectory.generations()) {
            for (int i = 0; i < r.size(); i++) {
                if (r.outcome(i) == Outcome.CARRIED) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JFreeChart create(Trajectory trajectory, int objective, String title, Axis axis,
            boolean rasterDots) {
        List<GenerationRecord> gens = trajectory.generations();
        int total = 0;
        for (GenerationRecord r : gens) {
            total += r.size();
        }
        double[][] evaluated = new double[2][total];
        double[][] carried = new double[2][total];
        int ne = 0, nc = 0, failed = 0;
        for (GenerationRecord r : gens) {
            for (int i = 0; i < r.size(); i++) {
                double f = r.fitness(i)[objective];
                if (!Double.isFinite(f)) {
                    failed++;
                    continue;
                }
                double x = r.generation() + 1 + (r.size() == 1 ? 0 : -0.4 + 0.8 * i / (r.size() - 1)); // 1-based
                if (r.outcome(i) == Outcome.CARRIED) {
                    carried[0][nc] = x;
                    carried[1][nc++] = f;
                } else {
                    evaluated[0][ne] = x;
                    evaluated[1][ne++] = f;
                }
            }
        }
        DefaultXYDataset dots = new DefaultXYDataset();
        dots.addSeries("individual (evaluated)", trim(evaluated, ne));
        if (nc > 0) { // no legend entry for what is not there
            dots.addSeries("individual (carried over)", trim(carried, nc));
        }
        XYDotRenderer dotRenderer = rasterDots ? new RasterDotRenderer() : new XYDotRenderer();
        int dot = total <= 3000 ? 5 : 2; // few individuals: visible dots; 32 000: small ones that do not merge
        dotRenderer.setDotWidth(dot);
        dotRenderer.setDotHeight(dot);
        dotRenderer.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 140));
        dotRenderer.setSeriesPaint(1, new Color(0x7f, 0x7f, 0x7f, 140));
        dotRenderer.setDefaultLegendShape(new Rectangle(-3, -3, 6, 6));

        List<GenerationStatistics> stats = trajectory.statistics();
        double[][] best = new double[2][stats.size()];
        double[][] mean = new double[2][stats.size()];
        for (int g = 0; g < stats.size(); g++) {
            best[0][g] = g + 1;
            best[1][g] = stats.get(g).bestFitness()[objective];
            mean[0][g] = g + 1;
            mean[1][g] = stats.get(g).mean()[objective];
        }
        DefaultXYDataset lines = new DefaultXYDataset();
        lines.addSeries("best of generation", best);
        lines.addSeries("mean of generation", mean);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, stats.size() <= 40);
        lineRenderer.setDrawSeriesLineAsPath(rasterDots); // vector: one path per line, not 1,000 <line> elements
        lineRenderer.setSeriesPaint(0, FigureStyle.RED);
        lineRenderer.setSeriesPaint(1, FigureStyle.ORANGE);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2.0f));
        lineRenderer.setSeriesStroke(1, new BasicStroke(1.5f));
        lineRenderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        lineRenderer.setSeriesShape(1, new Ellipse2D.Double(-2.5, -2.5, 5, 5));

        NumberAxis x = new NumberAxis("generation");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, Math.max(1.5, stats.size() + 0.5));
        NumberAxis y = new NumberAxis(axis.label());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = FigureStyle.style(new XYPlot(dots, x, y, dotRenderer));
        if (!Double.isNaN(axis.goal())) {
            ValueMarker goal = new ValueMarker(axis.goal(), FigureStyle.GREEN, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            goal.setLabel(axis.goalLabel());
            goal.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            goal.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(goal);
            double lo = axis.goal();
            double hi = axis.goal();
            for (double[] xy : new double[][] {evaluated[1], carried[1], best[1], mean[1]}) {
                for (int i = 0; i < xy.length; i++) {
                    if (Double.isFinite(xy[i]) && (xy != evaluated[1] || i < ne) && (xy != carried[1] || i < nc)) {
                        lo = Math.min(lo, xy[i]);
                        hi = Math.max(hi, xy[i]);
                    }
                }
            }
            double pad = 0.05 * Math.max(hi - lo, 1e-9);
            y.setRange(lo - pad, hi + pad); // the goal stays in view even far above every fitness
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        String subtitle = String.format("%d individuals in %d generations (%d evaluations)%s", total, gens.size(),
                trajectory.evaluations(), failed == 0 ? "" : "; " + failed + " failed evaluations not shown");
        return FigureStyle.chart(title, subtitle, plot, true);
    }

    private static double[][] trim(double[][] xy, int n) {
        return new double[][] {Arrays.copyOf(xy[0], n), Arrays.copyOf(xy[1], n)};
    }
}
