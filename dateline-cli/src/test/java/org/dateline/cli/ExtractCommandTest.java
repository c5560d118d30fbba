package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.ingest.CorpusFixtures;
import org.dateline.output.RecordJson;
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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The extract command on good and bad inputs together: bad ones get one line each, the rest goes on. */
@Tag("slow")
class ExtractCommandTest {
    private static final String STORY = "BEIRUT - Lebanese Prime Minister Saad Hariri met French President Emmanuel Macron "
            + "in Paris on Saturday, his office said.\n\nHariri said that Lebanon would form a new government soon.\n";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedErr;
    private PrintStream savedOut;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        savedOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
        System.setOut(savedOut);
    }

    @Test
    void badInputsGetOneLineEachAndTheRestIsExtracted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), STORY);
        Files.writeString(dir.resolve("a-good.json"), "{\"id\": \"hariri\", \"published\": \"2017-11-18\"}");
        Files.writeString(dir.resolve("b-empty.txt"), "");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("c-binary.txt"), noise);
        Files.write(dir.resolve("d-huge.txt"), new byte[20 * 1024 * 1024]);
        Files.write(dir.resolve("e-latin1.txt"), ("PARIS - Le président a visité São Paulo et le café. " + STORY)
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf8 = ("The Élysée said — in a statement — " + STORY).getBytes(StandardCharsets.UTF_8);
        utf8[60] = (byte) 0xC3; // a broken two-byte sequence in otherwise valid UTF-8 text
        utf8[61] = (byte) 0x28;
        Files.write(dir.resolve("f-broken-utf8.txt"), utf8);
        Files.writeString(dir.resolve("g-broken-sidecar.txt"), STORY);
        Files.writeString(dir.resolve("g-broken-sidecar.json"), "{\"id\": \"x\", \"published\": ");
        Files.writeString(dir.resolve("h-bad-date.txt"), STORY);
        Files.writeString(dir.resolve("h-bad-date.json"), "{\"published\": \"next tuesday\"}");

        int code = Main.run("extract", "-q", dir.toString());

        String errors = err.toString(StandardCharsets.UTF_8);
        List<String> lines = errors.lines().filter(l -> l.startsWith("dateline:")).toList();
        assertThat(code).isEqualTo(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("b-empty.txt").contains("empty"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("c-binary.txt").contains("binary"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("d-huge.txt").contains("limit"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("e-latin1.txt").contains("Windows-1252"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("f-broken-utf8.txt").contains("invalid UTF-8"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("g-broken-sidecar.json"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("h-bad-date").contains("next tuesday"));

        List<JsonNode> records = out.toString(StandardCharsets.UTF_8).lines().map(ExtractCommandTest::json).toList();
        // Everything readable was extracted, the warned ones included; nothing was lost.
        assertThat(records).extracting(r -> r.get("id").asText())
                .containsExactly("hariri", "e-latin1", "f-broken-utf8", "g-broken-sidecar", "h-bad-date");
        JsonNode hariri = records.get(0);
        assertThat(hariri.get("published").asText()).isEqualTo("2017-11-18");
        assertThat(hariri.get("dateline").get("country").asText()).isEqualTo("LBN");
        assertThat(hariri.get("actors").toString()).contains("LBNGOV").contains("FRAGOV");
        assertThat(hariri.get("times").get(0).get("value").asText()).isEqualTo("2017-11-18");
        assertThat(records.get(4).get("published").isNull()).isTrue();
    }

    @Test
    void metadataOptionsApplyToASingleFileAndTheTableFormatIsReadable(@TempDir Path dir) throws IOException {
        Path story = dir.resolve("story.txt");
        Files.writeString(story, STORY);
        int code = Main.run("extract", story.toString(), "--id", "s1", "--published", "2017-11-18",
                "--source", "Test Wire", "--format", "table");
        assertThat(code).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("s1").contains("Test Wire").contains("Saad Hariri").contains("LBNGOV")
                .contains("2017-11-18");
    }

    @Test
    void aSavedPageAndAFeedAreReadLikeTextFiles(@TempDir Path dir) throws IOException {
        CorpusFixtures fixtures = new CorpusFixtures(dir);
        CorpusFixtures.Story nk = CorpusFixtures.story("wikinews-025");
        CorpusFixtures.Story uk = CorpusFixtures.story("wikinews-046");
        fixtures.htmlPage(nk);
        fixtures.rssFeed("world.rss", List.of(uk));

        assertThat(Main.run("extract", "-q", dir.toString())).isZero();

        List<JsonNode> records = out.toString(StandardCharsets.UTF_8).lines().map(ExtractCommandTest::json).toList();
        assertThat(records).hasSize(2);
        JsonNode page = records.stream().filter(r -> r.get("id").asText().equals("wikinews-025")).findFirst().orElseThrow();
        assertThat(page.get("title").asText()).isEqualTo(nk.title());
        assertThat(page.get("source").asText()).isEqualTo(CorpusFixtures.SITE);
        assertThat(page.get("published").asText()).isEqualTo(nk.published().toString());
        assertThat(page.get("actors").toString()).contains("PRK").contains("KOR");
        JsonNode item = records.stream().filter(r -> r != page).findFirst().orElseThrow();
        assertThat(item.get("source").asText()).isEqualTo(CorpusFixtures.RSS_TITLE);
        assertThat(item.get("events").size()).isPositive();
    }

    @Test
    void aMissingPathIsAnErrorAndOptionsForOneFileAreRefusedForMany(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), STORY);
        Files.writeString(dir.resolve("b.txt"), STORY);
        assertThat(Main.run("extract", "-q", dir.resolve("nope.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.txt");
        assertThat(Main.run("extract", "-q", "--id", "x", dir.toString())).isEqualTo(2);
    }

    private static JsonNode json(String line) {
        try {
            return RecordJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
