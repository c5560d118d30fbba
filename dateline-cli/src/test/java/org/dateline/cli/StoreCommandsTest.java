package org.dateline.cli;

import org.dateline.model.ActorRef;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Record;
import org.dateline.output.RecordJson;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** export and query over a small store written through the store's API. */
class StoreCommandsTest {
    private static final String TEXT = "TEHRAN - Iran's top security official Ali Shamkhani met Syrian Foreign Minister "
            + "Walid Muallem in Tehran on Tuesday, and Shamkhani said cooperation would continue.";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;
    private Path db;
    private Record record;

    @BeforeEach
    void setUp() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        db = dir.resolve("dateline.duckdb");
        Article a = Article.builder("mehr", TEXT).source("Mehr").published(LocalDate.of(2019, 1, 8)).build();
        int i = TEXT.indexOf("met Syrian");
        Mention evidence = new Mention(i, i + 3, "met");
        Event meet = new Event("043", "04", 2.8, 1, new Event.Plover("CONSULT", "visit"),
                new ActorRef("a1", "Ali Shamkhani", "IRNGOV"), new ActorRef("a2", "Walid Muallem", "SYRGOV"),
                "2019-01-08", false, null, "a1", false, Event.Modality.ASSERTED, evidence, List.of(evidence));
        record = new Record("mehr", null, "Mehr", null, "2019-01-08", "en", null, null, List.of(), List.of(),
                List.of(meet), List.of(), List.of());
        try (Store store = Store.open(db)) {
            store.add(a, record);
        }
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    @Test
    void exportWritesArticlesToStandardOutput() {
        assertThat(Main.run("export", "--db", db.toString(), "--table", "articles")).isEqualTo(0);
        String line = RecordJson.toLine(record);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(line.substring(0, line.length() - 1) + ",\"duplicate_of\":null}\n");
    }

    @Test
    void exportWritesParquetOnlyToAFile() {
        assertThat(Main.run("export", "--db", db.toString(), "--table", "events", "--format", "parquet")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out");
        Path file = dir.resolve("events.parquet");
        assertThat(Main.run("export", "--db", db.toString(), "--table", "events", "--format", "parquet",
                "--out", file.toString())).isEqualTo(0);
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void aFormatThatDoesNotFitTheTableIsAUsageError() {
        assertThat(Main.run("export", "--db", db.toString(), "--table", "quotes", "--format", "gdelt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("dateline: error: gdelt is a format of the events table only, not of quotes: use jsonl, csv or parquet");
    }

    @Test
    void aMissingStoreIsOneErrorAndIsNotCreated() {
        Path missing = dir.resolve("nope.duckdb");
        assertThat(Main.run("query", "--db", missing.toString(), "--report", "dyads")).isEqualTo(1);
        assertThat(Main.run("export", "--db", missing.toString(), "--table", "events")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no store at " + missing);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aFileThatIsNoStoreIsOneError() throws java.io.IOException {
        Path notes = dir.resolve("notes.duckdb");
        Files.writeString(notes, "not a database\n");
        assertThat(Main.run("query", "--db", notes.toString(), "--report", "actors")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("dateline: error:").contains(notes.toString()));
    }

    @Test
    void queryPrintsSqlResultsAndReportsAsTables() {
        assertThat(Main.run("query", "--db", db.toString(), "SELECT id, source FROM articles")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("id    source\n----  ------\nmehr  Mehr\n(1 row)\n");
        out.reset();
        assertThat(Main.run("query", "--db", db.toString(), "--report", "dyads", "--limit", "5")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("IRNGOV", "SYRGOV", "verbal_coop");
        assertThat(Main.run("query", "--db", db.toString(), "SELECT nonsense FROM nowhere")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("dateline: error: query failed").contains("nowhere"));
    }
}
