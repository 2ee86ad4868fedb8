package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hebb.l2l.run.RunDirectory;
import org.hebb.l2l.trajectory.HallOfFame;
import org.hebb.l2l.trajectory.Trajectory;
import org.hebb.learn.task.Episode;
import org.hebb.learn.task.HeldOut;
import org.hebb.learn.task.EpisodeRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The report of a real, small MountainCar run: files, embedded figures, numbers and tables. */
class RunReportTest {

    /** Every figure the report writes, with its size in pixels. */
    static final Map<String, int[]> FIGURES = Map.of("fig12-fitness", new int[] {1100, 560},
            "fig13-response-left", new int[] {760, 600}, "fig14-response-none", new int[] {760, 600},
            "fig15-response-right", new int[] {760, 600}, "fig16-episode", new int[] {1100, 940},
            "raster-best-episode", new int[] {1100, 820});

    @TempDir
    static Path tmp;
    static Path run;
    static Path html;
    static String page;
    static Trajectory trajectory;
    static RunReport.Recorded recorded;

    @BeforeAll
    static void writeReport() throws Exception {
        run = tmp.resolve("mc");
        SmallMountainCarRun.into(run);
        recorded = SmallMountainCarRun.recorded(Hdf5TrajectoryReader.read(run.resolve(RunDirectory.TRAJECTORY)).best());
        html = RunReport.write(run, recorded);
        page = Files.readString(html);
        trajectory = Hdf5TrajectoryReader.read(run.resolve(RunDirectory.TRAJECTORY));
    }

