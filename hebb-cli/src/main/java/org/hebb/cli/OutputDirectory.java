package org.hebb.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hebb.l2l.run.RunDirectory;

/**
 * The one place every command's {@code --out} goes through (run, compare, simulate, the experiments, nir import and
 * export; {@code hebb learn} and new commands should call it too). An existing non-empty output is refused unless
 * {@code --force}, which replaces it whole: a directory only if hebb wrote it (it holds {@value #MARKER} or a run's
 * {@code run.json}), never merged, so no stale file from an earlier output survives. Output is staged in a hidden
 * folder beside the target and renamed into place complete, so a failure never leaves a half-written directory.
 */
public final class OutputDirectory {
    /** The file hebb leaves in every output directory it writes, so {@code --force} knows it may replace it. */
    public static final String MARKER = ".hebb-output";

    /** Writes files into the folder it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path dir) throws IOException;
    }

    private OutputDirectory() {
    }

    /** {@link #write(Path, boolean, Contents)} without {@code --force}. */
    public static Path write(Path out, Contents contents) {
        return write(out, false, contents);
    }

    /**
     * Stages {@code contents} (plus the {@value #MARKER} file), then renames the staged folder to {@code out}; an
     * existing non-empty {@code out} is refused unless {@code force} (see {@link #clear}). Returns {@code out}.
     */
    public static Path write(Path out, boolean force, Contents contents) {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(out, force);
        Path stage = staging(out, target, ".partial-");
        try {
            try {
                contents.writeInto(stage);
            } catch (IOException | UncheckedIOException e) { // e.g. a full disk: name the file it was writing
                IOException io = e instanceof IOException x ? x : ((UncheckedIOException) e).getCause();
                throw new UncheckedIOException(new IOException("cannot write " + target.resolve(lastWritten(stage))
                        + ": " + UserError.describe(io) + " (nothing was written to " + out + ")", io));
            }
            Files.writeString(stage.resolve(MARKER), "written by hebb\n", StandardCharsets.UTF_8);
            Path old = moveAside(out, target);
            if (Files.isDirectory(target)) { // empty (e.g. the working directory): fill it, keep the folder itself
                try (Stream<Path> files = Files.list(stage)) {
                    for (Path p : files.toList()) {
                        Files.move(p, target.resolve(p.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            } else {
                Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
            }
            if (old != null) {
                deleteTree(old);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (Files.exists(stage)) {
                deleteTree(stage);
            }
        }
    }

    /**
     * For commands that write into their directory as they go ({@code hebb run}, {@code hebb learn}): refuses an
     * existing non-empty {@code out} unless {@code force}, and with it removes the old directory (renamed aside
     * first, so it goes as one piece). Afterwards {@code out} does not exist or is empty.
     */
    public static void clear(Path out, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(out, force);
        try {
            Path old = moveAside(out, target);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UserError("--out: " + out + " could not be replaced (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    /**
     * Writes one file ({@code --out FILE}) atomically (temp file, fsync, rename); an existing file is replaced only
     * with {@code force}.
     */
    public static Path writeFile(Path out, boolean force, RunDirectory.FileWriter writer) throws IOException {
        if (Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is a directory, which is not allowed; must be a file name");
        }
        if (Files.exists(out) && !force) {
            throw new UserError("--out: " + out + " exists, which is not allowed without --force; choose another"
                    + " file, or add --force to replace it");
        }
        Path parent = out.toAbsolutePath().normalize().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UserError("--out: " + out + " is not writable (" + parent + ": " + e.getClass().getSimpleName()
                    + ")");
        }
        RunDirectory.writeAtomically(out, writer);
        return out;
    }

    /**
     * Fails with one line unless {@code out} is absent, an empty directory, or ({@code force}) a directory hebb wrote.
     * {@link #write} checks again; a command that works long before it writes calls this first, so a refusal comes
     * before the work, not after it.
     */
    public static void checkReplaceable(Path out, boolean force) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is not allowed; it exists and is not a directory");
        }
        if (isEmpty(out)) {
            return;
        }
        if (!force) {
            throw new UserError("--out: " + out + " exists and is not empty, which is not allowed; choose a new"
                    + " directory, or add --force to replace it whole (only a directory hebb wrote)");
        }
        boolean run = RunDirectory.isRun(out);
        if (!run && !Files.isRegularFile(out.resolve(MARKER))) {
            throw new UserError("--force: " + out + " was not written by hebb (no " + MARKER + " or run.json), which"
                    + " is not allowed; remove it yourself or choose another --out");
        }
        if (run && inUse(out)) {
            throw new UserError("--force: " + out + " is a run in use by another process (" + RunDirectory.LOCK
                    + " is locked), which is not allowed; stop it first");
        }
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UserError("--out: " + dir + " is not readable (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether another process holds the run's lock. */
    private static boolean inUse(Path dir) {
        Path lock = dir.resolve(RunDirectory.LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
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

    /** Renames a non-empty {@code target} to a hidden sibling (returned); leaves an empty or absent one (null). */
    private static Path moveAside(Path out, Path target) throws IOException {
        if (!Files.isDirectory(target) || isEmpty(target)) {
            return null;
        }
        Path old = staging(out, target, ".replaced-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        return old;
    }

    /** A new hidden folder beside {@code target}. */
    private static Path staging(Path out, Path target, String kind) {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + target.getFileName() + kind);
        } catch (IOException e) {
            throw new UserError("--out: " + out + " cannot be created (" + UserError.describe(e) + ")");
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: a hidden folder left behind holds no part of the output
        }
    }
}
