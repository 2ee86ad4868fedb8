package org.hebb.report.figures;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A warm colour scale from black through purple, red and orange to pale yellow (anchors of matplotlib's "inferno"),
 * linear between {@code lower} and {@code upper}: higher values are warmer and brighter.
 */
final class HeatScale implements PaintScale, Serializable {

    private static final int[] ANCHORS = {0x000004, 0x320a5e, 0x781c6d, 0xbb3754, 0xed6925, 0xfbb61a, 0xfcffa4};

    private final double lower;
    private final double upper;

    HeatScale(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("heat scale: upper " + upper + " is not allowed; must be > lower " + lower);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double u = (value - lower) / (upper - lower);
        u = Double.isNaN(u) ? 0 : Math.max(0, Math.min(1, u)) * (ANCHORS.length - 1);
        int i = Math.min((int) u, ANCHORS.length - 2);
        double f = u - i;
        return new Color(mix(ANCHORS[i] >> 16, ANCHORS[i + 1] >> 16, f), mix(ANCHORS[i] >> 8, ANCHORS[i + 1] >> 8, f),
                mix(ANCHORS[i], ANCHORS[i + 1], f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) + f * ((b & 0xff) - (a & 0xff)));
    }
}
