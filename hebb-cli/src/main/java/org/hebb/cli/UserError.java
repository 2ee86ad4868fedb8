package org.hebb.cli;

/** A failure caused by the user's input; its message is the one line the user sees. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    /**
     * The one-line message for any exception: the user's own errors as written, a failed read or write with the file
     * and the reason (a full disk, a missing directory), others with their type.
     */
    static String messageOf(Throwable ex) {
        if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (ex instanceof java.io.IOException io) {
            return describe(io);
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** What went wrong with a file, in words: the file and the operating system's reason, never "(null)". */
    public static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String file = f.getFile() != null ? f.getFile() : "";
            String why = switch (f) {
                case java.nio.file.AccessDeniedException a -> "permission denied";
                case java.nio.file.NoSuchFileException n -> "no such file or directory";
                case java.nio.file.FileAlreadyExistsException x -> "it exists";
                case java.nio.file.NotDirectoryException d -> "not a directory";
                default -> f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            };
            return file.isEmpty() ? why : file + ": " + why;
        }
        if (e instanceof javax.imageio.IIOException && e.getCause() instanceof java.io.IOException c) {
            return describe(c);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
