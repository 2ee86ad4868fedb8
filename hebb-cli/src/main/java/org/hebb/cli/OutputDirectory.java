package org.hebb.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        } catch (IOException e) {
            throw new UserError("--out: " + out + " cannot be created (" + UserError.describe(e) + ")");
        }
        try {
            try {
                contents.writeInto(stage);
            } catch (IOException | UncheckedIOException e) { // e.g. a full disk: name the file it was writing
                IOException io = e instanceof IOException x ? x : ((UncheckedIOException) e).getCause();
                throw new UncheckedIOException(new IOException("cannot write " + target.resolve(lastWritten(stage))
                        + ": " + UserError.describe(io) + " (nothing was written to " + out + ")", io));
            }
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

    /** The file of {@code stage} written last (the one a failure interrupted), relative to it. */
    private static Path lastWritten(Path stage) {
        try (Stream<Path> files = Files.walk(stage)) {
            return files.filter(Files::isRegularFile).max(Comparator.comparing(OutputDirectory::modified))
                    .map(stage::relativize).orElse(Path.of(""));
        } catch (IOException e) {
            return Path.of("");
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
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
