package org.dateline.store;

/**
 * A store that cannot be opened, read or written; the message says which file and why, on
 * one line (DuckDB's own messages span several, with a caret under the SQL at fault).
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(oneLine(message));
    }

    public StoreException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    static String oneLine(String message) {
        if (message == null) return null;
        // "LINE 1: select * from nosuch / ^^^^^^" repeats the user's SQL; the reason comes before it.
        int sqlEcho = message.indexOf("\nLINE ");
        String reason = sqlEcho >= 0 ? message.substring(0, sqlEcho) : message;
        return reason.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
