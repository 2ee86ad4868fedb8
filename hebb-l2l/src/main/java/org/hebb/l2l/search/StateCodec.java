package org.hebb.l2l.search;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hebb.l2l.Rng;

/** Bit-exact binary encoding of an optimizer's state pieces (IEEE doubles, RNG words), with length checks on read. */
public final class StateCodec {
    private StateCodec() {
    }

    public static void writeRng(DataOutput out, Rng rng) throws IOException {
        for (long w : rng.state()) {
            out.writeLong(w);
        }
    }

    public static Rng readRng(DataInput in) throws IOException {
        return Rng.ofState(new long[] {in.readLong(), in.readLong(), in.readLong(), in.readLong()});
    }

    /** A vector, {@code null} allowed. */
    public static void writeVector(DataOutput out, double[] v) throws IOException {
        out.writeInt(v == null ? -1 : v.length);
        if (v != null) {
            for (double x : v) {
                out.writeDouble(x);
            }
        }
    }

    public static double[] readVector(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > 1 << 28) {
            throw new IOException("checkpoint: vector length " + n + " is not allowed; the state is corrupt");
        }
        if (n == -1) {
            return null;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }

    /** A matrix of rows (rows may differ in length or be {@code null}); {@code null} allowed. */
    public static void writeMatrix(DataOutput out, double[][] m) throws IOException {
        out.writeInt(m == null ? -1 : m.length);
        if (m != null) {
            for (double[] row : m) {
                writeVector(out, row);
            }
        }
    }

    public static double[][] readMatrix(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > 1 << 28) {
            throw new IOException("checkpoint: matrix rows " + n + " is not allowed; the state is corrupt");
        }
        if (n == -1) {
            return null;
        }
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = readVector(in);
        }
        return m;
    }

    /** Checks a read value against what this optimizer was built with. */
    public static void expect(String what, long read, long built) throws IOException {
        if (read != built) {
            throw new IOException("checkpoint: " + what + " " + read + " is not allowed; this optimizer has " + built);
        }
    }

    /** A deep copy of a matrix ({@code null} rows kept). */
    public static double[][] copy(double[][] m) {
        if (m == null) {
            return null;
        }
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i] == null ? null : m[i].clone();
        }
        return c;
    }
}
