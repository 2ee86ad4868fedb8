package org.hebb.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The learning curve of a {@code hebb learn} run: the return of every training episode (the sum of the task's
 * rewards in it), the trailing-100 mean (the mean of the last 100 returns, defined from episode 100 on, as
 * learning.csv records it) and the task's registered reward threshold as a dashed line (the trailing mean reaching it
 * is "solved", Gymnasium's criterion).
 */
public final class LearningCurveFigure {

    private LearningCurveFigure() {
    }

    /**
     * @param episodes  episode numbers (from 1)
     * @param returns   the return of each episode
     * @param trailing  the trailing-100 mean at each episode, NaN where it is not defined (before episode 100)
     * @param threshold the task's reward threshold, if it registers one
     * @param title     the figure's title
     * @param subtitle  a line under it (the agent, the task, the status), or null
     */
    public static JFreeChart create(int[] episodes, double[] returns, double[] trailing, OptionalDouble threshold,
            String title, String subtitle) {
        int n = episodes.length;
        double[][] ret = new double[2][n];
        int defined = 0;
        for (int k = 0; k < n; k++) {
            ret[0][k] = episodes[k];
            ret[1][k] = returns[k];
            if (!Double.isNaN(trailing[k])) {
                defined++;
            }
        }
        double[][] mean = new double[2][defined];
        for (int k = 0, j = 0; k < n; k++) {
            if (!Double.isNaN(trailing[k])) {
                mean[0][j] = episodes[k];
                mean[1][j++] = trailing[k];
            }
        }
        DefaultXYDataset data = new DefaultXYDataset();
        data.addSeries("return of the episode", ret);
        data.addSeries("trailing-100 mean" + (defined == 0 ? " (from episode 100; none yet)" : ""), mean);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, n <= 60);
        r.setDrawSeriesLineAsPath(true); // one SVG path per series, not one element per episode
        r.setSeriesPaint(0, new Color(0x1f, 0x77, 0xb4, 150));
        r.setSeriesStroke(0, new BasicStroke(1.0f));
        r.setSeriesPaint(1, FigureStyle.RED);
        r.setSeriesStroke(1, new BasicStroke(2.2f));
        r.setSeriesShapesVisible(1, false);

        NumberAxis x = new NumberAxis("episode (training episodes, from 1)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, Math.max(1.5, n + 0.5));
        NumberAxis y = new NumberAxis("return (sum of rewards per episode)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = FigureStyle.style(new XYPlot(data, x, y, r));
        if (threshold.isPresent()) {
            ValueMarker m = new ValueMarker(threshold.getAsDouble(), FigureStyle.GREEN, new BasicStroke(1.6f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            m.setLabel("solved threshold " + format(threshold.getAsDouble()));
            m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
            m.setLabelPaint(FigureStyle.GREEN);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m);
            // keep the line in view when every return is far below it
            double lo = Math.min(threshold.getAsDouble(), min(returns));
            double hi = Math.max(threshold.getAsDouble(), max(returns));
            double pad = Math.max(1, (hi - lo) * 0.05);
            y.setRange(lo - pad, hi + pad);
        }
        return FigureStyle.chart(title, subtitle, plot, true);
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return a.length == 0 ? 0 : m;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return a.length == 0 ? 0 : m;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
