package org.hebb.l2l.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A {@value #FILE} manifest for output directories that have no checkpoint to carry their files' sums (e.g.
 * {@code hebb learn}'s): one line per file, {@code SHA256HEX  NAME}, sorted by name, in {@code sha256sum} format (so
 * {@code sha256sum -c checksums.sha256} checks it too). Write it atomically after the files it names, as the
 * directory's commit point; {@link #verify} before reading them. A damaged manifest fails too: a changed digit no
 * longer matches its file, a changed name names a missing one. The sums derive from the bytes only, so equal
 * outputs give equal manifests. A run directory uses {@code checkpoint.bin} instead ({@link RunIntegrity}).
 */
public final class DirectoryChecksums {
    /** The manifest's file name. */
    public static final String FILE = "checksums.sha256";

    private DirectoryChecksums() {
    }

    /** Writes {@value #FILE} in {@code dir} naming {@code names} (files in {@code dir}) with their SHA-256. */
    public static void write(Path dir, Collection<String> names) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String name : new TreeSet<>(names)) {
            if (name.contains("\n") || name.contains("/") || name.equals(FILE)) {
                throw new IllegalArgumentException("checksummed file: '" + name + "' is not allowed; must be a plain"
                        + " file name in the directory other than " + FILE);
            }
            text.append(FileSum.of(dir.resolve(name)).sha256()).append("  ").append(name).append('\n');
        }
        RunDirectory.writeAtomically(dir.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Every problem of {@code dir} against its {@value #FILE}, one line each naming the file (empty: it checks). */
    public static List<String> verify(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        Path manifest = dir.resolve(FILE);
        if (!Files.isRegularFile(manifest)) {
            out.add(manifest + ": missing is not allowed; must be written by hebb after the files it names");
            return out;
        }
        int n = 0;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            n++;
            if (!line.matches("[0-9a-f]{64}  [^/]+")) {
                out.add(manifest + ": line " + n + " is not allowed; must be 'SHA256HEX  NAME' (the file is damaged)");
                continue;
            }
            String name = line.substring(66);
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                out.add(file + ": missing is not allowed; " + FILE + " names it");
            } else if (!FileSum.of(file).sha256().equals(line.substring(0, 64))) {
                out.add(file + ": SHA-256 differs from " + FILE + "'s is not allowed; the file (or the manifest) is"
                        + " damaged or another run's: restore it from a copy, or run again");
            }
        }
        return out;
    }
}
