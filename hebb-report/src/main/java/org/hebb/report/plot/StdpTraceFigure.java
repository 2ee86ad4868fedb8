package org.hebb.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The layout of the report's Fig. 9: presynaptic trace, postsynaptic trace and synaptic weight over
 * time, three panels on one time axis.
 */
public final class StdpTraceFigure {

    private StdpTraceFigure() {
    }

    /** The weight's unit: the rule's bounds (Wmax 1000, w0 500) are those of a NEST current synapse, in pA. */
    public static final String WEIGHT_AXIS = "weight (pA)";

    /**
     * @param title chart title
     * @param timeMs sample times, ms
     * @param preTrace presynaptic trace per sample (dimensionless)
     * @param postTrace postsynaptic trace per sample (dimensionless)
     * @param weight synaptic weight per sample, pA
     * @param preSpikes presynaptic spikes per sample (0 or more), marked under the presynaptic trace
     * @param postSpikes postsynaptic spikes per sample, marked under the postsynaptic trace
     * @return the chart
     */
    public static JFreeChart create(String title, double[] timeMs, double[] preTrace, double[] postTrace,
            double[] weight, int[] preSpikes, int[] postSpikes) {
        NumberAxis time = new NumberAxis("time (ms)");
        time.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (timeMs.length > 0) {
            time.setRange(0.0, timeMs[timeMs.length - 1]);
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(12);
        combined.add(panel("pre-synaptic trace", timeMs, preTrace, preSpikes, new Color(0x1f77b4), true), 1);
        combined.add(panel("post-synaptic trace", timeMs, postTrace, postSpikes, new Color(0xd62728), true), 1);
        combined.add(panel(WEIGHT_AXIS, timeMs, weight, null, new Color(0x2ca02c), false), 1);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A panel: the sampled value as a line and, when given, each spike as a black tick at the panel's floor. */
    private static XYPlot panel(String name, double[] t, double[] y, int[] spikes, Color colour, boolean fromZero) {
        XYSeries s = new XYSeries(name, false, true);
        double max = 0;
        for (int k = 0; k < t.length; k++) {
            s.add(t[k], y[k], false);
            max = Math.max(max, y[k]);
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(1.0f));
        NumberAxis axis = new NumberAxis(name);
        axis.setAutoRangeIncludesZero(fromZero);
        if (spikes != null) {
            XYSeries marks = new XYSeries(name + " spikes", false, true);
            for (int k = 0; k < spikes.length; k++) {
                if (spikes[k] > 0) {
                    marks.add(t[k], -0.06 * Math.max(max, 1e-9), false); // just under the trace's zero line
                }
            }
            data.addSeries(marks);
            r.setSeriesLinesVisible(1, false);
            r.setSeriesShapesVisible(1, true);
            r.setSeriesPaint(1, Color.BLACK);
            r.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-0.5, -4, 1, 8));
            axis.setRange(-0.12 * Math.max(max, 1e-9), 1.08 * Math.max(max, 1e-9));
        }
        XYPlot plot = new XYPlot(data, null, axis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }
}
