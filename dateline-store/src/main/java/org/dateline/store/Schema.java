package org.dateline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The versioned schema: step N is the SQL resource {@code org/dateline/store/schema-N.sql};
 * the latest version is the last N of an unbroken run from 1. A file records the steps
 * applied to it in {@code schema_version}; opening applies the missing steps in order, each
 * in one transaction with its version row, so a file is always at some whole version.
 */
final class Schema {
    private static final String RESOURCE = "org/dateline/store/schema-%d.sql";

    private final IntFunction<String> steps;

    /** The schema shipped with this module. */
    Schema() {
        this(Schema::resource);
    }

    /** A schema whose step N is {@code steps.apply(N)}, null past the last one. */
    Schema(IntFunction<String> steps) {
        this.steps = steps;
    }

    /** The SQL of step N from the class path, or null. */
    static String resource(int version) {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(String.format(RESOURCE, version))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int latest() {
        int n = 0;
        while (steps.apply(n + 1) != null) n++;
        return n;
    }

    /** The version of an open file: 0 when it has no schema yet. */
    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                     + "WHERE table_name = 'schema_version' AND table_schema = current_schema()")) {
            rs.next();
            if (rs.getInt(1) == 0) return 0;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Brings a file to the latest version; refuses one written by a newer Dateline. The
     * connection must auto-commit: each step opens its own transaction.
     */
    void migrate(Connection c, Path file) throws SQLException {
        int current = version(c);
        int latest = latest();
        if (current > latest) {
            throw new StoreException(file + " has store schema version " + current
                    + ", newer than this Dateline knows (" + latest + "): open it with a newer Dateline");
        }
        for (int v = current + 1; v <= latest; v++) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN TRANSACTION");
                for (String sql : statements(steps.apply(v))) s.execute(sql);
                s.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp::TIMESTAMP)");
                s.execute("COMMIT");
            } catch (SQLException e) {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw new StoreException("cannot bring " + file + " to store schema version " + v + ": " + e.getMessage(), e);
            }
        }
    }

    /** The statements of a step: comments out, split at semicolons that end a line. */
    static List<String> statements(String sql) {
        StringBuilder body = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            body.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : body.toString().split(";\\s*\n")) {
            String s = part.strip();
            if (s.endsWith(";")) s = s.substring(0, s.length() - 1);
            if (!s.isBlank()) out.add(s);
        }
        return out;
    }
}
