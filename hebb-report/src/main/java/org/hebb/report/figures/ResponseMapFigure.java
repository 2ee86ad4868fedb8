package org.hebb.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import org.hebb.learn.task.Task;
import org.hebb.learn.task.ResponseMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The report's Figs. 13–15: for one output neuron, its spike count in one env-step window (20 ms) over the
 * (position, velocity) grid of a {@link ResponseMap}, as a heat map (position on x, velocity on y, warmer = more
 * spikes). The three figures share one colour scale so they can be compared; the goal position is marked.
 */
public final class ResponseMapFigure {

    private ResponseMapFigure() {
    }

    /** The largest count of any output neuron anywhere on the map (the shared colour scale's top, at least 1). */
    public static int maxCount(ResponseMap map) {
        int max = 1;
        for (int[][] k : map.counts()) {
            for (int[] row : k) {
                for (int c : row) {
                    max = Math.max(max, c);
                }
            }
        }
        return max;
    }

    /**
     * @param map      the response map of the network
     * @param output   0 left, 1 none, 2 right
     * @param maxCount the colour scale's top ({@link #maxCount})
     * @param title    the figure's title
     * @param subtitle a line under it (which individual), or null
     * @param stepMs   the window length, ms
     */
    public static JFreeChart create(ResponseMap map, int output, int maxCount, String title, String subtitle,
            double stepMs) {
        double[] p = map.xs();
        double[] v = map.ys();
        int n = p.length * v.length;
        double[][] xyz = new double[3][n];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < v.length; j++) {
                xyz[0][k] = p[i];
                xyz[1][k] = v[j];
                xyz[2][k++] = map.counts()[output][i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(FigureStyle.OUTPUT_NAMES[output], xyz);
        HeatScale scale = new HeatScale(0, maxCount);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        r.setBlockWidth(spacing(p, POSITION));
        r.setBlockHeight(spacing(v, VELOCITY));
        r.setBlockAnchor(RectangleAnchor.CENTER);
        NumberAxis x = new NumberAxis("position (m)");
        x.setRange(POSITION[0], POSITION[1]);
        NumberAxis y = new NumberAxis("velocity (m/step)");
        y.setRange(VELOCITY[0], VELOCITY[1]);
        XYPlot plot = FigureStyle.style(new XYPlot(data, x, y, r));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        ValueMarker goal = new ValueMarker(Task.GOAL_POSITION, new Color(0x2ca02c),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
        goal.setLabel("goal");
        goal.setLabelPaint(Color.WHITE);
        goal.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        goal.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(goal);
        JFreeChart chart = FigureStyle.chart(title, subtitle, plot, false);
        NumberAxis counts = new NumberAxis(String.format("spikes per %s ms", trim(stepMs)));
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setRange(0, maxCount);
        PaintScaleLegend legend = new PaintScaleLegend(scale, counts);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(30, 10, 40, 10));
        legend.setStripWidth(14);
        legend.setSubdivisionCount(Math.max(64, maxCount));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** MountainCar-v0's observation box: the maps' axes. */
    private static final double[] POSITION = {-1.2, 0.6};
    private static final double[] VELOCITY = {-0.07, 0.07};

    private static double spacing(double[] grid, double[] range) {
        return grid.length > 1 ? Math.abs(grid[1] - grid[0]) : (range[1] - range[0]) / 30;
    }

    static String trim(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : Double.toString(ms);
    }
}
