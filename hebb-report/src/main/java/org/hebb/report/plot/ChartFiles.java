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
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as a PNG and an SVG beside it, each atomically (temp file + rename). */
public final class ChartFiles {
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
