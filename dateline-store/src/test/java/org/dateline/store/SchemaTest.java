package org.dateline.store;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaTest {
    @TempDir
    Path dir;

    private static String testStep(int version) {
        if (version != 2) return Schema.resource(version);
        try (InputStream in = SchemaTest.class.getResourceAsStream("/org/dateline/store/migration/schema-2.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aNewFileGetsTheWholeSchemaAtTheLatestVersion() {
        Path db = dir.resolve("new.duckdb");
        try (Store store = Store.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(1);
            assertThat(store.query("SELECT table_name FROM information_schema.tables ORDER BY table_name")
                    .rows().stream().map(r -> r.get(0)).toList())
                    .contains("articles", "actors", "mentions", "quotes", "events", "event_evidence", "times", "places",
                            "schema_version", "aggregated_events", "keyed_events");
        }
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    void reopeningKeepsTheArticlesAndDoesNotApplyTheSchemaTwice() {
        Path db = dir.resolve("reopen.duckdb");
        Article a = Fixtures.corpus("wikinews-046");
        try (Store store = Store.open(db)) {
            store.add(a, Fixtures.record(a));
        }
        try (Store store = Store.open(db)) {
            assertThat(store.has(ContentHash.of(a))).isTrue();
            assertThat(store.query("SELECT count(*) AS n FROM articles").get(0, "n")).isEqualTo("1");
            assertThat(store.query("SELECT count(*) AS n FROM schema_version").get(0, "n")).isEqualTo("1");
        }
    }

    @Test
    void anOlderFileIsMigratedStepByStepAndKeepsItsData() {
        Path db = dir.resolve("old.duckdb");
        Article a = Fixtures.article("x1", "The minister met the envoy in Vienna on Monday.", "Wire", LocalDate.of(2015, 7, 13));
        try (Store v1 = Store.open(db)) {
            v1.add(a, Fixtures.record(a));
        }
        try (Store v2 = Store.open(db, 10, new Schema(SchemaTest::testStep))) {
            assertThat(v2.schemaVersion()).isEqualTo(2);
            assertThat(v2.has(ContentHash.of(a))).isTrue();
            assertThat(v2.query("SELECT id, reviewed FROM articles").rows()).containsExactly(java.util.List.of("x1", "false"));
            assertThat(v2.query("SELECT version FROM schema_version ORDER BY version").rows())
                    .containsExactly(java.util.List.of("1"), java.util.List.of("2"));
        }
    }

    @Test
    void aFileFromANewerDatelineIsRefusedWithOneClearMessage() {
        Path db = dir.resolve("newer.duckdb");
        Store.open(db, 10, new Schema(SchemaTest::testStep)).close();
        assertThatThrownBy(() -> Store.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 2")
                .hasMessageContaining("newer Dateline");
    }

    @Test
    void readingCommandsDoNotCreateAMissingStore() {
        Path db = dir.resolve("missing.duckdb");
        assertThatThrownBy(() -> Store.openExisting(db)).isInstanceOf(StoreException.class).hasMessageContaining("no store at");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void statementsSplitAtLineEndingSemicolonsWithoutComments() {
        assertThat(Schema.statements("-- a comment; with a semicolon\nCREATE TABLE t (a INT); \nCREATE VIEW v AS SELECT 1;"))
                .containsExactly("CREATE TABLE t (a INT)", "CREATE VIEW v AS SELECT 1");
    }
}
