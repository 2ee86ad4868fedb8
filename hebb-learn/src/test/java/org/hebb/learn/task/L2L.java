package org.hebb.learn.task;

/**
 * The L2L MountainCar preset's genome layout and actions as the tests name them (independent of the task layer's
 * code: written from L2L's description, docs/mountain-car.md): for H hidden neurons, 30 bins per input,
 * {@code g[j*30 + i]} velocity bin i → hidden j, {@code g[30H + j*30 + i]} position bin i → hidden j,
 * {@code g[60H + k*H + j]} hidden j → output k (0 left, 1 none, 2 right).
 */
final class L2L {
    static final Task C = Task.mountainCarL2L();
    static final int BINS = 30;
    static final int LEFT = 0;
    static final int NONE = 1;
    static final int RIGHT = 2;

    private L2L() {
    }

    static int velocityToHidden(int j, int bin) {
        return j * BINS + bin;
    }

    static int positionToHidden(int hidden, int j, int bin) {
        return BINS * hidden + j * BINS + bin;
    }

    static int hiddenToOutput(int hidden, int k, int j) {
        return 2 * BINS * hidden + k * hidden + j;
    }

    /** L2L's bin of a value: {@code clamp(floor((x − lo)/(hi − lo)·30), 0, 29)}. */
    static int bin(double x, double lo, double hi) {
        double q = Math.floor((x - lo) / (hi - lo) * BINS);
        return q < 0 ? 0 : q > BINS - 1 ? BINS - 1 : (int) q;
    }

    static int velocityBin(double v) {
        return bin(v, -0.07, 0.07);
    }

    static int positionBin(double p) {
        return bin(p, -1.2, 0.6);
    }
}
