package org.hebb.report.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import org.hebb.learn.task.EpisodeRecord;
import org.hebb.learn.task.Task;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The report's Fig. 16: one episode of a controller, step by step: the car's position and velocity (before each
 * step) and the firing rate of each output neuron in that step's window (spikes / window length, Hz), five panels
 * on one step axis. The goal position and zero velocity are marked.
 */
public final class EpisodeFigure {

    private EpisodeFigure() {
    }

    /**
     * @param trace    the episode
     * @param stepMs   the window of one env step, ms
     * @param title    the figure's title
     * @param subtitle a line under it, or null
     */
    public static JFreeChart create(EpisodeRecord trace, double stepMs, String title, String subtitle) {
        int n = trace.steps();
        double[] step = new double[n];
        double[] position = new double[n];
        double[] velocity = new double[n];
        double[][] rate = new double[3][n];
        for (int i = 0; i < n; i++) {
            step[i] = i + 1;
            position[i] = trace.input(i, 0);
            velocity[i] = trace.input(i, 1);
            for (int k = 0; k < 3; k++) {
                rate[k][i] = trace.count(i, k) * 1000.0 / stepMs;
            }
        }
        NumberAxis x = new NumberAxis("env step (" + ResponseMapFigure.trim(stepMs) + " ms each)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.5, Math.max(1.5, n + 0.5));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(8);
        XYPlot p = panel("position", step, position, FigureStyle.PURPLE, new XYLineAndShapeRenderer(true, false));
        ((NumberAxis) p.getRangeAxis()).setRange(trace.task().low()[0], trace.task().high()[0]);
        p.addRangeMarker(dashed(Task.GOAL_POSITION, FigureStyle.GREEN, "goal"));
        combined.add(p, 3);
        XYPlot v = panel("velocity", step, velocity, FigureStyle.ORANGE, new XYLineAndShapeRenderer(true, false));
        ((NumberAxis) v.getRangeAxis()).setRange(trace.task().low()[1], trace.task().high()[1]);
        v.addRangeMarker(dashed(0, FigureStyle.GREY, null));
        combined.add(v, 3);
        double top = 0;
        for (double[] r : rate) {
            for (double hz : r) {
                top = Math.max(top, hz);
            }
        }
        for (int k = 0; k < 3; k++) {
            XYPlot r = panel(FigureStyle.OUTPUT_NAMES[k].replace(" (", "\n("), step, rate[k], FigureStyle.OUTPUTS[k],
                    centredSteps());
            NumberAxis axis = (NumberAxis) r.getRangeAxis();
            axis.setLabel(new String[] {"left", "none", "right"}[k] + " (Hz)");
            axis.setRange(0, Math.max(50, top * 1.05));
            combined.add(r, 2);
        }
        return FigureStyle.chart(title, subtitle, combined, false);
    }

    /** Each step's rate drawn flat across [step - 0.5, step + 0.5]. */
    private static XYStepRenderer centredSteps() {
        XYStepRenderer r = new XYStepRenderer();
        r.setStepPoint(0.5);
        return r;
    }

    private static XYPlot panel(String name, double[] x, double[] y, Color colour, XYItemRenderer r) {
        DefaultXYDataset d = new DefaultXYDataset();
        d.addSeries(name, new double[][] {x, y});
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        NumberAxis axis = new NumberAxis(name);
        axis.setAutoRangeIncludesZero(false);
        return FigureStyle.style(new XYPlot(d, null, axis, r));
    }

    private static ValueMarker dashed(double at, Color colour, String label) {
        ValueMarker m = new ValueMarker(at, colour,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0));
        if (label != null) {
            m.setLabel(label);
            m.setLabelPaint(colour);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        }
        return m;
    }
}
