package org.hebb.cli.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hebb.l2l.run.FileSum;
import org.hebb.l2l.run.RunDirectory;

/**
 * A learn directory's {@code checkpoint.bin}: the whole learning state after the last finished unit, and the
 * directory's manifest — whose run it is ({@link LearnDirectory#identity}: the SHA-256 of run.json's config and seed)
 * and the length and SHA-256 of the files derived from that state ({@code learning.csv}, {@code weights.h5}). It ends
 * in the SHA-256 of everything before it, so a flipped bit or a cut anywhere in it is found before a byte of the state
 * is parsed. It is the directory's commit point: the derived files are computed (weights.h5 staged complete) before
 * it is written and put in place after it, so a kill between any two writes leaves a checkpoint whose derived files
 * are either the ones it names or older ones that resuming rewrites from it (the layout and the order follow
 * {@code hebb run}'s checkpoint, org.hebb.l2l.run.Checkpoint).
 *
 * <p>Layout: 8-byte magic {@code HEBBLRNC}, int version (1), UTF identity, int f, f × (UTF name, long size, UTF
 * sha256 hex) sorted by name, the state (the rest), 32 bytes SHA-256 of all preceding bytes.
 */
record LearnCheckpoint(String identity, SortedMap<String, FileSum> files, byte[] bytes, int stateOffset,
        int stateLength) {
    private static final byte[] MAGIC = "HEBBLRNC".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int TRAILER = 32;
    static final String TODO = "restore the directory from a copy, or learn anew with 'hebb learn --out NEW_DIR'";

    /** Writes the learning state. */
    @FunctionalInterface
    interface State {
        void write(DataOutputStream out) throws IOException;
    }

    /** The state, to be read by the agent's reader. */
    DataInputStream state() {
        return new DataInputStream(new ByteArrayInputStream(bytes, stateOffset, stateLength));
    }

    /** Writes {@code file} atomically: the header naming {@code derived}, the state, the trailer. */
    static void write(Path file, String identity, Map<String, FileSum> derived, State state) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(buf);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(identity);
        out.writeInt(derived.size());
        for (Map.Entry<String, FileSum> e : new TreeMap<>(derived).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue().size());
            out.writeUTF(e.getValue().sha256());
        }
        state.write(out);
        out.flush();
        out.write(sha256(buf.toByteArray(), buf.size()));
        out.flush();
        byte[] all = buf.toByteArray();
        RunDirectory.writeAtomically(file, tmp -> Files.write(tmp, all));
    }

    /** Whether {@code file} begins as a learn checkpoint does (tells a learn directory whose run.json is lost). */
    static boolean looksLike(Path file) {
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads and checks {@code file}: a damaged, truncated or foreign file fails with one line saying what to do. */
    static LearnCheckpoint read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String what = file + ": ";
        if (all.length < MAGIC.length + 4 + TRAILER || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException(what + "not a hebb learn checkpoint (" + all.length + " bytes) is not"
                    + " allowed; " + TODO);
        }
        int version = java.nio.ByteBuffer.wrap(all, MAGIC.length, 4).getInt();
        if (version != VERSION) {
            throw new IllegalArgumentException(what + "version " + version + " is not allowed; must be " + VERSION
                    + " (" + TODO + ")");
        }
        int body = all.length - TRAILER;
        if (!Arrays.equals(sha256(all, body), 0, TRAILER, all, body, all.length)) {
            throw new IllegalArgumentException(what + "checksum mismatch (damaged or truncated) is not allowed; "
                    + TODO);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, body))) {
            in.skipNBytes(MAGIC.length + 4);
            String identity = in.readUTF();
            SortedMap<String, FileSum> files = new TreeMap<>();
            for (int k = in.readInt(); k > 0; k--) {
                files.put(in.readUTF(), new FileSum(in.readLong(), in.readUTF()));
            }
            int offset = body - in.available();
            return new LearnCheckpoint(identity, files, all, offset, body - offset);
        } catch (EOFException | UTFDataFormatException e) {
            throw new IllegalArgumentException(what + "inconsistent contents is not allowed; " + TODO);
        }
    }

    private static byte[] sha256(byte[] b, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(b, 0, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
