package org.hebb.report.plot;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as a PNG and an SVG beside it, each atomically (temp file + rename). */
public final class ChartFiles {
    /**
     * The margin around every chart written: wide enough on the right that the last tick label of a horizontal axis
     * (1050, 2200), which JFreeChart centres on the plot's edge, is not cut off by the image's border.
     */
    public static final RectangleInsets PADDING = new RectangleInsets(6, 8, 6, 28);

    private ChartFiles() {
    }

    /** Writes {@code base.png} and {@code base.svg}; returns the PNG's path. */
    public static Path write(JFreeChart chart, Path dir, String base, int width, int height) throws IOException {
        return write(chart, chart, dir, base, width, height);
    }

    /** Writes {@code base.png} from {@code chart} and {@code base.svg} from {@code vector}; returns the PNG's path. */
    public static Path write(JFreeChart chart, JFreeChart vector, Path dir, String base, int width, int height)
            throws IOException {
        Files.createDirectories(dir);
        chart.setPadding(PADDING);
        vector.setPadding(PADDING);
        Path png = dir.resolve(base + ".png");
        Path svg = dir.resolve(base + ".svg");
        writeAtomically(png, out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // JFreeSVG's default prefix for clip-path and gradient ids is "_" + System.nanoTime(): a fixed one, unique per
        // figure (pages may inline several), makes the same chart give the same bytes.
        g.setDefsKeyPrefix("hebb-" + base.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        vector.draw(g, new Rectangle(0, 0, width, height));
        byte[] svgBytes = g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        writeAtomically(svg, out -> out.write(svgBytes));
        return png;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, Writer writer) throws IOException {
        // not createTempFile: its owner-only permissions would stay on the published file
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().threadId() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
