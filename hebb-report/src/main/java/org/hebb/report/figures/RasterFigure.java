package org.hebb.report.figures;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.Arrays;
import org.hebb.learn.task.EpisodeRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A spike raster of one recorded episode: every spike of the velocity inputs, position inputs, hidden and output
 * neurons, one panel per population on one time axis (ms from the episode's start), one row per neuron, one short
 * vertical tick per spike. An active input neuron fires every 1.2 ms, so its row reads as a solid bar: the bars
 * trace the encoded velocity and position bins through the episode.
 */
public final class RasterFigure {

    private RasterFigure() {
    }

    /**
     * @param episode  the recorded episode
     * @param title    the figure's title
     * @param subtitle a line under it, or null
     */
    public static JFreeChart create(EpisodeRecord episode, String title, String subtitle) {
        int bins = episode.task().perDimension();
        int hidden = episode.task().hiddenNeurons();
        int firstOut = episode.firstOutput();
        NumberAxis time = new NumberAxis("time (ms)");
        time.setNumberFormatOverride(new DecimalFormat("0"));
        time.setRange(0, Math.max(1, episode.steps() * episode.task().stepMs()));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(6);
        combined.add(panel(episode, 0, bins, numbered("velocity bin"), new Color[] {FigureStyle.ORANGE}), 5);
        combined.add(panel(episode, bins, 2 * bins, numbered("position bin"), new Color[] {FigureStyle.PURPLE}),
                5);
        String[] hiddenNames = new String[hidden];
        Arrays.setAll(hiddenNames, j -> "h" + (j + 1));
        combined.add(panel(episode, 2 * bins, firstOut, symbols("hidden", hiddenNames),
                new Color[] {FigureStyle.GREEN}), Math.max(1, Math.min(4, hidden)));
        combined.add(panel(episode, firstOut, firstOut + 3, symbols("output", new String[] {"left", "none", "right"}),
                FigureStyle.OUTPUTS), 2);
        String sub = String.format("%d spikes in %d steps%s", episode.spikeCount(), episode.steps(),
                subtitle == null ? "" : "; " + subtitle);
        return FigureStyle.chart(title, sub, combined, false);
    }

    /** Neurons [from, to) of the episode; one series (colour) per neuron if colours has one per neuron, else one. */
    private static XYPlot panel(EpisodeRecord e, int from, int to, ValueAxis axis, Color[] colours) {
        int series = colours.length == to - from ? to - from : 1;
        int[] n = new int[series];
        for (int i = 0; i < e.spikeCount(); i++) {
            int j = e.neuron(i);
            if (j >= from && j < to) {
                n[series == 1 ? 0 : j - from]++;
            }
        }
        double[][][] xy = new double[series][2][];
        for (int s = 0; s < series; s++) {
            xy[s][0] = new double[n[s]];
            xy[s][1] = new double[n[s]];
        }
        int[] k = new int[series];
        for (int i = 0; i < e.spikeCount(); i++) {
            int j = e.neuron(i);
            if (j >= from && j < to) {
                int s = series == 1 ? 0 : j - from;
                xy[s][0][k[s]] = e.timeMs(i);
                xy[s][1][k[s]++] = j - from;
            }
        }
        DefaultXYDataset d = new DefaultXYDataset();
        XYDotRenderer r = new XYDotRenderer();
        r.setDotWidth(1);
        r.setDotHeight(to - from > 10 ? 3 : 8);
        for (int s = 0; s < series; s++) {
            d.addSeries("neurons " + from + "+" + s, xy[s]);
            r.setSeriesPaint(s, colours[s % colours.length]);
        }
        axis.setRange(-0.5, to - from - 0.5);
        XYPlot plot = FigureStyle.style(new XYPlot(d, null, axis, r));
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    private static NumberAxis numbered(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return a;
    }

    private static SymbolAxis symbols(String label, String[] names) {
        SymbolAxis a = new SymbolAxis(label, names);
        a.setGridBandsVisible(false);
        return a;
    }
}
