package org.hebb.learn.mountaincar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Per-step record of one MountainCar episode: the float64 state before each step, the three output spike counts
 * of that step's window and the action taken. Columns are primitive arrays that grow by doubling.
 */
public final class EpisodeTrace {

    /** The CSV header written by {@link #writeCsv}. */
    public static final String CSV_HEADER = "step,position,velocity,count_left,count_none,count_right,action";

    private int n;
    private double[] position = new double[128];
    private double[] velocity = new double[128];
    private int[] left = new int[128];
    private int[] none = new int[128];
    private int[] right = new int[128];
    private int[] action = new int[128];

    /** Appends one step. */
    public void add(double p, double v, int countLeft, int countNone, int countRight, int a) {
        if (n == position.length) {
            int cap = 2 * n;
            position = Arrays.copyOf(position, cap);
            velocity = Arrays.copyOf(velocity, cap);
            left = Arrays.copyOf(left, cap);
            none = Arrays.copyOf(none, cap);
            right = Arrays.copyOf(right, cap);
            action = Arrays.copyOf(action, cap);
        }
        position[n] = p;
        velocity[n] = v;
        left[n] = countLeft;
        none[n] = countNone;
        right[n] = countRight;
        action[n] = a;
        n++;
    }

    /** @return the number of steps recorded */
    public int size() {
        return n;
    }

    /** @return position before step {@code i} (0-based) */
    public double position(int i) {
        return position[check(i)];
    }

    /** @return velocity before step {@code i} */
    public double velocity(int i) {
        return velocity[check(i)];
    }

    /** @return spikes of output {@code k} (0 left, 1 none, 2 right) in step {@code i}'s window */
    public int count(int i, int k) {
        check(i);
        return switch (k) {
            case 0 -> left[i];
            case 1 -> none[i];
            case 2 -> right[i];
            default -> throw new IllegalArgumentException("output: " + k + " is not allowed; must be 0, 1 or 2");
        };
    }

    /** @return the action of step {@code i} */
    public int action(int i) {
        return action[check(i)];
    }

    /**
     * Writes {@link #CSV_HEADER} and one row per step, {@code step} counted from 1, floats in full precision as
     * Python's {@code repr} writes them ({@link FloatRepr}).
     */
    public void writeCsv(Appendable out) {
        try {
            out.append(CSV_HEADER).append('\n');
            for (int i = 0; i < n; i++) {
                out.append(Integer.toString(i + 1)).append(',')
                        .append(FloatRepr.of(position[i])).append(',')
                        .append(FloatRepr.of(velocity[i])).append(',')
                        .append(Integer.toString(left[i])).append(',')
                        .append(Integer.toString(none[i])).append(',')
                        .append(Integer.toString(right[i])).append(',')
                        .append(Integer.toString(action[i])).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the CSV text of {@link #writeCsv} */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(64 * (n + 1));
        writeCsv(sb);
        return sb.toString();
    }

    private int check(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("step index " + i + " outside [0, " + n + ")");
        }
        return i;
    }
}
