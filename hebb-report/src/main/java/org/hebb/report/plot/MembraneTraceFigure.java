package org.hebb.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Membrane potential traces of several neurons, one panel each on a shared time axis, with each spike marked
 * by a dot above the trace (the layout of the report's Fig. 8).
 */
public final class MembraneTraceFigure {
    /** One neuron's trace: sample times (ms), V_m (mV), spike times (ms). */
    public record Trace(String name, double[] timeMs, double[] vmMv, double[] spikeTimesMs) {
    }

    /** The smallest V_m span an axis shows, mV: a flat or nearly flat trace is not stretched to fill it. */
    public static final double MIN_SPAN_MV = 10.0;

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};

    private MembraneTraceFigure() {
    }

    public static JFreeChart create(String title, List<Trace> traces) {
        NumberAxis time = new NumberAxis("time (ms)");
        time.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(12);
        for (int i = 0; i < traces.size(); i++) {
            combined.add(panel(traces.get(i), COLOURS[i % COLOURS.length]), 1);
        }
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYPlot panel(Trace t, Color colour) {
        XYSeries vm = new XYSeries(t.name() + " V_m", false, true);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < t.timeMs().length; k++) {
            vm.add(t.timeMs()[k], t.vmMv()[k], false);
            max = Math.max(max, t.vmMv()[k]);
            min = Math.min(min, t.vmMv()[k]);
        }
        if (max - min < MIN_SPAN_MV) { // a flat trace is shown flat, centred in a span a neuron's V_m can move by
            double mid = t.timeMs().length == 0 ? 0 : (max + min) / 2;
            min = mid - MIN_SPAN_MV / 2;
            max = mid + MIN_SPAN_MV / 2;
        }
        double span = max - min;
        double markY = max + 0.08 * span;
        XYSeries spikes = new XYSeries(t.name() + " spikes", false, true);
        for (double s : t.spikeTimesMs()) {
            spikes.add(s, markY, false);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(vm);
        data.addSeries(spikes);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(1.0f));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShapesVisible(1, true);
        r.setSeriesPaint(1, Color.BLACK);
        r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        NumberAxis v = new NumberAxis(t.name() + " V_m (mV)");
        v.setAutoRangeIncludesZero(false);
        v.setRange(min - 0.05 * span, max + 0.15 * span);
        XYPlot plot = new XYPlot(data, null, v, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }
}