    @Test
    void writesEveryFigureAsPngOfItsSizeAndSvgThatParses() throws Exception {
        assertThat(html).isEqualTo(run.resolve("report.html"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        for (Map.Entry<String, int[]> e : FIGURES.entrySet()) {
            BufferedImage png = ImageIO.read(run.resolve(e.getKey() + ".png").toFile());
            assertThat(png).as(e.getKey()).isNotNull();
            assertThat(new int[] {png.getWidth(), png.getHeight()}).as(e.getKey()).isEqualTo(e.getValue());
            Document svg = f.newDocumentBuilder().parse(run.resolve(e.getKey() + ".svg").toFile());
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("width"))).isEqualTo(e.getValue()[0]);
            assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("height"))).isEqualTo(e.getValue()[1]);
        }
        try (Stream<Path> files = Files.list(run)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void embedsEachFigureAsItsPngFile() throws IOException {
        Matcher m = Pattern.compile("<figure id=\"([^\"]+)\">\\s*<img alt=\"[^\"]*\" src=\"data:image/png;base64,([^\"]+)\"")
                .matcher(page);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
            assertThat(Base64.getDecoder().decode(m.group(2))).as(m.group(1))
                    .isEqualTo(Files.readAllBytes(run.resolve(m.group(1) + ".png")));
        }
        assertThat(ids).containsExactly("fig12-fitness", "fig13-response-left", "fig14-response-none",
                "fig15-response-right", "fig16-episode", "raster-best-episode");
    }

    @Test
    void heldOutNumbersAreThoseOfTheHeldOutTest() throws Exception {
        HeldOut.Result e = HeldOut.STANDARD.runSequential("MountainCar-v0", Episode.player(SmallMountainCarRun.CONFIG),
                trajectory.best().genome());
        List<String> values = new ArrayList<>();
        Matcher table = Pattern.compile("(?s)<table id=\"held-out-table\">(.*?)</table>").matcher(page);
        assertThat(table.find()).isTrue();
        Matcher m = Pattern.compile("data-value=\"([^\"]+)\">([^<]*)").matcher(table.group(1));
        while (m.find()) {
            values.add(m.group(1));
        }
        assertThat(values).containsExactly(Double.toString(e.successRate()), Double.toString(e.meanReturn()),
                Double.toString(e.meanStepsToSuccess()), Boolean.toString(e.solved()));
        assertThat(table.group(1)).contains(e.successCount() + " of 100", e.solved() ? ">solved<" : ">not solved<");
        assertThat(page).contains("reset(seed=10000..10099)");
    }

    @Test
    void bestIndividualsTableIsTheHallOfFame() {
        Matcher m = Pattern.compile("<tr class=\"hof\" data-generation=\"(\\d+)\" data-index=\"(\\d+)\" "
                + "data-fitness=\"([^\"]+)\"><td>(\\d+)</td>").matcher(page);
        List<HallOfFame.Entry> hof = trajectory.hallOfFame().entries();
        int row = 0;
        while (m.find()) {
            HallOfFame.Entry e = hof.get(row);
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(e.generation());
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(e.index());
            assertThat(Double.parseDouble(m.group(3))).isEqualTo(e.fitness()[0]);
            assertThat(Integer.parseInt(m.group(4))).isEqualTo(++row);
        }
        assertThat(row).isEqualTo(hof.size()).isEqualTo(5);
    }

    @Test
    void hasNoExternalReference() {
        assertThat(page).doesNotContain("http://", "https://", "src=\"/", "href=", "<link", "url(", "@import");
        Matcher src = Pattern.compile("src=\"([^\"]{0,30})").matcher(page);
        int n = 0;
        while (src.find()) {
            assertThat(src.group(1)).startsWith("data:image/png;base64,");
            n++;
        }
        assertThat(n).isEqualTo(FIGURES.size());
    }

    @Test
    void showsTheRecordedConfigurationAndTheBestEpisode() {
        assertThat(page).contains("<tr><th>steps</th><td>40</td></tr>", "<tr><th>pop_size</th><td>6</td></tr>",
                "TaskOptimizee", "status <b>finished</b>")
                .doesNotContain("L2L's defaults are assumed");
        long seed = trajectory.best().generation(); // seeding "generation": reset(seed=g) of its first generation
        assertThat(page).contains("fitness episode (<code>reset(seed=" + seed + ")</code>, at most 40 steps");
        assertThat(page).contains("<section class=\"episode-animation\" id=\"best-episode-animation\"");
    }

    /**
     * Opens the page in Debian's headless Chromium (skipped where it is not installed; the test installs nothing):
     * the DOM after load must report every figure decoded, and the screenshot must show a page, not a blank.
     * The screenshot is kept as {@code target/report-in-chromium.png} to look at.
     */
    @Test
    void rendersInAHeadlessChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no /usr/bin/chromium on this machine");
        String dom = Chromium.run(chromium, tmp, "--dump-dom", html.toUri().toString());
        assertThat(dom).contains("id=\"render-check\" data-images=\"6/6\"", "Figures decoded by this browser: 6 of 6.");
        // the best episode's animation ran: its first frame drawn, with the recorded action of step 1
        EpisodeRecord best = recorded.bestEpisode();
        assertThat(dom).containsPattern("id=\"best-episode-animation\" data-env=\"MountainCar-v0\" data-step=\"0\" "
                + "data-action=\"" + (int) best.action(0) + "\"");
        Path shot = tmp.resolve("report.png");
        Chromium.run(chromium, tmp, "--screenshot=" + shot, "--window-size=1280,4000", html.toUri().toString());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(new int[] {img.getWidth(), img.getHeight()}).isEqualTo(new int[] {1280, 4000});
        assertThat(Chromium.distinctColours(img)).as("colours in the screenshot").isGreaterThan(500);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.copy(shot, target.resolve("report-in-chromium.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void refusesADirectoryWithoutRunJsonAndWritesNothing() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> RunReport.write(empty, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no run.json").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> RunReport.write(tmp.resolve("absent"), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an existing directory");
        try (Stream<Path> files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void refusesARunWithoutTrajectoryAndWritesNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("no-trajectory"));
        Files.copy(run.resolve(RunDirectory.RUN_JSON), dir.resolve(RunDirectory.RUN_JSON));
        assertThatThrownBy(() -> RunReport.write(dir, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no checkpointed generation");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(RunDirectory.RUN_JSON);
        }
    }

    @Test
    void refusesABrokenTrajectory() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.copy(run.resolve(RunDirectory.RUN_JSON), dir.resolve(RunDirectory.RUN_JSON));
        Files.writeString(dir.resolve(RunDirectory.TRAJECTORY), "not hdf5");
        assertThatThrownBy(() -> RunReport.write(dir, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RunDirectory.CHECKPOINT + ": missing while trajectory.h5 hold generations")
                .hasMessageNotContaining("\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }
}
