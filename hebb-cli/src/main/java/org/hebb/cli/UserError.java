package org.hebb.cli;

/** A failure caused by the user's input; its message is the one line the user sees. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    /** The one-line message for any exception: the user's own errors as written, others with their type. */
    static String messageOf(Throwable ex) {
        if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
