package org.dateline.store;

import org.dateline.model.ActorRef;
import org.dateline.model.Place;
import org.dateline.output.GdeltEvents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes a table of the store in a format:
 * <ul>
 * <li>{@code articles} as {@code jsonl}: each stored record line exactly as {@code extract}
 *     wrote it, with {@code "duplicate_of"} (null or the first copy's id) added last; as
 *     {@code csv}/{@code parquet}: the articles table without the MinHash signatures;</li>
 * <li>{@code events}: the aggregated events (one row per distinct event across articles,
 *     with its mentions' evidence); {@code gdelt} writes them as GDELT 2.0 rows through
 *     {@link GdeltEvents#columns} with NumMentions, NumSources and NumArticles filled;</li>
 * <li>{@code quotes}, {@code actors}: one row per quote or actor with its article's id (an
 *     actor with its mentions as a list).</li>
 * </ul>
 * Rows come in ingest order. CSV has a header; Parquet is written by DuckDB and needs a
 * file. A format that makes no sense for a table is refused with one clear message.
 */
public final class Export {

    /** The tables that can be exported. */
    public enum Table {
        ARTICLES, EVENTS, QUOTES, ACTORS;

        public static Table parse(String name) {
            for (Table t : values()) {
                if (t.name().equalsIgnoreCase(name)) return t;
            }
            throw new IllegalArgumentException("no table '" + name + "' to export: use articles, events, quotes or actors");
        }
    }

    /** The export formats. */
    public enum Format {
        JSONL, CSV, PARQUET, GDELT;

        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) return f;
            }
            throw new IllegalArgumentException("no export format '" + name + "': use jsonl, csv, parquet or gdelt");
        }

        /** Whether the format is text, so it can go to standard output. */
        public boolean text() {
            return this != PARQUET;
        }
    }

    private static final String EVENTS = "SELECT * FROM aggregated_events "
            + "ORDER BY first_seen, date, source_code, target_code, code, place_name, place_country";

    private final Connection connection;

    Export(Connection connection) {
        this.connection = connection;
    }

    /** Writes to a file, replacing it. */
    void write(Table table, Format format, Path out) {
        check(table, format);
        try {
            if (direct(table, format)) {
                try (OutputStream stream = Files.newOutputStream(out)) {
                    writeDirect(table, format, stream);
                }
            } else {
                Files.deleteIfExists(out);
                copy(table, format, out);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes a text format to a stream, which stays open. */
    void write(Table table, Format format, OutputStream out) {
        check(table, format);
        if (!format.text()) {
            throw new IllegalArgumentException(label(format) + " is a binary format: write it to a file (--out FILE)");
        }
        try {
            if (direct(table, format)) {
                writeDirect(table, format, out);
                return;
            }
            Path tmp = Files.createTempFile("dateline-export", "." + label(format));
            try {
                Files.delete(tmp);
                copy(table, format, tmp);
                Files.copy(tmp, out);
                out.flush();
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Table table, Format format) {
        if (format == Format.GDELT && table != Table.EVENTS) {
            throw new IllegalArgumentException("gdelt is a format of the events table only, not of "
                    + label(table) + ": use jsonl, csv or parquet");
        }
    }

    /** Formats written row by row in Java rather than by DuckDB's COPY. */
    private static boolean direct(Table table, Format format) {
        return format == Format.GDELT || table == Table.ARTICLES && format == Format.JSONL;
    }

    private void writeDirect(Table table, Format format, OutputStream stream) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        try {
            if (format == Format.GDELT) gdelt(w);
            else articleLines(w);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + label(table) + ": " + e.getMessage(), e);
        }
        w.flush();
    }

    /** The stored record lines with duplicate_of added as the last field. */
    private void articleLines(Writer w) throws SQLException, IOException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_json, duplicate_of FROM articles ORDER BY seq")) {
            while (rs.next()) {
                String line = rs.getString(1);
                String dup = rs.getString(2);
                w.write(withDuplicateOf(line, dup));
                w.write('\n');
            }
        }
    }

    static String withDuplicateOf(String recordLine, String duplicateOf) {
        String value;
        try {
            value = org.dateline.output.RecordJson.mapper().writeValueAsString(duplicateOf);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int end = recordLine.lastIndexOf('}');
        return recordLine.substring(0, end) + ",\"duplicate_of\":" + value + recordLine.substring(end);
    }

    private void gdelt(Writer w) throws SQLException, IOException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(EVENTS)) {
            while (rs.next()) {
                w.write(GdeltEvents.line(row(rs)));
                w.write('\n');
            }
        }
    }

    /** An aggregated event as a GDELT row: the same column mapping as a single record's events. */
    private static GdeltEvents.Row row(ResultSet rs) throws SQLException {
        String source = rs.getString("source_code"), target = rs.getString("target_code");
        String code = rs.getString("code"), date = rs.getString("date");
        String placeName = rs.getString("place_name"), country = rs.getString("place_country");
        String key = String.join("\u001f", source, target, code, date, placeName, country);
        Place place = placeName.isEmpty() && country.isEmpty() ? null
                : new Place(placeName.isEmpty() ? null : placeName, country.isEmpty() ? null : country,
                (Double) rs.getObject("place_lat"), (Double) rs.getObject("place_lon"), null, null);
        if (place != null && place.name() == null) place = new Place(country, country, place.lat(), place.lon(), null, null);
        java.sql.Date first = rs.getDate("first_seen");
        return new GdeltEvents.Row(id(key), date.isEmpty() ? null : date,
                ref(rs.getString("source_name"), source), ref(rs.getString("target_name"), target),
                rs.getBoolean("root_event"), code, rs.getString("root"), rs.getInt("quad_class"),
                rs.getDouble("goldstein"), rs.getInt("num_mentions"), rs.getInt("num_sources"),
                rs.getInt("num_articles"), place, first == null ? null : first.toLocalDate().toString(),
                rs.getString("first_url"));
    }

    private static ActorRef ref(String name, String code) {
        return name == null && code.isEmpty() ? null : new ActorRef(null, name, code.isEmpty() ? null : code);
    }

    /** A stable positive id from an aggregated event's key. */
    static long id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits() & Long.MAX_VALUE;
    }

    /** DuckDB writes the file itself. */
    private void copy(Table table, Format format, Path out) {
        String select = switch (table) {
            case ARTICLES -> "SELECT * EXCLUDE (minhash) FROM articles ORDER BY seq";
            case EVENTS -> EVENTS;
            case QUOTES -> "SELECT a.id AS article_id, q.* FROM quotes q JOIN articles a ON a.hash = q.hash "
                    + "ORDER BY a.seq, q.quote_index";
            case ACTORS -> "SELECT a.id AS article_id, x.*, "
                    + "(SELECT list({'start': m.span_start, 'end': m.span_end, 'text': m.text} ORDER BY m.mention_index) "
                    + " FROM mentions m WHERE m.hash = x.hash AND m.actor_index = x.actor_index) AS mentions "
                    + "FROM actors x JOIN articles a ON a.hash = x.hash ORDER BY a.seq, x.actor_index";
        };
        String options = switch (format) {
            case CSV -> "FORMAT CSV, HEADER";
            case JSONL -> "FORMAT JSON";
            case PARQUET -> "FORMAT PARQUET";
            case GDELT -> throw new IllegalStateException("gdelt is written directly");
        };
        String target = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (" + select + ") TO '" + target + "' (" + options + ")");
        } catch (SQLException e) {
            throw new StoreException("cannot export " + label(table) + " as " + label(format) + ": " + e.getMessage(), e);
        }
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
