package org.hebb.report.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void fewColoursBecomeAPaletteWithTheSamePixels() {
        BufferedImage argb = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        SplittableRandom rng = new SplittableRandom(3);
        Color[] dots = {new Color(0x1f, 0x77, 0xb4, 140), new Color(0x7f, 0x7f, 0x7f, 140)};
        for (int i = 0; i < 5000; i++) { // overlapping translucent dots: blended colours, still few
            g.setColor(dots[i % 2]);
            g.fillRect(rng.nextInt(300), rng.nextInt(200), 2, 2);
        }
        g.dispose();
        BufferedImage indexed = Palette.indexed(argb);
        assertThat(indexed.getType()).isEqualTo(BufferedImage.TYPE_BYTE_INDEXED);
        assertThat(Palette.samePixels(indexed, argb)).isTrue();
    }

    @Test
    void manyColoursStayAsTheyAre() {
        BufferedImage argb = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 400; i++) {
            argb.setRGB(i % 20, i / 20, 0xff000000 | i);
        }
        assertThat(Palette.indexed(argb)).isSameAs(argb);
    }
}
