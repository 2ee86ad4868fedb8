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

    /**
     * @param title chart title
     * @param timeMs sample times, ms
     * @param preTrace presynaptic trace per sample
     * @param postTrace postsynaptic trace per sample
     * @param weight synaptic weight per sample
     * @return the chart
     */
    public static JFreeChart create(String title, double[] timeMs, double[] preTrace, double[] postTrace, double[] weight) {
        NumberAxis time = new NumberAxis("time (ms)");
        time.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        if (timeMs.length > 0) {
            time.setRange(0.0, timeMs[timeMs.length - 1]);
        }
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(12);
        combined.add(panel("pre-synaptic trace", timeMs, preTrace, new Color(0x1f77b4), true), 1);
        combined.add(panel("post-synaptic trace", timeMs, postTrace, new Color(0xd62728), true), 1);
        combined.add(panel("weight", timeMs, weight, new Color(0x2ca02c), false), 1);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot panel(String name, double[] t, double[] y, Color colour, boolean fromZero) {
        XYSeries s = new XYSeries(name, false, true);
        for (int k = 0; k < t.length; k++) {
            s.add(t[k], y[k], false);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(1.0f));
        NumberAxis axis = new NumberAxis(name);
        axis.setAutoRangeIncludesZero(fromZero);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), null, axis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }
}
