package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The named reports over a store, all on the aggregated events (one row per distinct event
 * across articles) or the actors table:
 * <ul>
 * <li>{@code dyads}: source → target code pairs, their events by QuadClass (verbal and
 *     material cooperation, verbal and material conflict) and mentions, most events first;</li>
 * <li>{@code timeline}: events per date (as precise as the text gives it) by QuadClass,
 *     with the CAMEO roots of the day, in date order;</li>
 * <li>{@code actors}: the most-mentioned actors (name and code), their mentions and articles.</li>
 * </ul>
 */
public final class Reports {

    /** A named report. */
    public enum Report {
        DYADS, TIMELINE, ACTORS;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The report of a command-line name; one clear error for any other. */
        public static Report parse(String name) {
            for (Report r : values()) {
                if (r.label().equals(name)) return r;
            }
            throw new IllegalArgumentException("no report '" + name + "': use dyads, timeline or actors");
        }
    }

    private static final String QUADS = """
            count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
            count(*) FILTER (WHERE quad_class = 2) AS material_coop,
            count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
            count(*) FILTER (WHERE quad_class = 4) AS material_conflict""";

    private static final String DYADS = """
            SELECT source_code AS source, target_code AS target, count(*) AS events, sum(num_mentions) AS mentions,
            %s,
            any_value(source_name ORDER BY num_mentions DESC) AS source_name,
            any_value(target_name ORDER BY num_mentions DESC) AS target_name
            FROM aggregated_events WHERE source_code <> '' AND target_code <> ''
            GROUP BY source_code, target_code
            ORDER BY events DESC, mentions DESC, source, target
            LIMIT ?""".formatted(QUADS);

    private static final String TIMELINE = """
            WITH roots AS (
                SELECT date, root, count(*) AS n FROM aggregated_events WHERE date <> '' GROUP BY date, root
            )
            SELECT a.date AS day, count(*) AS events, %s,
            (SELECT string_agg(r.root || ':' || r.n, ' ' ORDER BY r.n DESC, r.root) FROM roots r WHERE r.date = a.date) AS roots
            FROM aggregated_events a WHERE a.date <> ''
            GROUP BY a.date ORDER BY a.date
            LIMIT ?""".formatted(QUADS);

    private static final String ACTORS = """
            SELECT x.name, x.code, sum(x.mention_count) AS mentions, count(DISTINCT x.hash) AS articles,
            count(DISTINCT x.hash) FILTER (WHERE a.duplicate_of_hash IS NULL) AS originals
            FROM actors x JOIN articles a ON a.hash = x.hash
            GROUP BY x.name, x.code
            ORDER BY mentions DESC, articles DESC, x.name
            LIMIT ?""";

    private Reports() {
    }

    static ResultTable run(Connection c, Report report, int limit) throws SQLException {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        String sql = switch (report) {
            case DYADS -> DYADS;
            case TIMELINE -> TIMELINE;
            case ACTORS -> ACTORS;
        };
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                return ResultTable.of(rs);
            }
        }
    }
}
