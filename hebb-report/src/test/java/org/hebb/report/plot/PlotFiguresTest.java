package org.hebb.report.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figs. 8 and 9 and the files every chart is written to, checked on the chart objects (not pixels). */
class PlotFiguresTest {

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static List<XYPlot> panels(JFreeChart chart) {
        return ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
    }

    @Test
    void aFlatMembraneTraceIsShownFlatInATenMillivoltSpan() {
        double[] t = {0.1, 0.2, 0.3};
        JFreeChart chart = MembraneTraceFigure.create("Fig. 8", List.of(
                new MembraneTraceFigure.Trace("flat", t, new double[] {-70, -70, -70}, new double[0]),
                new MembraneTraceFigure.Trace("nearly flat", t, new double[] {-70, -69.92, -70}, new double[0]),
                new MembraneTraceFigure.Trace("spiking", t, new double[] {-70, -55, -70}, new double[] {0.2})));
        XYPlot flat = panels(chart).get(0);
        assertThat(flat.getRangeAxis().getRange().getLength()).isGreaterThanOrEqualTo(MembraneTraceFigure.MIN_SPAN_MV);
        assertThat(flat.getRangeAxis().getRange().contains(-70)).isTrue();
        assertThat(panels(chart).get(1).getRangeAxis().getRange().getLength())
                .isGreaterThanOrEqualTo(MembraneTraceFigure.MIN_SPAN_MV);
        XYPlot spiking = panels(chart).get(2);
        assertThat(spiking.getRangeAxis().getRange().getLength()).isBetween(15.0, 20.0); // its own 15 mV, padded
        assertThat(spiking.getRangeAxis().getLabel()).isEqualTo("spiking V_m (mV)");
        assertThat(spiking.getDataset().getItemCount(1)).as("one spike mark").isEqualTo(1);
    }

    @Test
    void fig9HasAWeightUnitAndMarksEverySpike() {
        double[] t = {1, 2, 3, 4};
        JFreeChart chart = StdpTraceFigure.create("Fig. 9", t, new double[] {0, 1, 0.9, 1.8},
                new double[] {0, 0, 1, 0.9}, new double[] {500, 500, 501, 500}, new int[] {0, 1, 0, 1},
                new int[] {0, 0, 1, 0});
        List<XYPlot> p = panels(chart);
        assertThat(p.get(2).getRangeAxis().getLabel()).isEqualTo("weight (pA)");
        assertThat(p.get(0).getDataset().getItemCount(1)).as("pre spikes marked").isEqualTo(2);
        assertThat(p.get(0).getDataset().getXValue(1, 0)).isEqualTo(2.0);
        assertThat(p.get(1).getDataset().getItemCount(1)).as("post spikes marked").isEqualTo(1);
        assertThat(p.get(2).getDataset().getSeriesCount()).as("no marks on the weight").isEqualTo(1);
    }

    @Test
    void everyChartWrittenHasRoomForItsLastTickLabel() throws Exception {
        JFreeChart chart = ComparisonFigure.create("CartPole-v1: 2 optimizers, 5 seeds, 2200 evaluations each",
                "evaluations", "best fitness", List.of(new ComparisonFigure.Line("ga", new double[] {0, 2200},
                        new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 2})));
        ChartFiles.write(chart, tmp, "c", 900, 560);
        assertThat(chart.getPadding()).isEqualTo(ChartFiles.PADDING);
        assertThat(ChartFiles.PADDING.getRight()).isGreaterThanOrEqualTo(20);
        assertThat(chart.getTitle().getText()).isEqualTo("CartPole-v1: 2 optimizers, 5 seeds, 2200 evaluations each");
    }
}
