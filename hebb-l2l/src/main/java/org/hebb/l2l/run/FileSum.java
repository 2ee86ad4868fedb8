package org.hebb.l2l.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's length and SHA-256, as a run's checkpoint records them for the files it does not hold itself (trajectory
 * segments, the index, {@code best.genome}). Derived from the bytes only, so two runs of one config record the same
 * sums. Public so other directories hebb writes (e.g. {@code hebb learn}'s) can use the same check.
 */
public record FileSum(long size, String sha256) {

    /** The length and SHA-256 of {@code file}'s bytes. */
    public static FileSum of(Path file) throws IOException {
        MessageDigest md = digest();
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                size += n;
            }
        }
        return new FileSum(size, HexFormat.of().formatHex(md.digest()));
    }

    /** The length and SHA-256 of {@code bytes}. */
    public static FileSum of(byte[] bytes) {
        return new FileSum(bytes.length, HexFormat.of().formatHex(digest().digest(bytes)));
    }

    /**
     * Checks {@code file} against this sum; returns null if it matches, else a one-line description of the problem
     * (missing, its length, or its SHA-256) without the file's name.
     */
    public String mismatch(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return MISSING;
        }
        FileSum now = of(file);
        if (now.size != size) {
            return now.size + " bytes where " + size + " were recorded";
        }
        return now.sha256.equals(sha256) ? null : "SHA-256 " + now.sha256.substring(0, 12) + "… where "
                + sha256.substring(0, 12) + "… was recorded";
    }

    /** What {@link #mismatch} says of a file that is not there. */
    public static final String MISSING = "missing";

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
