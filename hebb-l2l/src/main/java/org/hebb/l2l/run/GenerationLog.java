package org.hebb.l2l.run;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.hebb.l2l.eval.Evaluation.Outcome;
import org.hebb.l2l.trajectory.GenerationRecord;

/**
 * The run's append-only record of generations ({@code generations.bin}): one binary record per generation, in order,
 * each forced to disk before the generation's checkpoint names its end offset. On resume the file is cut back to
 * that offset, so a generation written after the last checkpoint is dropped and recomputed. Appending keeps the cost
 * per generation constant, however long the run. With a trajectory writer the log holds only the generations since
 * the last full trajectory segment and is cleared when the next one is written ({@link TrajectorySegments}).
 *
 * <p>Record: int magic, int generation, int n, int genome length, int objectives, n×(genes, fitness as IEEE
 * doubles, byte outcome code, boolean hasError, [UTF error])); big-endian ({@link DataOutputStream}).
 */
final class GenerationLog implements AutoCloseable {
    private static final int MAGIC = 0x48474C31; // "HGL1"
    private static final int MAX_ERROR_CHARS = 4000;

    private final FileChannel channel;

    private GenerationLog(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens {@code file} for appending after cutting it to {@code length} bytes (creates it if absent). */
    static GenerationLog openAt(Path file, long length) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (ch.size() < length) {
            ch.close();
            throw new IllegalArgumentException(file.getFileName() + ": " + Files.size(file)
                    + " bytes is not allowed; the checkpoint needs at least " + length);
        }
        ch.truncate(length);
        ch.position(length);
        return new GenerationLog(ch);
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
        ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
        return channel.position();
    }

    /** Cuts the log to empty (its generations are now in a trajectory segment) and forces that to disk. */
    void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(false);
    }

    /** Reads the records in the first {@code length} bytes of {@code file}. */
    static List<GenerationRecord> read(Path file, long length) throws IOException {
        List<GenerationRecord> out = new ArrayList<>();
        if (length == 0) {
            return out;
        }
        if (!Files.isRegularFile(file) || Files.size(file) < length) {
            throw new IllegalArgumentException(file.getFileName() + ": " + (Files.exists(file) ? Files.size(file)
                    + " bytes" : "missing") + " is not allowed; the checkpoint needs at least " + length + " bytes");
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            long[] pos = {0};
            while (pos[0] < length) {
                out.add(readRecord(in, pos, file));
            }
        } catch (EOFException e) {
            throw new IllegalArgumentException(file.getFileName() + ": truncated is not allowed; must hold "
                    + length + " bytes of generations");
        }
        return out;
    }

    private static GenerationRecord readRecord(DataInputStream in, long[] pos, Path file) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IllegalArgumentException(file.getFileName() + ": bad record at byte " + pos[0]
                    + " is not allowed; must be a hebb generation log");
        }
        int g = in.readInt(), n = in.readInt(), d = in.readInt(), m = in.readInt();
        long size = 20;
        double[][] genomes = new double[n][d];
        double[][] fitness = new double[n][m];
        Outcome[] outcomes = new Outcome[n];
        String[] errors = new String[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                genomes[i][j] = in.readDouble();
            }
            for (int k = 0; k < m; k++) {
                fitness[i][k] = in.readDouble();
            }
            outcomes[i] = Outcome.ofCode(in.readByte());
            size += 8L * (d + m) + 2;
            if (in.readBoolean()) {
                int len = in.readUnsignedShort();
                byte[] utf = new byte[len];
                in.readFully(utf);
                errors[i] = decodeModifiedUtf8(len, utf);
                size += 2 + len;
            }
        }
        pos[0] += size;
        return new GenerationRecord(g, genomes, fitness, outcomes, errors);
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
