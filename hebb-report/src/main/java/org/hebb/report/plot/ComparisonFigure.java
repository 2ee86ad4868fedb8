package org.hebb.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The optimizer comparison of {@code hebb compare}: best fitness so far against evaluations, one line per optimizer
 * (the median over run seeds) with a translucent band between the quartiles.
 */
public final class ComparisonFigure {

    /** Tableau-10, as matplotlib's default cycle, so the figure matches the report's others. */
    private static final int[] PALETTE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22, 0x17becf};

    /**
     * One optimizer's line.
     *
     * @param label  legend entry
     * @param x      evaluations, ascending
     * @param median median best fitness at each x
     * @param lower  lower quartile
     * @param upper  upper quartile
     */
    public record Line(String label, double[] x, double[] median, double[] lower, double[] upper) {
        public Line {
            if (x.length != median.length || x.length != lower.length || x.length != upper.length) {
                throw new IllegalArgumentException("line " + label + ": " + x.length + " x values and "
                        + median.length + "/" + lower.length + "/" + upper.length
                        + " median/lower/upper values is not allowed; must be equal");
            }
        }
    }

    private ComparisonFigure() {
    }

    /** The chart; points whose median is NaN (no evaluation yet) are left out. */
    public static JFreeChart create(String title, String xLabel, String yLabel, List<Line> lines) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.2f);
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            YIntervalSeries s = new YIntervalSeries(l.label(), false, true);
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.median()[i])) {
                    s.add(l.x()[i], l.median()[i], finiteOr(l.lower()[i], l.median()[i]),
                            finiteOr(l.upper()[i], l.median()[i]));
                }
            }
            data.addSeries(s);
            Color c = new Color(PALETTE[k % PALETTE.length]);
            r.setSeriesPaint(k, c);
            r.setSeriesFillPaint(k, c);
            r.setSeriesStroke(k, new BasicStroke(1.6f));
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A band edge of ±∞ (a failed evaluation's worst fitness) would flatten the plot; the median stands in. */
    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
