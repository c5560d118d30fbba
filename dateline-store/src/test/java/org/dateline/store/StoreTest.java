package org.dateline.store;

import org.dateline.model.Article;
import org.dateline.model.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.store.Fixtures.ref;

class StoreTest {
    @TempDir
    Path dir;

    /** The i-th of a run of distinct short reports, each with two events. */
    static Article numbered(int i) {
        String text = "Talks number " + i + " took place in Geneva. The foreign minister of Iran met the "
                + "European Union envoy on Monday and said \"the door remains open\" after round " + i
                + ". Later the minister criticised the sanctions imposed by Washington.";
        return Fixtures.article("talks-" + i, text, "Wire " + (i % 2), CrashingWriter.day(i));
    }

    static Record recordOf(Article a) {
        return Fixtures.record(a,
                Fixtures.event(a, "met the European Union envoy", "040", 1, 1.0,
                        ref("a1", "foreign minister", "IRNGOV"), ref("a2", "European Union envoy", "IGOEEC"),
                        a.published().toString(), null),
                Fixtures.event(a, "criticised the sanctions", "111", 3, -2.0,
                        ref("a1", "foreign minister", "IRNGOV"), ref("a3", "Washington", "USAGOV"),
                        a.published().toString(), null));
    }

    @Test
    void anArticleIsAddedOnceAndAfterwardsKnownByItsHash() {
        Article a = numbered(1);
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            assertThat(store.has(a)).isFalse();
            AddResult first = store.add(a, recordOf(a));
            assertThat(first.status()).isEqualTo(AddResult.Status.ADDED);
            assertThat(first.hash()).isEqualTo(ContentHash.of(a)).hasSize(64);
            assertThat(store.has(first.hash())).isTrue();
            // The same input again is the same article, a renamed title included.
            Article again = a.toBuilder().title("A corrected headline").build();
            assertThat(store.add(again, recordOf(again)).status()).isEqualTo(AddResult.Status.ALREADY_STORED);
            assertThat(store.query("SELECT count(*) AS n FROM articles").get(0, "n")).isEqualTo("1");
            // The same text published elsewhere is another article: a copy of the first.
            Article elsewhere = a.toBuilder().id("other-id").url("https://elsewhere.example/story").build();
            AddResult copy = store.add(elsewhere, recordOf(elsewhere));
            assertThat(copy.status()).isEqualTo(AddResult.Status.NEAR_DUPLICATE);
            assertThat(copy.duplicateOf()).isEqualTo(a.id());
            assertThat(store.query("SELECT count(*) AS n FROM articles").get(0, "n")).isEqualTo("2");
        }
    }

    @Test
    void everyPartOfTheRecordLandsInItsTable() {
        Article a = numbered(7);
        Record r = recordOf(a);
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.add(a, r);
            assertThat(store.query("SELECT id, seq, source, published, authors, record_json, duplicate_of FROM articles").rows())
                    .containsExactly(java.util.Arrays.asList("talks-7", "1", "Wire 1", "2020-01-08",
                            "[A. Writer, B. Editor]", org.dateline.output.RecordJson.toLine(r), null));
            assertThat(store.query("SELECT count(*) AS n FROM actors").get(0, "n")).isEqualTo("3");
            assertThat(store.query("SELECT count(*) AS n FROM events").get(0, "n")).isEqualTo("2");
            assertThat(store.query("SELECT count(*) AS n FROM quotes").get(0, "n")).isEqualTo("1");
            assertThat(store.query("SELECT count(*) AS n FROM times").get(0, "n")).isEqualTo("1");
            ResultTable e = store.query("SELECT code, source_code, target_code, evidence_text, evidence_start "
                    + "FROM events ORDER BY event_index");
            assertThat(e.get(1, "evidence_text")).isEqualTo("criticised the sanctions");
            int start = Integer.parseInt(e.get(1, "evidence_start"));
            assertThat(a.text().substring(start, start + "criticised the sanctions".length())).isEqualTo("criticised the sanctions");
        }
    }

    @Test
    void hasIsSafeFromManyThreadsWhileTheWriterAdds() throws Exception {
        try (Store store = Store.open(dir.resolve("s.duckdb"), 5)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Boolean>> asks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Article a = numbered(i);
                asks.add(pool.submit(() -> store.has(a)));
                store.add(a, recordOf(a));
            }
            for (Future<Boolean> f : asks) f.get();
            pool.shutdown();
            for (int i = 0; i < 40; i++) assertThat(store.has(numbered(i))).isTrue();
        }
    }

    @Test
    void anAbandonedBatchLeavesOnlyWholeArticlesAndAReRunAddsTheRest() {
        Path db = dir.resolve("crash.duckdb");
        Store store = Store.open(db, 3);
        for (int i = 0; i < 7; i++) store.add(numbered(i), recordOf(numbered(i)));
        store.abandon(); // the seventh article's batch was never committed
        assertWholeArticles(db, 6);
        try (Store again = Store.open(db, 3)) {
            int added = 0;
            for (int i = 0; i < 7; i++) {
                // (these short reports differ in two words only, so they are near-duplicates of each other)
                if (again.add(numbered(i), recordOf(numbered(i))).status() != AddResult.Status.ALREADY_STORED) added++;
            }
            assertThat(added).isEqualTo(1);
        }
        assertWholeArticles(db, 7);
    }

    @Test
    void aKilledWriterLeavesOnlyWholeArticles() throws IOException, InterruptedException {
        Path db = dir.resolve("killed.duckdb");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), db.toString(), "8")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isEqualTo(9);
        assertThat(output).contains("added 8");
        // Batches of three: two committed, two articles lost with the process.
        assertWholeArticles(db, 6);
    }

    private static void assertWholeArticles(Path db, int expected) {
        try (Store store = Store.open(db)) {
            assertThat(store.query("SELECT count(*) AS n FROM articles").get(0, "n")).isEqualTo(Integer.toString(expected));
            // Every stored article has all its rows; no row belongs to an article that is not stored.
            assertThat(store.query("SELECT count(*) AS n FROM events").get(0, "n")).isEqualTo(Integer.toString(2 * expected));
            assertThat(store.query("SELECT count(*) AS n FROM actors").get(0, "n")).isEqualTo(Integer.toString(3 * expected));
            assertThat(store.query("SELECT count(*) AS n FROM events e ANTI JOIN articles a USING (hash)").get(0, "n"))
                    .isEqualTo("0");
            assertThat(store.query("SELECT count(*) AS n FROM articles a WHERE (SELECT count(*) FROM event_evidence v "
                    + "WHERE v.hash = a.hash) <> 2").get(0, "n")).isEqualTo("0");
            for (int i = 0; i < expected; i++) assertThat(store.has(numbered(i))).isTrue();
            assertThat(store.has(numbered(expected))).isFalse();
        }
    }
}
