package org.dateline.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem with one input: a single line for the user. The message never spans lines,
 * so that a run over a thousand files gives one line per problem.
 *
 * @param input    the input as the user named it (a path, "stdin", a sidecar path)
 * @param severity a warning leaves the input usable; an error means it was skipped
 * @param message  what is wrong, in a few words
 */
public record Problem(String input, Severity severity, String message) {

    /** Whether the input was still used. */
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(severity, "severity");
        // Messages from libraries (JSON parsers, the file system) may carry line breaks.
        message = Objects.requireNonNull(message, "message").strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public static Problem warning(String input, String message) {
        return new Problem(input, Severity.WARNING, message);
    }

    public static Problem error(String input, String message) {
        return new Problem(input, Severity.ERROR, message);
    }

    /** The line to print: {@code dateline: error: corpus/x.txt: not text (binary data: ...)}. */
    public String line() {
        return "dateline: " + severity.name().toLowerCase(Locale.ROOT) + ": " + input + ": " + message;
    }
}
