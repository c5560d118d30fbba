package org.dateline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void dyadsTimelineAndActorsSummariseTheStore() {
        try (Store store = Store.open(dir.resolve("r.duckdb"))) {
            new Sample().add(store, 0, 1, 2);

            ResultTable dyads = store.report(Reports.Report.DYADS, 10);
            assertThat(dyads.columns()).startsWith("source", "target", "events", "mentions", "verbal_coop",
                    "material_coop", "verbal_conflict", "material_conflict");
            assertThat(dyads.rows()).extracting(r -> r.subList(0, 8)).containsExactly(
                    List.of("DEUGOV", "RUSGOV", "1", "3", "0", "0", "1", "0"),
                    List.of("RUSGOV", "DEUGOV", "1", "2", "0", "0", "1", "0"));
            assertThat(store.report(Reports.Report.DYADS, 1).size()).isEqualTo(1);

            ResultTable timeline = store.report(Reports.Report.TIMELINE, 100);
            assertThat(timeline.rows()).containsExactly(List.of("2020-09-02", "2", "0", "0", "2", "0", "10:1 12:1"));

            ResultTable actors = store.report(Reports.Report.ACTORS, 2);
            assertThat(actors.columns()).containsExactly("name", "code", "mentions", "articles", "originals");
            assertThat(actors.get(0, "name")).isEqualTo("Angela Merkel");
            assertThat(actors.get(0, "articles")).isEqualTo("3");
            assertThat(actors.get(0, "originals")).isEqualTo("2");
        }
    }

    @Test
    void anUnknownReportIsOneClearError() {
        assertThatThrownBy(() -> Reports.Report.parse("sources"))
                .hasMessage("no report 'sources': use dyads, timeline or actors");
    }

    @Test
    void aResultPrintsAsAnAlignedTableWithLongCellsCut() {
        ResultTable t = new ResultTable(List.of("name", "n"), List.of(false, true), List.of(
                List.of("Ali Shamkhani", "12"),
                java.util.Arrays.asList("secretary of the Supreme National Security Council", null),
                List.of("a\nb", "7")));
        assertThat(t.format(20)).isEqualTo("""
                name                  n
                --------------------  --
                Ali Shamkhani         12
                secretary of the Su…
                a b                    7
                (3 rows)
                """);
    }
}
