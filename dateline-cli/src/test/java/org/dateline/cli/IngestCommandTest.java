package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.ingest.CorpusFixtures;
import org.dateline.ingest.CorpusFixtures.Story;
import org.dateline.store.ResultTable;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dateline ingest} on fixtures of every input kind made from the shared corpus:
 * what is stored, the duplicate link, idempotent re-runs, a run killed and started again,
 * and the exports read back.
 */
@Tag("slow")
class IngestCommandTest {
    private static final List<String> IDS = List.of("wikinews-025", "wikinews-046", "wikinews-062", "wikinews-053",
            "wikinews-039", "wikinews-004", "wikinews-013");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureErrors() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
    }

    @Test
    void everyKindOfInputIsStoredOnceWithTheSyndicatedCopyLinked() throws IOException {
        List<Story> stories = IDS.stream().map(CorpusFixtures::story).toList();
        Path in = dir.resolve("in");
        CorpusFixtures fixtures = new CorpusFixtures(in);
        Story lead = stories.get(0);
        fixtures.htmlPage(lead);
        fixtures.syndicatedPage(lead);
        fixtures.rssFeed("feeds/world.rss", stories.subList(1, 3));
        fixtures.atomFeed("feeds/wire.atom", stories.subList(3, 4));
        fixtures.warc("crawl/news.warc.gz", stories.subList(4, 6));
        fixtures.jsonLines("dump/articles.jsonl", stories.subList(6, 7));
        fixtures.write("broken/empty.html", "");
        fixtures.write("broken/junk.html", CorpusFixtures.junk(4096));
        fixtures.write("notes.md", "# What is in this folder\n\nTest pages.\n");
        Path db = dir.resolve("news.duckdb");

        int code = Main.run("ingest", "--db", db.toString(), in.toString());

        List<String> lines = errLines();
        assertThat(code).isEqualTo(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dateline: error:").contains("empty.html"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dateline: error:").contains("junk.html"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("notes.md").contains("not an article file"));
        // Seven stories, the lead's copy on a second site, and the WARC's own copy of its first story.
        assertThat(summary(lines)).contains("ingest: 9 articles stored (2 of them near-duplicates), 0 already stored")
                .contains(", 2 failed;");

        try (Store store = Store.openExisting(db)) {
            ResultTable articles = store.query("SELECT id, title, source, url, CAST(published AS VARCHAR) AS published, "
                    + "array_to_string(authors, '; ') AS authors, duplicate_of, text FROM articles ORDER BY seq");
            assertThat(articles.size()).isEqualTo(9);
            int page = row(articles, lead.id());
            int copy = row(articles, lead.id() + "-wire");
            assertThat(articles.get(page, "title")).isEqualTo(lead.title());
            assertThat(articles.get(page, "source")).isEqualTo(CorpusFixtures.SITE);
            assertThat(articles.get(page, "url")).isEqualTo(lead.siteUrl());
            assertThat(articles.get(page, "published")).isEqualTo(lead.published().toString());
            assertThat(articles.get(page, "authors")).contains(CorpusFixtures.AUTHOR);
            String text = articles.get(page, "text");
            assertThat(lead.paragraphs()).allSatisfy(p -> assertThat(text).contains(p));
            assertThat(CorpusFixtures.FURNITURE).noneSatisfy(f -> assertThat(text).contains(f));
            // The copy read first is the original; the other points to it.
            String first = page < copy ? lead.id() : lead.id() + "-wire";
            String second = page < copy ? lead.id() + "-wire" : lead.id();
            assertThat(articles.get(row(articles, first), "duplicate_of")).isNull();
            assertThat(articles.get(row(articles, second), "duplicate_of")).isEqualTo(first);
            assertThat(store.query("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL").get(0, "n"))
                    .isEqualTo("2");
            // The copy's events are further mentions of the original's, never rows of their own.
            assertThat(Integer.parseInt(store.query("SELECT count(*) AS n FROM aggregated_events WHERE num_articles = 2")
                    .get(0, "n"))).isPositive();
            assertThat(store.query("SELECT count(*) AS n FROM aggregated_events WHERE first_article_id = '" + second + "'")
                    .get(0, "n")).isEqualTo("0");
        }

        err.reset();
        assertThat(Main.run("ingest", "--db", db.toString(), in.toString())).isEqualTo(1);
        assertThat(summary(errLines())).contains("ingest: 0 articles stored (0 of them near-duplicates), 9 already stored");

        Path parquet = dir.resolve("events.parquet");
        assertThat(Main.run("export", "--db", db.toString(), "--table", "events", "--format", "parquet",
                "--out", parquet.toString())).isZero();
        try (Store store = Store.openExisting(db)) {
            String stored = store.query("SELECT count(*) AS n FROM aggregated_events").get(0, "n");
            ResultTable back = store.query("SELECT count(*) AS n, sum(num_mentions) AS mentions FROM read_parquet('"
                    + parquet + "')");
            assertThat(back.get(0, "n")).isEqualTo(stored).isNotEqualTo("0");
            assertThat(Integer.parseInt(back.get(0, "mentions"))).isGreaterThan(Integer.parseInt(stored));
        }
    }

    @Test
    void exportedArticlesAreTheRecordsOfExtract() throws IOException {
        Path in = copyOfCorpus(List.of("mehr-2019-iran-syria", "wikinews-025", "wikinews-046", "wikinews-006"));
        Path extracted = dir.resolve("extract.jsonl");
        Path exported = dir.resolve("export.jsonl");
        Path db = dir.resolve("corpus.duckdb");

        assertThat(Main.run("extract", "-q", "--out", extracted.toString(), in.toString())).isZero();
        assertThat(Main.run("ingest", "-q", "--db", db.toString(), in.toString())).isZero();
        assertThat(Main.run("export", "--db", db.toString(), "--table", "articles", "--format", "jsonl",
                "--out", exported.toString())).isZero();

        Map<String, JsonNode> fromExtract = records(extracted, false);
        Map<String, JsonNode> fromStore = records(exported, true);
        assertThat(fromStore).hasSize(4);
        assertThat(fromStore).isEqualTo(fromExtract);
    }

    @Test
    void aRunKilledMidwayIsFinishedByTheNextWithNothingLostOrDoubled() throws Exception {
        List<Story> stories = CorpusFixtures.stories(16);
        Path in = dir.resolve("in");
        new CorpusFixtures(in).jsonLines("stories.jsonl", stories);
        Path db = dir.resolve("killed.duckdb");
        Path wal = dir.resolve("killed.duckdb.wal");

        // A separate JVM, one thread, two articles per transaction, killed after its first commits.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "-q", "--threads", "1", "--batch", "2", "--db", db.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // The write-ahead log appears with the schema and grows with each commit.
        long schemaOnly = awaitWal(wal, 0, child);
        awaitWal(wal, schemaOnly, child);
        Thread.sleep(1500); // into the middle of a later batch
        assertThat(child.isAlive()).as("still working when killed: " + Files.readString(dir.resolve("child.log"))).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        child.waitFor();

        int before;
        try (Store store = Store.openExisting(db)) {
            before = Integer.parseInt(store.query("SELECT count(*) AS n FROM articles").get(0, "n"));
            assertWholeArticles(store);
        }
        assertThat(before).isBetween(1, stories.size() - 1);

        assertThat(Main.run("ingest", "--db", db.toString(), in.toString())).isZero();
        assertThat(summary(errLines())).contains("ingest: " + (stories.size() - before) + " articles stored")
                .contains(before + " already stored");
        try (Store store = Store.openExisting(db)) {
            ResultTable ids = store.query("SELECT count(*) AS n, count(DISTINCT id) AS ids, count(DISTINCT hash) AS hashes "
                    + "FROM articles");
            assertThat(ids.get(0, "n")).isEqualTo(String.valueOf(stories.size()));
            assertThat(ids.get(0, "ids")).isEqualTo(String.valueOf(stories.size()));
            assertThat(ids.get(0, "hashes")).isEqualTo(String.valueOf(stories.size()));
            assertWholeArticles(store);
        }
    }

    /** Waits until the log is longer than {@code size}, and says how long it is then. */
    private static long awaitWal(Path wal, long size, Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (child.isAlive() && System.nanoTime() < deadline) {
            long now = Files.exists(wal) ? Files.size(wal) : 0;
            if (now > size) return now;
            Thread.sleep(20);
        }
        return -1;
    }

    /** Every stored article has all its rows: as many events and actors as its record says. */
    private static void assertWholeArticles(Store store) throws IOException {
        ResultTable rows = store.query("SELECT a.record_json, (SELECT count(*) FROM events e WHERE e.hash = a.hash) AS events, "
                + "(SELECT count(*) FROM actors x WHERE x.hash = a.hash) AS actors FROM articles a");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode record = JSON.readTree(rows.get(i, "record_json"));
            assertThat(rows.get(i, "events")).isEqualTo(String.valueOf(record.get("events").size()));
            assertThat(rows.get(i, "actors")).isEqualTo(String.valueOf(record.get("actors").size()));
        }
    }

    private Path copyOfCorpus(List<String> ids) throws IOException {
        Path in = Files.createDirectories(dir.resolve("corpus"));
        for (String id : ids) {
            for (String ext : List.of(".txt", ".json")) {
                Files.copy(CorpusFixtures.corpusDir().resolve(id + ext), in.resolve(id + ext));
            }
        }
        return in;
    }

    private static Map<String, JsonNode> records(Path jsonl, boolean withDuplicateLink) throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            ObjectNode r = (ObjectNode) JSON.readTree(line);
            if (withDuplicateLink) {
                assertThat(r.has("duplicate_of")).isTrue();
                r.remove("duplicate_of");
            }
            out.put(r.get("id").asText(), r);
        }
        return out;
    }

    private static int row(ResultTable t, String id) {
        for (int i = 0; i < t.size(); i++) {
            if (id.equals(t.get(i, "id"))) return i;
        }
        throw new AssertionError("no article " + id + " in " + t.format());
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String summary(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("ingest:")).findFirst().orElse("(no summary line)");
    }
}
