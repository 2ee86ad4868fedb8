package org.hebb.l2l.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state after a generation ({@code checkpoint.bin}), and the run directory's manifest: which config it belongs
 * to, how many generations are done, where the generation log ends and the log's checksum chain there, the
 * optimizer's full state (population, counters, every RNG), and the length and SHA-256 of every other file the run
 * has written (trajectory segments, index, {@code best.genome}). Compact binary ({@link DataOutputStream}, IEEE
 * doubles bit for bit), ending in the SHA-256 of everything before it, written atomically (temp file, fsync, rename)
 * after the files it names, so it is the run's commit point.
 *
 * <p>Layout: 8-byte magic {@code HEBBCKPT}, int version (3), UTF config sha256, int generations, int generations
 * held in full trajectory segments (the log holds the rest; see {@link TrajectorySegments}), long log length, int
 * log checksum chain ({@link GenerationLog}), int n, n bytes of optimizer state, int f, f × (UTF name, long size, UTF
 * sha256 hex) sorted by name, 32 bytes SHA-256 of all preceding bytes.
 */
record Checkpoint(String configSha256, int generations, int segmentGenerations, long logLength, int logChain,
        byte[] optimizerState, SortedMap<String, FileSum> files) {
    private static final byte[] MAGIC = "HEBBCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 3;
    private static final int TRAILER = 32;

    /** This checkpoint with {@code files} as its manifest. */
    Checkpoint withFiles(Map<String, FileSum> now) {
        return new Checkpoint(configSha256, generations, segmentGenerations, logLength, logChain, optimizerState,
                new TreeMap<>(now));
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(configSha256);
        out.writeInt(generations);
        out.writeInt(segmentGenerations);
        out.writeLong(logLength);
        out.writeInt(logChain);
        out.writeInt(optimizerState.length);
        out.write(optimizerState);
        out.writeInt(files.size());
        for (Map.Entry<String, FileSum> e : files.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue().size());
            out.writeUTF(e.getValue().sha256());
        }
        out.flush();
        out.write(FileSum.digest().digest(bytes.toByteArray()));
        out.flush();
        RunDirectory.writeAtomically(file, bytes.toByteArray());
    }

    /** Reads and checks {@code file}; a damaged, truncated or foreign file fails with one line saying what to do. */
    static Checkpoint read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String what = file + ": ";
        String todo = "; restore the file from a copy of the run, or start the run anew with 'hebb run'";
        if (all.length < MAGIC.length + TRAILER || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException(what + "not a hebb checkpoint (" + all.length + " bytes) is not allowed"
                    + todo);
        }
        int version = java.nio.ByteBuffer.wrap(all, MAGIC.length, 4).getInt();
        if (version != VERSION) { // before the trailer: a checkpoint of an earlier hebb has none
            throw new IllegalArgumentException(what + "version " + version + " is not allowed; must be " + VERSION
                    + " (finish the run with the hebb that started it)");
        }
        int body = all.length - TRAILER;
        MessageDigest md = FileSum.digest();
        md.update(all, 0, body);
        if (!Arrays.equals(md.digest(), 0, TRAILER, all, body, all.length)) {
            throw new IllegalArgumentException(what + "checksum mismatch (damaged or truncated) is not allowed" + todo);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, body))) {
            in.skipNBytes(MAGIC.length + 4);
            String sha = in.readUTF();
            int g = in.readInt();
            int inSegments = in.readInt();
            long len = in.readLong();
            int chain = in.readInt();
            byte[] state = new byte[in.readInt()];
            in.readFully(state);
            SortedMap<String, FileSum> files = new TreeMap<>();
            for (int k = in.readInt(); k > 0; k--) {
                files.put(in.readUTF(), new FileSum(in.readLong(), in.readUTF()));
            }
            return new Checkpoint(sha, g, inSegments, len, chain, state, files);
        } catch (EOFException | NegativeArraySizeException e) {
            throw new IllegalArgumentException(what + "inconsistent contents is not allowed" + todo);
        }
    }
}
