package org.hebb.report.figures;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An {@link XYDotRenderer} that paints its dots into one bitmap of the data area and draws that bitmap once, after
 * the last dot. For vector output (SVG) of a scatter of tens of thousands of points: each dot as its own SVG element
 * costs ~170 bytes (5.4 MB for Fig. 12 of a 1,000-generation run), the bitmap a few hundred kB, while axes, lines and
 * text stay vectors. The bitmap is stored with a palette when it has at most 256 colours (two series with alpha
 * overlap make a few dozen), a quarter of the bytes of ARGB before compression. The bitmap has the output's resolution ({@value #SCALE} pixel per SVG unit), as the PNG.
 */
final class RasterDotRenderer extends XYDotRenderer {
    private static final int SCALE = 1;
    private transient BufferedImage image;
    private transient Graphics2D bitmap;
    private int drawn;

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        if (image == null) {
            image = new BufferedImage(Math.max(1, (int) Math.ceil(dataArea.getWidth() * SCALE)),
                    Math.max(1, (int) Math.ceil(dataArea.getHeight() * SCALE)), BufferedImage.TYPE_INT_ARGB);
            bitmap = image.createGraphics();
            bitmap.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            bitmap.scale(SCALE, SCALE);
            bitmap.translate(-dataArea.getX(), -dataArea.getY());
            drawn = 0;
        }
        super.drawItem(bitmap, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                crosshairState, pass);
        if (++drawn == totalItems(dataset)) { // every dot is in: one image element instead of one per dot
            bitmap.dispose();
            g2.drawImage(Palette.indexed(image), (int) Math.round(dataArea.getX()), (int) Math.round(dataArea.getY()),
                    (int) Math.round(dataArea.getWidth()), (int) Math.round(dataArea.getHeight()), null);
            image = null;
            bitmap = null;
        }
    }

    private static int totalItems(XYDataset dataset) {
        int n = 0;
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            n += dataset.getItemCount(s);
        }
        return n;
    }
}
