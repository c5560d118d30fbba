package org.dateline.store;

import org.dateline.output.GdeltEvents;
import org.dateline.output.RecordJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportTest {
    @TempDir
    Path dir;

    private final Sample sample = new Sample();
    private Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("export.duckdb"));
        sample.add(store, 0, 1, 2);
        store.commit();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void articlesAsJsonLinesAreTheExtractLinesWithDuplicateOfAdded() throws Exception {
        Path out = dir.resolve("articles.jsonl");
        store.export("articles", "jsonl", out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                strip(RecordJson.toLine(sample.originalRecord())) + ",\"duplicate_of\":null}",
                strip(RecordJson.toLine(sample.copyRecord())) + ",\"duplicate_of\":\"wikinews-062\"}",
                strip(RecordJson.toLine(sample.earlierRecord())) + ",\"duplicate_of\":null}");
        assertThat(RecordJson.mapper().readTree(lines.get(1)).get("duplicate_of").asText()).isEqualTo("wikinews-062");
    }

    private static String strip(String line) {
        return line.substring(0, line.length() - 1);
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(Export.Table.QUOTES, Export.Format.CSV, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("article_id,hash,quote_index,text,kind,span_start,span_end,speaker_actor");
        long quotes = Long.parseLong(store.query("SELECT count(*) AS n FROM quotes").get(0, "n"));
        assertThat(quotes).isGreaterThan(0);
        assertThat(lines).hasSize(1 + (int) quotes); // no line breaks inside these quotes
        assertThat(lines[1]).startsWith("wikinews-062,");

        ByteArrayOutputStream events = new ByteArrayOutputStream();
        store.export(Export.Table.EVENTS, Export.Format.CSV, events);
        String[] eventLines = events.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(eventLines).hasSize(3);
        assertThat(eventLines[0]).startsWith("source_code,target_code,code,date");
    }

    @Test
    void parquetIsReadBackByDuckDb() {
        for (String table : List.of("articles", "events", "quotes", "actors")) {
            Path out = dir.resolve(table + ".parquet");
            store.export(table, "parquet", out);
            String path = out.toString().replace("'", "''");
            String expected = switch (table) {
                case "events" -> "2";
                case "articles" -> "3";
                default -> store.query("SELECT count(*) AS n FROM " + table).get(0, "n");
            };
            assertThat(store.query("SELECT count(*) AS n FROM read_parquet('" + path + "')").get(0, "n"))
                    .as(table).isEqualTo(expected);
        }
        Path events = dir.resolve("events.parquet");
        ResultTable back = store.query("SELECT code, num_articles, evidence[1].article_id AS first FROM read_parquet('"
                + events + "') ORDER BY code");
        assertThat(back.rows()).containsExactly(List.of("100", "3", "wikinews-062"), List.of("125", "2", "wikinews-062"));
        assertThatThrownBy(() -> store.export(Export.Table.EVENTS, Export.Format.PARQUET, new ByteArrayOutputStream()))
                .hasMessageContaining("binary");
    }

    @Test
    void eventsAsJsonLinesCarryTheirEvidence() throws Exception {
        Path out = dir.resolve("events.jsonl");
        store.export("events", "jsonl", out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        var first = RecordJson.mapper().readTree(lines.get(0));
        assertThat(first.get("code").asText()).isEqualTo("100");
        assertThat(first.get("num_mentions").asInt()).isEqualTo(3);
        assertThat(first.get("evidence")).hasSize(3);
        assertThat(first.get("evidence").get(2).get("article_id").asText()).isEqualTo("wikinews-061");
        assertThat(first.get("evidence").get(2).get("url").asText()).isEqualTo(sample.earlier.url()).isNotBlank();
        assertThat(first.get("evidence").get(2).get("text").asText()).isEqualTo("alleged Navalny was poisoned");
    }

    @Test
    void gdeltRowsOfAggregatedEventsFillTheCounts() throws Exception {
        Path out = dir.resolve("events.tsv");
        store.export("events", "gdelt", out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        String[] demand = lines.get(0).split("\t", -1);
        assertThat(demand).hasSize(GdeltEvents.COLUMNS.size());
        assertThat(col(demand, "EventCode")).isEqualTo("100");
        assertThat(col(demand, "Actor1Code")).isEqualTo("DEUGOV");
        assertThat(col(demand, "Actor1Name")).isEqualTo("ANGELA MERKEL");
        assertThat(col(demand, "Actor2CountryCode")).isEqualTo("RUS");
        assertThat(col(demand, "NumMentions")).isEqualTo("3");
        assertThat(col(demand, "NumSources")).isEqualTo("3");
        assertThat(col(demand, "NumArticles")).isEqualTo("3");
        assertThat(col(demand, "ActionGeo_FullName")).isEqualTo("Berlin");
        assertThat(col(demand, "Day")).isEqualTo("20200902");
        assertThat(col(demand, "DATEADDED")).isEqualTo("20200822000000");
        String[] dismiss = lines.get(1).split("\t", -1);
        assertThat(col(dismiss, "NumArticles")).isEqualTo("2");
        assertThat(col(dismiss, "ActionGeo_FullName")).isEmpty();
        assertThat(col(dismiss, "GlobalEventID")).isNotEqualTo(col(demand, "GlobalEventID"));
    }

    @Test
    void aFormatThatMakesNoSenseForATableIsOneClearError() {
        assertThatThrownBy(() -> store.export("articles", "gdelt", dir.resolve("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gdelt is a format of the events table only, not of articles: use jsonl, csv or parquet");
        assertThatThrownBy(() -> store.export("mentions", "csv", dir.resolve("x")))
                .hasMessageContaining("no table 'mentions'");
        assertThatThrownBy(() -> store.export("events", "xml", dir.resolve("x")))
                .hasMessageContaining("no export format 'xml'");
    }

    private static String col(String[] row, String name) {
        return row[GdeltEvents.COLUMNS.indexOf(name)];
    }
}
