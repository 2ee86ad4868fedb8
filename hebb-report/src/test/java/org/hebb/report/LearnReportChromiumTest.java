package org.hebb.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learn directory's report.html opened in Debian's headless Chromium (skipped where it is not installed): the
 * learning curve, embedded as a data URI, must be decoded and drawn. The page's text and tables are grey and black,
 * the curve's series are coloured, so coloured pixels are the figure's; the same page with the image's data cut off
 * shows none, which proves the count measures the figure.
 */
class LearnReportChromiumTest {

    @Test
    void theCurveIsDrawnByABrowser(@TempDir Path tmp) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no /usr/bin/chromium on this machine");
        Path dir = Files.createDirectories(tmp.resolve("run"));
        Path html = LearnReport.write(dir, new LearnReport.Input("cp", LearnReportTest.runJson("finished"),
                LearnReportTest.csv(150), "CartPole-v1", "snn ppo", OptionalDouble.of(475), null, false));
        String page = Files.readString(html);
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, page.replaceFirst("data:image/png;base64,[A-Za-z0-9+/=]+", "data:image/png;base64,AAAA"));

        assertThat(colouredPixels(chromium, tmp, html)).as("coloured pixels with the curve").isGreaterThan(2_000);
        assertThat(colouredPixels(chromium, tmp, broken)).as("coloured pixels without it").isLessThan(200);
    }

    private static int colouredPixels(Path chromium, Path tmp, Path html) throws Exception {
        Path shot = Files.createTempFile(tmp, "learn", ".png");
        Chromium.run(chromium, tmp, "--screenshot=" + shot, "--window-size=1280,2000", html.toUri().toString());
        BufferedImage img = ImageIO.read(shot.toFile());
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y), r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }
}
