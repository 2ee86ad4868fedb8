package org.hebb.cli.gym;

import java.util.ArrayList;
import java.util.List;

import org.hebb.cli.UserError;
import org.hebb.gym.Box;
import org.hebb.gym.Discrete;
import org.hebb.gym.Space;

/**
 * The actions of a replay file, parsed for one action space: one action per line, an integer index for a discrete
 * space, comma-separated numbers (read as double, then rounded to float32 as {@code np.array(..., dtype=float32)}
 * does) for a box. Blank lines and lines starting with {@code #} are skipped; Python's {@code nan}/{@code inf}
 * spellings are understood. Every line is checked against the space here (an index
 * out of range, a NaN), so a replay refuses a bad file before it prints anything.
 */
final class ActionLines {

    private final int[] indices;
    private final float[][] vectors;
    private final int[] lineNumbers;

    private ActionLines(int[] indices, float[][] vectors, int[] lineNumbers) {
        this.indices = indices;
        this.vectors = vectors;
        this.lineNumbers = lineNumbers;
    }

    static ActionLines parse(List<String> lines, Space space, String envId) {
        List<Integer> numbers = new ArrayList<>();
        List<int[]> idx = new ArrayList<>();
        List<float[]> vec = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNo = n + 1;
            numbers.add(lineNo);
            if (space instanceof Discrete d) {
                int a;
                try {
                    a = Integer.parseInt(line);
                } catch (NumberFormatException e) {
                    throw new UserError("--actions line " + lineNo + ": '" + line + "' is not allowed; must be an "
                            + "integer " + envId + " action, one of " + d.describeValues());
                }
                if (!d.contains(a)) { // every line checked before the replay prints its first row
                    throw new UserError("--actions line " + lineNo + ": " + envId + " action: " + a
                            + " is not allowed; must be one of " + d.describeValues());
                }
                idx.add(new int[] {a});
            } else {
                Box b = (Box) space;
                String[] parts = line.split(",", -1);
                if (parts.length != b.size()) {
                    throw new UserError("--actions line " + lineNo + ": " + parts.length + " number(s) is not allowed; "
                            + envId + " actions have " + b.size());
                }
                float[] a = new float[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    a[i] = (float) number(parts[i].strip(), lineNo);
                    if (Float.isNaN(a[i])) {
                        throw new UserError("--actions line " + lineNo + ": " + envId + " action[" + i + "]: NaN is not "
                                + "allowed; must be a number (values outside [" + b.low(i) + ", " + b.high(i)
                                + "] are clipped)");
                    }
                }
                vec.add(a);
            }
        }
        int[] lineNumbers = numbers.stream().mapToInt(Integer::intValue).toArray();
        return new ActionLines(idx.stream().mapToInt(a -> a[0]).toArray(), vec.toArray(new float[0][]), lineNumbers);
    }

    private static double number(String s, int lineNo) {
        switch (s) {
            case "nan", "NaN", "-nan" -> {
                return Double.NaN;
            }
            case "inf", "+inf", "Infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-Infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                try {
                    if (!s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1))) {
                        throw new NumberFormatException(); // Java would accept 1.5f or 2d
                    }
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new UserError("--actions line " + lineNo + ": '" + s + "' is not allowed; must be a number");
                }
            }
        }
    }

    int size() {
        return lineNumbers.length;
    }

    int index(int i) {
        return indices[i];
    }

    float[] vector(int i) {
        return vectors[i].clone();
    }

    int lineNumber(int i) {
        return lineNumbers[i];
    }
}
