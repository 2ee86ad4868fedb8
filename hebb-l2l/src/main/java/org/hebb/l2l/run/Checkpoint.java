package org.hebb.l2l.run;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The state after a generation ({@code checkpoint.bin}): which config it belongs to, how many generations are done,
 * where the generation log ends, and the optimizer's full state (population, counters, every RNG). Compact binary
 * ({@link DataOutputStream}, IEEE doubles bit for bit), written atomically (temp file, fsync, rename).
 *
 * <p>Layout: 8-byte magic {@code HEBBCKPT}, int version (2), UTF config sha256, int generations, int generations
 * held in full trajectory segments (the log holds the rest; see {@link TrajectorySegments}), long log length, int n,
 * n bytes of optimizer state.
 */
record Checkpoint(String configSha256, int generations, int segmentGenerations, long logLength,
        byte[] optimizerState) {
    private static final byte[] MAGIC = "HEBBCKPT".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int VERSION = 2;

    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(configSha256);
        out.writeInt(generations);
        out.writeInt(segmentGenerations);
        out.writeLong(logLength);
        out.writeInt(optimizerState.length);
        out.write(optimizerState);
        out.flush();
        RunDirectory.writeAtomically(file, bytes.toByteArray());
    }

    static Checkpoint read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            int version = in.readInt();
            if (!Arrays.equals(magic, MAGIC) || version != VERSION) {
                throw new IllegalArgumentException(file + ": not a version-" + VERSION
                        + " hebb checkpoint is not allowed; must be written by hebb run");
            }
            String sha = in.readUTF();
            int g = in.readInt();
            int inSegments = in.readInt();
            long len = in.readLong();
            byte[] state = new byte[in.readInt()];
            in.readFully(state);
            return new Checkpoint(sha, g, inSegments, len, state);
        } catch (java.io.EOFException e) {
            throw new IllegalArgumentException(file + ": truncated is not allowed; must be a complete checkpoint");
        }
    }
}
