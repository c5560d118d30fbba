package org.dateline.store;

import org.dateline.model.Article;
import org.dateline.model.Record;
import org.dateline.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How fast the store writes: corpus articles (each made distinct) with hand-made records, per batch size. */
@Slow
class WriteSpeedTest {
    @TempDir
    Path dir;

    @Test
    void writesHundredsOfArticlesPerSecond() {
        List<Article> base = new ArrayList<>();
        for (String id : List.of("wikinews-046", "wikinews-062", "wikinews-061", "globalvoices-017", "wikinews-004")) {
            base.add(Fixtures.corpus(id));
        }
        for (int batch : List.of(50, 500)) {
            Path db = dir.resolve("speed-" + batch + ".duckdb");
            int n = 1000;
            long t0 = System.nanoTime();
            long rows = 0;
            try (Store store = Store.open(db, batch)) {
                for (int i = 0; i < n; i++) {
                    Article b = base.get(i % base.size());
                    Article a = Fixtures.article("speed-" + i, b.text() + "\n\nUpdate " + i + ".", "Wire", b.published());
                    Record r = StoreTest.recordOf(Fixtures.article(a.id(), StoreTest.numbered(i).text(), "Wire", b.published()));
                    store.add(a, r);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("store write: batch %d: %d articles in %.2f s = %.0f articles/s%n", batch, n, seconds, n / seconds);
            assertThat(n / seconds).isGreaterThan(20);
        }
    }
}
