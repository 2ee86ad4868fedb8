package org.hebb.report.figures;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** The look the report's figures share: white background, light grid, the matplotlib "tab10" colours. */
final class FigureStyle {
    static final Color BLUE = new Color(0x1f77b4);
    static final Color ORANGE = new Color(0xff7f0e);
    static final Color GREEN = new Color(0x2ca02c);
    static final Color RED = new Color(0xd62728);
    static final Color PURPLE = new Color(0x9467bd);
    static final Color GREY = new Color(0x7f7f7f);
    static final Color GRID = new Color(0xdddddd);
    /** Output neurons: left, none, right. */
    static final Color[] OUTPUTS = {RED, GREY, BLUE};
    static final String[] OUTPUT_NAMES = {"left (neuron 1)", "none (neuron 2)", "right (neuron 3)"};
    static final Font TITLE = new Font("SansSerif", Font.BOLD, 16);
    static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 12);

    private FigureStyle() {
    }

    static <P extends XYPlot> P style(P plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlinePaint(GREY);
        return plot;
    }

    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        }
        return chart;
    }
}
