package org.dateline.ingest;

/**
 * Thrown when an input cannot be read at all; its message is the one-line reason
 * ("empty file"), and {@link #problem()} the same reason as an error naming the input.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String input;

    public InputException(String input, String reason) {
        super(reason);
        this.input = input;
    }

    public String input() {
        return input;
    }

    public Problem problem() {
        return Problem.error(input, getMessage());
    }
}
