package org.hebb.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Fig. 12 at the report's scale: 1000 generations of 32 individuals. */
class FitnessFigureTest {

    private static Trajectory paperSized() {
        Trajectory t = new Trajectory("GeneticAlgorithm", Map.of(), GenomeLayout.of(new ParameterBlock("w", 1)),
                FitnessWeights.of(1.0), 1, 20);
        SplittableRandom rng = new SplittableRandom(3);
        for (int g = 0; g < 1000; g++) {
            double[][] genomes = new double[32][1];
            double[][] fitness = new double[32][1];
            Outcome[] outcomes = new Outcome[32];
            for (int i = 0; i < 32; i++) {
                fitness[i][0] = i == 5 && g == 7 ? Double.NEGATIVE_INFINITY // one failed evaluation
                        : -0.6 + 1.1 * (1 - Math.exp(-g / 150.0)) * rng.nextDouble();
                outcomes[i] = i == 5 && g == 7 ? Outcome.ERROR : g > 0 && i % 4 == 0 ? Outcome.CARRIED : Outcome.OK;
            }
            t.add(new GenerationRecord(g, genomes, fitness, outcomes, new String[32]));
        }
        return t;
    }

    @Test
    void plotsEveryFiniteIndividualAndTheBestAndMeanOfEachGenerationQuickly() {
        Trajectory t = paperSized();
        long t0 = System.nanoTime();
        JFreeChart chart = FitnessFigure.create(t, 0, "Fig. 12");
        BufferedImage img = chart.createBufferedImage(1100, 560);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        XYPlot plot = chart.getXYPlot();
        XYDataset dots = plot.getDataset(0);
        XYDataset lines = plot.getDataset(1);
        assertThat(dots.getItemCount(0) + dots.getItemCount(1)).isEqualTo(32_000 - 1);
        assertThat(dots.getItemCount(1)).isEqualTo(999 * 8);
        assertThat(lines.getItemCount(0)).isEqualTo(1000);
        for (int g = 0; g < 1000; g += 97) {
            assertThat(lines.getYValue(0, g)).isEqualTo(t.statistics().get(g).bestFitness()[0]);
            assertThat(lines.getYValue(1, g)).isEqualTo(t.statistics().get(g).mean()[0]);
        }
        // generation index 3 is generation 4 (1-based, as hebb run prints it): its individuals spread over
        // [3.6, 4.4] in index order; its first evaluated one is index 1
        assertThat(dots.getXValue(0, 32 + 24 + 24)).isCloseTo(3.6 + 0.8 / 31, Offset.offset(1e-12));
        assertThat(dots.getXValue(1, 0)).isCloseTo(1.6, Offset.offset(1e-12)); // index 1 = generation 2, carried
        assertThat(lines.getXValue(0, 0)).isEqualTo(1.0); // the first generation is generation 1
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("fitness");
        assertThat(chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNull();
        assertThat(img.getWidth()).isEqualTo(1100);
        assertThat(seconds).as("render time, s").isLessThan(20);
        assertThat(chart.getSubtitles()).filteredOn(TextTitle.class::isInstance)
                .extracting(title -> ((TextTitle) title).getText())
                .containsExactly("32000 individuals in 1000 generations (24008 evaluations); 1 failed evaluations not shown");
    }

    @Test
    void aNamedFitnessHasItsLabelAndGoalLineAndNoCarriedOverEntryWhenNoneIs() {
        Trajectory t = new Trajectory("CMAES", Map.of(), GenomeLayout.of(new ParameterBlock("w", 1)),
                FitnessWeights.of(1.0), 1, 20);
        for (int g = 0; g < 3; g++) {
            t.add(new GenerationRecord(g, new double[][] {{0}, {1}}, new double[][] {{-0.5 + 0.1 * g}, {-0.4}},
                    new Outcome[] {Outcome.OK, Outcome.OK}, new String[2]));
        }
        JFreeChart chart = FitnessFigure.create(t, 0, "Fig. 12",
                new FitnessFigure.Axis("max position (m)", 0.5, "goal 0.5 m"));
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("max position (m)");
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> {
                    assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue()).isEqualTo(0.5);
                    assertThat(m.getLabel()).isEqualTo("goal 0.5 m");
                });
        assertThat(plot.getRangeAxis().getRange().contains(0.5)).as("the goal is in view").isTrue();
        assertThat(plot.getDataset(0).getSeriesCount()).as("no carried-over series").isEqualTo(1);
        assertThat(plot.getDataset(0).getSeriesKey(0)).isEqualTo("individual (evaluated)");
        assertThat(FitnessFigure.anyCarried(t)).isFalse();
    }
}
