package org.hebb.l2l.run;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.trajectory.GenerationRecord;

/**
 * The run's append-only record of generations ({@code generations.bin}): one binary record per generation, in order,
 * each forced to disk before the generation's checkpoint names its end offset. On resume the file is cut back to
 * that offset, so a generation written after the last checkpoint is dropped and recomputed. Appending keeps the cost
 * per generation constant, however long the run. With a trajectory writer the log holds only the generations since
 * the last full trajectory segment and is cleared when the next one is written ({@link TrajectorySegments}).
 *
 * <p>Self-checking: each record ends in a CRC32C over the previous record's CRC and its own bytes, so a flipped bit
 * fails its record and the last CRC (the chain, which the checkpoint records with the log's length) stands for the
 * whole log. CRC32C rather than a cryptographic hash: it guards against damage, not forgery, costs a fraction of a
 * millisecond per generation, and chaining keeps the checkpoint's reference constant-size.
 *
 * <p>Record: int magic, int generation, int n, int genome length, int objectives, n×(genes, fitness as IEEE
 * doubles, byte outcome code, boolean hasError, [UTF error])), int CRC32C chain; big-endian
 * ({@link DataOutputStream}).
 */
final class GenerationLog implements AutoCloseable {
    private static final int MAGIC = 0x48474C32; // "HGL2"
    private static final int MAX_ERROR_CHARS = 4000;

    private final FileChannel channel;
    private int chain;

    private GenerationLog(FileChannel channel, int chain) {
        this.channel = channel;
        this.chain = chain;
    }

    /**
     * Opens {@code file} for appending after cutting it to {@code length} bytes (creates it if absent); {@code chain}
     * is the checksum chain at that length (0 for an empty log), as {@link #read} checked it.
     */
    static GenerationLog openAt(Path file, long length, int chain) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (ch.size() < length) {
            ch.close();
            throw new IllegalArgumentException(file + ": " + Files.size(file) + " bytes (truncated) is not allowed; "
                    + "the checkpoint needs at least " + length + RESTORE);
        }
        ch.truncate(length);
        ch.position(length);
        return new GenerationLog(ch, length == 0 ? 0 : chain);
    }

    private static final String RESTORE = "; restore the file from a copy of the run, or start the run anew with"
            + " 'hebb run'";

    /** The checksum chain after the last record appended (0 for an empty log). */
    int chain() {
        return chain;
    }

    /** Appends {@code r} and forces it to disk; returns the new end offset. */
    long append(GenerationRecord r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(r.generation());
        out.writeInt(r.size());
        out.writeInt(r.genomeLength());
        out.writeInt(r.objectives());
        for (int i = 0; i < r.size(); i++) {
            for (double v : r.genome(i)) {
                out.writeDouble(v);
            }
            for (double v : r.fitness(i)) {
                out.writeDouble(v);
            }
            out.writeByte(r.outcome(i).code);
            String e = r.error(i);
            out.writeBoolean(e != null);
            if (e != null) {
                out.writeUTF(e.length() > MAX_ERROR_CHARS ? e.substring(0, MAX_ERROR_CHARS) : e);
            }
        }
        out.flush();
        byte[] record = bytes.toByteArray();
        int crc = crc(chain, record, 0, record.length);
        out.writeInt(crc);
        out.flush();
        ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
        chain = crc;
        return channel.position();
    }

    /** Cuts the log to empty (its generations are now in a trajectory segment) and forces that to disk. */
    void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(false);
        chain = 0;
    }

    /** CRC32C over {@code previous} (4 bytes, big-endian) and {@code bytes[from, to)}. */
    private static int crc(int previous, byte[] bytes, int from, int to) {
        CRC32C c = new CRC32C();
        c.update(ByteBuffer.allocate(4).putInt(previous).array());
        c.update(bytes, from, to - from);
        return (int) c.getValue();
    }

    /**
     * Reads the records in the first {@code length} bytes of {@code file}, checking every record's CRC and that the
     * chain ends at {@code chain} (the checkpoint's); a damaged, truncated or foreign log fails with one line.
     */
    static List<GenerationRecord> read(Path file, long length, int chain) throws IOException {
        List<GenerationRecord> out = new ArrayList<>();
        if (length == 0) {
            return out;
        }
        if (!Files.isRegularFile(file) || Files.size(file) < length) {
            throw new IllegalArgumentException(file + ": " + (Files.exists(file) ? Files.size(file)
                    + " bytes (truncated)" : "missing") + " is not allowed; the checkpoint needs at least " + length
                    + " bytes" + RESTORE);
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(file + ": " + length + " bytes is not allowed; must be under 2 GiB");
        }
        byte[] all;
        try (InputStream in = Files.newInputStream(file)) {
            all = in.readNBytes((int) length);
        }
        ByteBuffer b = ByteBuffer.wrap(all);
        int previous = 0;
        while (b.hasRemaining()) {
            int start = b.position();
            GenerationRecord r = parse(b);
            int end = b.position();
            if (r == null || b.remaining() < 4 || b.getInt() != (previous = crc(previous, all, start, end))) {
                throw new IllegalArgumentException(file + ": record " + out.size() + " at byte " + start
                        + " fails its checksum (damaged, or another run's log) is not allowed" + RESTORE);
            }
            out.add(r);
        }
        if (previous != chain) {
            throw new IllegalArgumentException(file + ": checksum chain " + Integer.toHexString(previous)
                    + " is not allowed; must be the checkpoint's " + Integer.toHexString(chain)
                    + " (another run's log, or the checkpoint of another run)" + RESTORE);
        }
        return out;
    }

    /** Parses one record (without its CRC) from {@code b}; null if its fields cannot be a record. */
    private static GenerationRecord parse(ByteBuffer b) {
        try {
            if (b.getInt() != MAGIC) {
                return null;
            }
            int g = b.getInt(), n = b.getInt(), d = b.getInt(), m = b.getInt();
            if (n < 0 || d < 0 || m < 0 || (long) n * (8L * (d + m) + 2) > b.remaining()) {
                return null;
            }
            double[][] genomes = new double[n][d];
            double[][] fitness = new double[n][m];
            Outcome[] outcomes = new Outcome[n];
            String[] errors = new String[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    genomes[i][j] = b.getDouble();
                }
                for (int k = 0; k < m; k++) {
                    fitness[i][k] = b.getDouble();
                }
                outcomes[i] = Outcome.ofCode(b.get());
                if (b.get() != 0) {
                    int len = Short.toUnsignedInt(b.getShort());
                    byte[] utf = new byte[len];
                    b.get(utf);
                    errors[i] = decodeModifiedUtf8(len, utf);
                }
            }
            return new GenerationRecord(g, genomes, fitness, outcomes, errors);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    private static String decodeModifiedUtf8(int len, byte[] utf) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(len + 2);
        DataOutputStream o = new DataOutputStream(b);
        o.writeShort(len);
        o.write(utf);
        return new DataInputStream(new java.io.ByteArrayInputStream(b.toByteArray())).readUTF();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
