package org.hebb.report.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure is a record too: the same chart written twice gives the same bytes, SVG included. */
class ChartFilesTest {

    static JFreeChart chart() {
        XYSeries s = new XYSeries("fitness");
        for (int i = 0; i < 50; i++) {
            s.add(i, Math.sin(i / 7.0));
        }
        return ChartFactory.createXYLineChart("a chart", "generation", "fitness", new XYSeriesCollection(s));
    }

    @Test
    void theSameChartTwiceGivesIdenticalFiles(@TempDir Path tmp) throws Exception {
        ChartFiles.write(chart(), tmp.resolve("a"), "fig 12", 640, 400);
        Thread.sleep(2); // JFreeSVG's default id prefix was the clock: make sure it would have moved on
        ChartFiles.write(chart(), tmp.resolve("b"), "fig 12", 640, 400);
        for (String file : new String[] {"fig 12.svg", "fig 12.png"}) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
        String svg = Files.readString(tmp.resolve("a").resolve("fig 12.svg"));
        assertThat(svg).as("clip ids carry the figure's name, so figures inlined in one page do not collide")
                .contains("clip-path='url(#hebb-fig_12-clip-");
    }
}
