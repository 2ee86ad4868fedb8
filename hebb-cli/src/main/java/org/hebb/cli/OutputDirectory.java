package org.hebb.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a command's output files all or nothing: they are made in a hidden staging folder beside the target and
 * moved in only when every file is complete, so a failure never leaves a half-written output directory.
 */
public final class OutputDirectory {
    /** Writes files into the folder it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path dir) throws IOException;
    }

    private OutputDirectory() {
    }

    /** Stages {@code contents}, then moves every file into {@code out} (created if absent); returns {@code out}. */
    public static Path write(Path out, Contents contents) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path stage;
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new UserError("--out: " + out + " is not allowed; it exists and is not a directory");
            }
            Files.createDirectories(parent);
            stage = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        } catch (AccessDeniedException e) {
            throw new UserError("--out: " + out + " is not writable (permission denied)");
        } catch (FileSystemException e) {
            throw new UserError("--out: " + out + " is not writable (" + e.getReason() + ")");
        } catch (IOException e) {
            throw new UserError("--out: " + out + " is not writable (" + e.getMessage() + ")");
        }
        try {
            contents.writeInto(stage);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.walk(stage)) {
                for (Path p : files.sorted().toList()) {
                    Path dest = target.resolve(stage.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(stage);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: a staging folder left behind is hidden and holds no partial result in the target
        }
    }
}
