package org.dateline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationTest {
    @TempDir
    Path dir;

    private static final String ROWS = "SELECT source_code, target_code, code, date, place_name, num_mentions, "
            + "num_sources, num_articles, first_seen, last_seen, first_article_id, root_event FROM aggregated_events "
            + "ORDER BY code";

    private static final List<List<String>> EXPECTED = List.of(
            // Reported by the original, its copy and the earlier story from another source.
            List.of("DEUGOV", "RUSGOV", "100", "2020-09-02", "Berlin", "3", "3", "3", "2020-08-22", "2020-09-05",
                    "wikinews-061", "true"),
            // The original and its copy; the copy's own airlift event (073) is no row.
            List.of("RUSGOV", "DEUGOV", "125", "2020-09-02", "", "2", "2", "2", "2020-09-05", "2020-09-05",
                    "wikinews-062", "false"));

    @Test
    void eventsOfCopiesAreFurtherMentionsNeverNewRows() {
        Sample s = new Sample();
        try (Store store = Store.open(dir.resolve("agg.duckdb"))) {
            s.add(store, 2, 0, 1);
            assertThat(store.query(ROWS).rows()).isEqualTo(EXPECTED);
            ResultTable evidence = store.query("SELECT unnest(evidence).article_id AS article, unnest(evidence).text AS text "
                    + "FROM aggregated_events WHERE code = '100'");
            assertThat(evidence.rows()).containsExactly(
                    List.of("wikinews-061", "alleged Navalny was poisoned"),
                    List.of("wikinews-062", "demanded an explanation from Russia"),
                    List.of("wire-copy", "demanded an explanation from Russia"));
        }
    }

    @Test
    void theRowsAreTheSameAfterResumesAndRepeatedAdds() {
        Sample s = new Sample();
        Path db = dir.resolve("resumed.duckdb");
        try (Store store = Store.open(db, 1)) {
            s.add(store, 2);
        }
        try (Store store = Store.open(db, 1)) {
            s.add(store, 2, 0);
        }
        try (Store store = Store.open(db, 1)) {
            s.add(store, 0, 1, 2, 1);
            assertThat(store.query(ROWS).rows()).isEqualTo(EXPECTED);
        }
    }

    @Test
    void pendingArticlesCountBeforeTheyAreCommitted() {
        Sample s = new Sample();
        try (Store store = Store.open(dir.resolve("pending.duckdb"), 100)) {
            s.add(store, 2, 0, 1);
            assertThat(store.query(ROWS).rows()).isEqualTo(EXPECTED);
        }
    }
}
