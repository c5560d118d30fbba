package org.dateline.ingest;

import org.dateline.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {

    private static final String BODY = "TEHRAN - Iran and Syria will continue cooperation, Shamkhani said on Tuesday.\n";

    @TempDir
    Path dir;

    private final List<Problem> warnings = new ArrayList<>();
    private final ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Article read(Path p) throws InputException {
        return reader.read(p, null, warnings::add);
    }

    @Test
    void readsUtf8AsIsWithTheFileNameAsIdAndThePathAsOrigin() throws Exception {
        Path p = file("tehran-talks.txt", BODY);
        Article a = read(p);
        assertThat(a.id()).isEqualTo("tehran-talks");
        assertThat(a.text()).isEqualTo(BODY);
        assertThat(a.origin()).isEqualTo(p.toString());
        assertThat(a.published()).isNull();
        assertThat(warnings).isEmpty();
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path p = file("empty.txt", new byte[0]);
        assertThatThrownBy(() -> read(p)).isInstanceOf(InputException.class).hasMessage("empty file")
                .extracting(e -> ((InputException) e).problem().line())
                .isEqualTo("dateline: error: " + p + ": empty file");
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        Path p = file("blank.txt", " \r\n\t\n\u00A0\n");
        assertThatThrownBy(() -> read(p)).hasMessage("empty file");
        Path bom = file("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'});
        assertThatThrownBy(() -> read(bom)).hasMessage("empty file");
    }

    @Test
    void randomBytesAreBinary() throws Exception {
        byte[] noise = new byte[4096];
        new Random(20190108).nextBytes(noise);
        int firstNul = -1;
        for (int i = 0; i < noise.length && firstNul < 0; i++) {
            firstNul = noise[i] == 0 ? i : -1;
        }
        Path p = file("noise.txt", noise);
        assertThat(firstNul).isNotNegative();
        assertThatThrownBy(() -> read(p))
                .hasMessage("not text (binary data: NUL bytes at offset " + firstNul + ")");
    }

    @Test
    void manyControlBytesAreBinaryEvenWithoutNul() throws Exception {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 5 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path p = file("controls.txt", b);
        assertThatThrownBy(() -> read(p)).hasMessage("not text (binary data: 20% control bytes)");
    }

    @Test
    void aStrayControlByteIsStillText() throws Exception {
        Article a = read(file("eof.txt", BODY + "\u001A"));
        assertThat(a.text()).endsWith("\u001A");
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Path p = file("huge.txt", big);
        assertThatThrownBy(() -> read(p))
                .hasMessage("20.0 MB, over the 8.0 MB limit; raise it with --max-bytes");
        assertThat(new ArticleReader(32L * 1024 * 1024).read(p, null, warnings::add).text()).hasSize(big.length);
    }

    @Test
    void bytesOverALowLimitAreRefused() {
        ArticleReader small = new ArticleReader(1024);
        byte[] b = new byte[2048];
        Arrays.fill(b, (byte) 'a');
        assertThatThrownBy(() -> small.read("stdin", b, null, warnings::add))
                .hasMessage("2.0 KB, over the 1.0 KB limit; raise it with --max-bytes");
        byte[] justOver = new byte[1025];
        Arrays.fill(justOver, (byte) 'a');
        assertThatThrownBy(() -> small.read("stdin", justOver, null, warnings::add))
                .hasMessage("1025 bytes, over the 1024-byte limit; raise it with --max-bytes");
    }

    @Test
    void latin1TextIsReadAsWindows1252WithAWarning() throws Exception {
        Path p = file("latin1.txt", "Café São Paulo – “quoted”\n".getBytes(Charset.forName("windows-1252")));
        Article a = read(p);
        assertThat(a.text()).isEqualTo("Café São Paulo – “quoted”\n");
        assertThat(warnings).containsExactly(Problem.warning(p.toString(), "not UTF-8, read as Windows-1252"));
    }

    @Test
    void plainLatin1IsReadToo() throws Exception {
        Path p = file("iso.txt", "Café São Paulo".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(read(p).text()).isEqualTo("Café São Paulo");
        assertThat(warnings).extracting(Problem::message).containsExactly("not UTF-8, read as Windows-1252");
    }

    @Test
    void aFewBrokenUtf8SequencesAreReplaced() throws Exception {
        byte[] good = "Zarif met Muallem in Tehran’s foreign ministry; “unity” was stressed. ".getBytes(StandardCharsets.UTF_8);
        byte[] b = Arrays.copyOf(good, good.length + 3);
        b[good.length] = (byte) 0xE2; // a curly quote cut after its first byte
        b[good.length + 1] = 'o';
        b[good.length + 2] = 'k';
        Path p = file("broken.txt", b);
        Article a = read(p);
        assertThat(a.text()).isEqualTo("Zarif met Muallem in Tehran’s foreign ministry; “unity” was stressed. \uFFFDok");
        assertThat(warnings).containsExactly(Problem.warning(p.toString(), "1 invalid UTF-8 sequence replaced"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertThat(read(file("bom.txt", b)).text()).isEqualTo(BODY);
        assertThat(warnings).isEmpty();
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws Exception {
        String text = "Café in São Paulo – Zarif’s visit\r\n";
        assertThat(read(file("le.txt", withMark(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)))).text()).isEqualTo(text);
        assertThat(read(file("be.txt", withMark(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)))).text()).isEqualTo(text);
        assertThat(warnings).isEmpty();
    }

    @Test
    void utf16WithoutMarkIsRecognisedWithAWarning() throws Exception {
        Path p = file("nomark.txt", BODY.getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(p).text()).isEqualTo(BODY);
        assertThat(warnings).extracting(Problem::message).containsExactly("no byte-order mark, read as UTF-16LE");
    }

    @Test
    void lineEndingsAreKept() throws Exception {
        String crlf = "Headline\r\n\r\nFirst line\r\nsecond line\rthird\n";
        assertThat(read(file("crlf.txt", crlf)).text()).isEqualTo(crlf);
    }

    @Test
    void sidecarGivesMetadataAndOverridesWin() throws Exception {
        Path p = file("mehr.txt", BODY);
        file("mehr.json", """
                {"id": "mehr-2019-iran-syria", "title": "Iran, Syria to continue cooperation",
                 "source": "Mehr News Agency", "url": "https://en.mehrnews.com/news/141790",
                 "published": "2019-01-08", "language": "en", "license": "CC BY 4.0"}
                """);
        Article fromSidecar = read(p);
        assertThat(fromSidecar.id()).isEqualTo("mehr-2019-iran-syria");
        assertThat(fromSidecar.title()).isEqualTo("Iran, Syria to continue cooperation");
        assertThat(fromSidecar.source()).isEqualTo("Mehr News Agency");
        assertThat(fromSidecar.url()).isEqualTo("https://en.mehrnews.com/news/141790");
        assertThat(fromSidecar.published()).isEqualTo(LocalDate.of(2019, 1, 8));
        assertThat(fromSidecar.language()).isEqualTo("en");
        assertThat(fromSidecar.license()).isEqualTo("CC BY 4.0");

        Metadata cli = new Metadata("run-7", null, null, null, "2019-01-09", null, "CC BY-SA 4.0");
        Article overridden = reader.read(p, cli, warnings::add);
        assertThat(overridden.id()).isEqualTo("run-7");
        assertThat(overridden.published()).isEqualTo(LocalDate.of(2019, 1, 9));
        assertThat(overridden.license()).isEqualTo("CC BY-SA 4.0");
        assertThat(overridden.title()).isEqualTo("Iran, Syria to continue cooperation");
        assertThat(warnings).isEmpty();
    }

    @Test
    void brokenSidecarIsAWarningAndTheArticleIsStillRead() throws Exception {
        Path p = file("mehr.txt", BODY);
        Path json = file("mehr.json", "{\"id\": \"mehr-2019-iran-syria\",\n \"title\": \"Iran\"\n \"source\": \"Mehr\"}");
        Article a = read(p);
        assertThat(a.id()).isEqualTo("mehr");
        assertThat(a.title()).isNull();
        assertThat(warnings).hasSize(1);
        Problem w = warnings.get(0);
        assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
        assertThat(w.input()).isEqualTo(json.toString());
        assertThat(w.message()).startsWith("not valid JSON at line 3, column ").endsWith("; read without it");
    }

    @Test
    void sidecarThatIsNotAnObjectIsAWarning() throws Exception {
        Path p = file("a.txt", BODY);
        file("a.json", "[\"a\"]");
        assertThat(read(p).id()).isEqualTo("a");
        assertThat(warnings).extracting(Problem::message)
                .containsExactly("not a JSON object but an array; read without it");
    }

    @Test
    void unparseablePublishedDateIsAWarning() throws Exception {
        Path p = file("a.txt", BODY);
        file("a.json", "{\"published\": \"next tuesday\"}");
        Article a = read(p);
        assertThat(a.published()).isNull();
        assertThat(warnings).containsExactly(Problem.warning(p.toString(),
                "unparseable published date 'next tuesday'; relative dates stay unresolved"));
    }

    @Test
    void impossiblePublishedDateIsAWarning() throws Exception {
        Article a = reader.read("in.txt", BODY.getBytes(StandardCharsets.UTF_8),
                new Metadata(null, null, null, null, "2019-02-30", null, null), warnings::add);
        assertThat(a.published()).isNull();
        assertThat(warnings).extracting(Problem::message)
                .containsExactly("unparseable published date '2019-02-30'; relative dates stay unresolved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-01-08", "2019-01-08T10:15:00Z", "2019-01-08T10:15:00+03:30", "2019-01-08 10:15:00",
        "Tue, 8 Jan 2019 10:15:00 GMT", "January 8, 2019", "8 January 2019", "Jan 8, 2019", "20190108"})
    void acceptedPublishedDates(String published) throws Exception {
        Article a = reader.read("in.txt", BODY.getBytes(StandardCharsets.UTF_8),
                new Metadata(null, null, null, null, published, null, null), warnings::add);
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 1, 8));
        assertThat(warnings).isEmpty();
    }

    @Test
    void bytesGetTheirIdFromTheOrigin() throws Exception {
        byte[] b = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("corpus/x.txt", b, null, warnings::add).id()).isEqualTo("x");
        assertThat(reader.read("C:\\news\\y.txt", b, Metadata.EMPTY, warnings::add).id()).isEqualTo("y");
        assertThat(reader.read("stdin", b, null, warnings::add).origin()).isEqualTo("stdin");
    }

    @Test
    void missingFileAndFolderAreRefused() throws Exception {
        assertThatThrownBy(() -> read(dir.resolve("nope.txt"))).hasMessage("no such file");
        assertThatThrownBy(() -> read(dir)).hasMessage("a folder, not a file");
    }

    @Test
    void readsTheRealMehrArticleWithItsSidecar() throws Exception {
        Article a = read(Corpus.txt("mehr-2019-iran-syria"));
        assertThat(a.id()).isEqualTo("mehr-2019-iran-syria");
        assertThat(a.source()).isEqualTo("Mehr News Agency");
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 1, 8));
        assertThat(a.text()).startsWith("TEHRAN - Ali Shamkhani").contains("Zarif highlights necessity");
        assertThat(warnings).isEmpty();
    }

    private static byte[] withMark(byte[] mark, byte[] body) {
        byte[] b = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, b, mark.length, body.length);
        return b;
    }
}
