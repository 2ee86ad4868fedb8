package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hebb.l2l.FitnessWeights;
import org.hebb.l2l.GenomeLayout;
import org.hebb.l2l.ParameterBlock;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.trajectory.GenerationRecord;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.report.figures.FitnessFigure;
import org.hebb.report.plot.ChartFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Fig. 12 of the report's full run (1,000 generations × 32): the SVG stays small, the PNG is what it was. */
class FitnessFigureSvgTest {

    static Trajectory thousandGenerationsOf32() {
        Trajectory t = new Trajectory("GeneticAlgorithm", Map.of(), GenomeLayout.of(List.of(new ParameterBlock("w", 2))),
                FitnessWeights.of(1), 0, 20);
        SplittableRandom rng = new SplittableRandom(12);
        for (int g = 0; g < 1000; g++) {
            double[][] genomes = new double[32][], fitness = new double[32][];
            Outcome[] outcomes = new Outcome[32];
            for (int i = 0; i < 32; i++) {
                genomes[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
                fitness[i] = new double[] {-1.2 + 1.7 * Math.min(1, g / 800.0) * rng.nextDouble()};
                outcomes[i] = i < 4 && g > 0 ? Outcome.CARRIED : Outcome.OK;
            }
            t.add(new GenerationRecord(g, genomes, fitness, outcomes, new String[32]));
        }
        return t;
    }

    @Test
    void thirtyTwoThousandDotsGiveASmallSvgAndTheSamePng(@TempDir Path tmp) throws Exception {
        Trajectory t = thousandGenerationsOf32();
        Path vectorDots = tmp.resolve("vector-dots"), bitmapDots = tmp.resolve("bitmap-dots");
        ChartFiles.write(FitnessFigure.create(t, 0, "Fig. 12"), vectorDots, "fig12", 1100, 560);
        ChartFiles.write(FitnessFigure.create(t, 0, "Fig. 12"), FitnessFigure.createForVector(t, 0, "Fig. 12"),
                bitmapDots, "fig12", 1100, 560);

        assertThat(Files.readAllBytes(bitmapDots.resolve("fig12.png")))
                .isEqualTo(Files.readAllBytes(vectorDots.resolve("fig12.png")));
        long before = Files.size(vectorDots.resolve("fig12.svg")), after = Files.size(bitmapDots.resolve("fig12.svg"));
        assertThat(before).as("one element per dot").isGreaterThan(3_000_000);
        assertThat(after).as("the dots as one bitmap").isLessThan(500_000);

        String svg = Files.readString(bitmapDots.resolve("fig12.svg"), StandardCharsets.UTF_8);
        assertThat(svg.split("<image", -1)).hasSize(2); // exactly one embedded bitmap
        assertThat(svg).contains("data:image/png;base64,").contains("best of generation").contains("<path");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(bitmapDots.resolve("fig12.svg").toFile());
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width"))).isEqualTo(1100);
    }
}
