package org.hebb.report.figures;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts a bitmap with few colours to an indexed (palette) image with exactly the same pixels. */
final class Palette {
    private static final int MAX_COLOURS = 256;

    private Palette() {
    }

    /** {@code image} as an indexed image with the same ARGB values, or {@code image} itself if it has over 256. */
    static BufferedImage indexed(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, Integer> index = new LinkedHashMap<>();
        for (int p : argb) {
            if (!index.containsKey(p)) {
                if (index.size() == MAX_COLOURS) {
                    return image;
                }
                index.put(p, index.size());
            }
        }
        int n = Math.max(2, index.size());
        byte[] r = new byte[n], g = new byte[n], b = new byte[n], a = new byte[n];
        for (Map.Entry<Integer, Integer> e : index.entrySet()) {
            int c = e.getKey(), i = e.getValue();
            a[i] = (byte) (c >>> 24);
            r[i] = (byte) (c >>> 16);
            g[i] = (byte) (c >>> 8);
            b[i] = (byte) c;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, n, r, g, b, a));
        byte[] pixels = new byte[argb.length];
        for (int k = 0; k < argb.length; k++) {
            pixels[k] = (byte) (int) index.get(argb[k]);
        }
        out.getRaster().setDataElements(0, 0, w, h, pixels);
        return out;
    }

    /** Whether two images have the same size and ARGB pixels (for tests). */
    static boolean samePixels(BufferedImage x, BufferedImage y) {
        return x.getWidth() == y.getWidth() && x.getHeight() == y.getHeight()
                && Arrays.equals(x.getRGB(0, 0, x.getWidth(), x.getHeight(), null, 0, x.getWidth()),
                        y.getRGB(0, 0, y.getWidth(), y.getHeight(), null, 0, y.getWidth()));
    }
}
