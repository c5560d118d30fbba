package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dateline.ingest.CorpusFixtures.Story;
import org.dateline.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private static List<Story> stories;

    @TempDir
    Path dir;

    private CorpusFixtures fixtures;
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void loadStories() {
        stories = CorpusFixtures.stories(4);
    }

    /** Everything a corpus gave: articles by id, problems, the tally at the end. */
    private record Run(List<Article> articles, List<Problem> failures, Corpus.Tally tally) {
        Map<String, Article> byId() {
            return articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a,
                    java.util.LinkedHashMap::new));
        }

        Article one() {
            assertThat(articles).hasSize(1);
            return articles.get(0);
        }
    }

    private Run run(Path... paths) throws IOException {
        return run(ArticleReader.DEFAULT_MAX_BYTES, paths);
    }

    private Run run(long maxBytes, Path... paths) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        try (Corpus corpus = new Corpus(maxBytes, null, problems::add)) {
            Iterator<Source> it = corpus.sources(List.of(paths));
            while (it.hasNext()) {
                Source s = it.next();
                try {
                    articles.add(s.read());
                } catch (InputException e) {
                    failures.add(e.problem());
                }
            }
            return new Run(articles, failures, corpus.tally());
        }
    }

    private CorpusFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new CorpusFixtures(dir);
        }
        return fixtures;
    }

    private static void assertBodyKept(Article a, Story s) {
        for (String p : s.paragraphs()) {
            assertThat(a.text()).as("paragraph of %s", s.id()).contains(p);
        }
    }

    private static void assertNoFurniture(Article a) {
        for (String f : CorpusFixtures.FURNITURE) {
            if (f.length() > 12) {
                assertThat(a.text()).as("furniture in %s", a.id()).doesNotContain(f);
            } else {
                // Short menu words ("World") may occur in prose; as a paragraph of their own they are furniture.
                assertThat(a.text().split("\n\n")).as("furniture in %s", a.id()).doesNotContain(f);
            }
        }
    }

    // ------------------------------------------------------------------ text articles

    @Test
    void textArticlesOfTheSharedCorpusAreThoseOfArticleReader() throws IOException {
        Path corpus = CorpusFixtures.corpusDir();
        Run run = run(corpus);
        List<Problem> fromReader = new ArrayList<>();
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        List<Path> files;
        try (var listing = Files.list(corpus)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> expected = new ArrayList<>();
        for (Path f : files) {
            try {
                expected.add(reader.read(f, null, fromReader::add));
            } catch (InputException e) {
                fromReader.add(e.problem());
            }
        }
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(run.articles()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Article want = expected.get(i);
            Article got = run.articles().get(i);
            assertThat(got.id()).isEqualTo(want.id());
            assertThat(got.text()).isEqualTo(want.text());
            assertThat(got).usingRecursiveComparison().isEqualTo(want);
        }
        // README.md is the only other file; sidecars are neither files nor skips.
        assertThat(run.tally().files()).isEqualTo(expected.size() + 1);
        assertThat(run.tally().articles()).isEqualTo(expected.size());
        assertThat(run.tally().skipped()).containsExactly(Map.entry("not an article file", 1));
        // The same warnings as ArticleReader's (a month for a date), and one for the README.
        List<String> expectedLines = new ArrayList<>();
        expectedLines.add("dateline: warning: " + corpus.resolve("README.md")
                + ": not an article file (.md, not HTML, a feed, WARC or JSON Lines), skipped");
        fromReader.forEach(p -> expectedLines.add(p.line()));
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrderElementsOf(expectedLines);
    }

    @Test
    void overridesWinOverTheSidecarOfATextArticle() throws IOException {
        Path txt = fixtures().write("story.txt", "Talks resume\n\nDiplomats met in Geneva on Monday.\n");
        fixtures().write("story.json", "{\"title\": \"Sidecar title\", \"source\": \"Sidecar\"}");
        Metadata overrides = new Metadata(null, "Given title", null, null, "2020-01-02", null, null);
        try (Corpus corpus = new Corpus(1000, overrides, problems::add)) {
            Iterator<Source> it = corpus.sources(List.of(dir));
            Article a = it.next().read();
            assertThat(it.hasNext()).isFalse();
            assertThat(a.title()).isEqualTo("Given title");
            assertThat(a.source()).isEqualTo("Sidecar");
            assertThat(a.published()).isEqualTo(LocalDate.of(2020, 1, 2));
            assertThat(a.origin()).isEqualTo(txt.toString());
        } catch (InputException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ HTML pages

    @Test
    void htmlPagesGiveTheStoryAndItsMetadataWithoutFurniture() throws IOException {
        for (Story s : stories) {
            fixtures().htmlPage(s);
        }
        Run run = run(dir);
        assertThat(run.failures()).isEmpty();
        assertThat(run.articles()).hasSize(stories.size());
        for (Story s : stories) {
            Article a = run.byId().get(s.id());
            assertThat(a).as(s.id()).isNotNull();
            assertThat(a.title()).isEqualTo(s.title());
            // 22:45 at -04:00 is the next day in UTC; the day is the one the page wrote.
            assertThat(a.published()).isEqualTo(s.published());
            assertThat(a.source()).isEqualTo(CorpusFixtures.SITE);
            assertThat(a.url()).isEqualTo(s.siteUrl());
            assertThat(a.authors()).containsExactly(CorpusFixtures.AUTHOR);
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.origin()).isEqualTo(dir.resolve(s.id() + ".html").toString());
            assertBodyKept(a, s);
            assertNoFurniture(a);
            assertThat(a.text()).doesNotContain("&amp;", "&nbsp;", "&#", "<p>", "By " + CorpusFixtures.AUTHOR);
            assertThat(a.text()).startsWith(s.paragraphs().get(0));
            assertThat(a.text()).isEqualTo(s.text());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aSyndicatedCopyHasTheSameBodyAndItsOwnMetadata() throws IOException {
        Story s = stories.get(1);
        Path original = fixtures().htmlPage(s);
        Path copy = fixtures().syndicatedPage(s);
        Run run = run(original, copy);
        assertThat(run.articles()).hasSize(2);
        Article first = run.articles().get(0);
        Article wire = run.articles().get(1);
        assertThat(wire.id()).isEqualTo(s.id() + "-wire");
        assertThat(wire.text()).isEqualTo(first.text());
        assertThat(wire.title()).isEqualTo(s.wireTitle());
        assertThat(wire.source()).isEqualTo(CorpusFixtures.WIRE_SITE);
        assertThat(wire.url()).isEqualTo(s.wireUrl());
        assertThat(wire.authors()).containsExactlyElementsOf(CorpusFixtures.WIRE_AUTHORS);
        assertThat(wire.language()).isEqualTo("en-GB");
        assertThat(wire.published()).isEqualTo(s.published());
        assertNoFurniture(wire);
    }

    @Test
    void metadataFallsBackToOpenGraphThenMetaTagsThenTitleAndTime() throws IOException {
        fixtures().write("og.html", "<html><head><title>Ignored | Site</title>"
                + "<meta property=\"og:title\" content=\"Floods close the ring road\">"
                + "<meta property=\"og:site_name\" content=\"Valley Courier\">"
                + "<meta property=\"og:url\" content=\"https://courier.example/floods\">"
                + "<meta property=\"article:published_time\" content=\"2021-07-14T23:10:00+02:00\">"
                + "<meta name=\"author\" content=\"By Ines Moreau\">"
                + "</head><body><article><p>Floods closed the ring road around the town on Wednesday night, "
                + "police said, after the river rose two metres in six hours.</p>"
                + "<p>Residents of the lower streets were told to move to the school gymnasium.</p></article>"
                + "</body></html>");
        fixtures().write("plain.htm", "<html lang=\"fr\"><head><title>Grève des cheminots</title>"
                + "<meta name=\"dc.date\" content=\"2022-03-08\"></head><body><main>"
                + "<p>Les cheminots ont cessé le travail mardi matin dans toute la région, selon les syndicats.</p>"
                + "</main></body></html>");
        fixtures().write("timed.html", "<html><head><title>Harbour reopens</title></head><body><article>"
                + "<time datetime=\"2018-05-02T09:00:00Z\">2 May</time>"
                + "<p>The harbour reopened to shipping on Wednesday after a week of dredging works.</p>"
                + "</article></body></html>");
        Map<String, Article> byId = run(dir).byId();
        Article og = byId.get("og");
        assertThat(og.title()).isEqualTo("Floods close the ring road");
        assertThat(og.source()).isEqualTo("Valley Courier");
        assertThat(og.url()).isEqualTo("https://courier.example/floods");
        assertThat(og.published()).isEqualTo(LocalDate.of(2021, 7, 14));
        assertThat(og.authors()).containsExactly("Ines Moreau");
        Article plain = byId.get("plain");
        assertThat(plain.title()).isEqualTo("Grève des cheminots");
        assertThat(plain.published()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(plain.language()).isEqualTo("fr");
        assertThat(plain.text()).startsWith("Les cheminots ont cessé le travail");
        assertThat(byId.get("timed").published()).isEqualTo(LocalDate.of(2018, 5, 2));
    }

    @Test
    void paragraphsAreSeparatedByABlankLineWithWhitespaceAndEntitiesNormalised() throws IOException {
        fixtures().write("para.html", "<html><head><title>Budget vote delayed</title></head><body><article>"
                + "<h1>Budget vote delayed</h1>"
                + "<p>The   assembly\n   delayed its&nbsp;budget vote &amp; adjourned   until Friday.</p>"
                + "<h2>Opposition walks out</h2>"
                + "<blockquote>“We will not be rushed,” the opposition leader said.</blockquote>"
                + "<ul><li>Health spending: up 4%</li><li>Defence: unchanged</li></ul>"
                + "<p>The speaker said talks would go on over the weekend &#8212; and into Monday if needed.</p>"
                + "</article></body></html>");
        Article a = run(dir).one();
        assertThat(a.text()).isEqualTo("The assembly delayed its budget vote & adjourned until Friday."
                + "\n\nOpposition walks out"
                + "\n\n“We will not be rushed,” the opposition leader said."
                + "\n\nHealth spending: up 4%\n\nDefence: unchanged"
                + "\n\nThe speaker said talks would go on over the weekend — and into Monday if needed.");
    }

    @Test
    void aPageInWindows1252IsDecodedByItsMetaCharset() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café owners protest</title></head>"
                + "<body><article><p>Café owners in Besançon protested on Monday against the new “terrace tax”.</p>"
                + "</article></body></html>";
        fixtures().write("cafe.html", html.getBytes(Charset.forName("windows-1252")));
        Article a = run(dir).one();
        assertThat(a.text()).isEqualTo("Café owners in Besançon protested on Monday against the new “terrace tax”.");
        assertThat(problems).isEmpty();
    }

    @Test
    void aTextFileThatIsAnHtmlDocumentIsReadAsAPage() throws IOException {
        Story s = stories.get(0);
        fixtures().write("saved-page.txt", CorpusFixtures.pageHtml(s));
        Article a = run(dir).one();
        assertThat(a.id()).isEqualTo("saved-page");
        assertThat(a.title()).isEqualTo(s.title());
        assertThat(a.text()).isEqualTo(s.text());
        assertThat(a.text()).doesNotContain("<p>", "<html");
    }

    // ------------------------------------------------------------------ feeds

    @Test
    void rssItemsAreArticlesWithTheirOwnMetadata() throws IOException {
        Path feed = fixtures().rssFeed("world.rss", stories);
        Run run = run(feed);
        assertThat(run.failures()).isEmpty();
        assertThat(run.articles()).hasSize(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            Article a = run.articles().get(i);
            assertThat(a.id()).isEqualTo("ledger-" + s.id());
            assertThat(a.title()).isEqualTo(s.title());
            assertThat(a.url()).isEqualTo(s.siteUrl());
            assertThat(a.source()).isEqualTo(CorpusFixtures.RSS_TITLE);
            assertThat(a.published()).isEqualTo(s.published());
            assertThat(a.authors()).containsExactly(CorpusFixtures.AUTHOR);
            assertThat(a.origin()).isEqualTo(feed + "#" + (i + 1));
            assertThat(a.text()).isEqualTo(s.text()); // content:encoded, not the one-paragraph description
        }
        assertThat(run.tally().files()).isEqualTo(1);
        assertThat(run.tally().articles()).isEqualTo(stories.size());
    }

    @Test
    void atomEntriesTakeContentElseSummary() throws IOException {
        Path feed = fixtures().atomFeed("wire.atom", stories);
        Run run = run(feed);
        assertThat(run.articles()).hasSize(stories.size());
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            Article a = run.articles().get(i);
            assertThat(a.id()).isEqualTo(CorpusFixtures.atomId(s));
            assertThat(a.title()).isEqualTo(s.wireTitle());
            assertThat(a.url()).isEqualTo(s.wireUrl());
            assertThat(a.source()).isEqualTo(CorpusFixtures.ATOM_TITLE);
            assertThat(a.published()).isEqualTo(s.published());
            assertThat(a.authors()).containsExactlyElementsOf(CorpusFixtures.WIRE_AUTHORS);
            String expected = i == stories.size() - 1 ? s.paragraphs().get(0) : s.text();
            assertThat(a.text()).isEqualTo(expected);
        }
    }

    @Test
    void aFeedItemWithoutGuidOrLinkIsNamedByFileAndNumber() throws IOException {
        fixtures().write("bare.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bare</title>"
                + "<item><title>One</title><description>&lt;p&gt;Rain fell across the north on Sunday.&lt;/p&gt;"
                + "</description><pubDate>someday soon</pubDate></item></channel></rss>");
        Article a = run(dir).one();
        assertThat(a.id()).isEqualTo("bare.xml#1");
        assertThat(a.text()).isEqualTo("Rain fell across the north on Sunday.");
        assertThat(a.published()).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.input()).isEqualTo(dir.resolve("bare.xml") + "#1");
            assertThat(p.message()).contains("someday soon");
        });
    }

    @Test
    void lineBreaksInAFeedDescriptionSplitParagraphsOnlyWhenDoubled() throws IOException {
        fixtures().write("breaks.rss", "<rss version=\"2.0\"><channel><title>Breaks</title><item>"
                + "<guid>b1</guid><description><![CDATA[The ferry sailed at noon,<br>an hour late."
                + "<br/><br/>Passengers were given vouchers.]]></description></item></channel></rss>");
        Article a = run(dir).one();
        assertThat(a.text()).isEqualTo("The ferry sailed at noon, an hour late.\n\nPassengers were given vouchers.");
    }

    @Test
    void aBrokenFeedIsOneErrorNamingTheFileAndTheRunGoesOn() throws IOException {
        Path broken = fixtures().write("a-broken.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Cut</title><item><title>Half an item</title><description>Text");
        fixtures().jsonLines("b.jsonl", stories.subList(0, 1));
        Run run = run(dir);
        assertThat(run.articles()).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.input()).isEqualTo(broken.toString());
            assertThat(p.message()).startsWith("not a readable feed");
            assertThat(p.line()).doesNotContain("\n");
        });
        assertThat(run.tally().errors()).isEqualTo(1);
    }

    @Test
    void aFeedCannotPullInALocalFileThroughAnExternalEntity() throws IOException {
        Path secret = fixtures().write("private/secret.txt", "The launch codes are 0000.");
        fixtures().write("evil.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>Evil</title><item><guid>e1</guid>"
                + "<description>Harbour news. &leak;</description></item></channel></rss>");
        try (Corpus corpus = new Corpus(ArticleReader.DEFAULT_MAX_BYTES, null, problems::add)) {
            Iterator<Source> it = corpus.sources(List.of(dir.resolve("evil.rss")));
            while (it.hasNext()) {
                try {
                    assertThat(it.next().read().text()).doesNotContain("launch codes");
                } catch (InputException e) {
                    assertThat(e.getMessage()).doesNotContain("launch codes");
                }
            }
        }
        assertThat(problems).extracting(Problem::line).noneMatch(l -> l.contains("launch codes"));
    }

    // ------------------------------------------------------------------ WARC

    @Test
    void warcResponsesOfHtmlAreArticlesAndOtherRecordsAreCountedBySkipReason() throws IOException {
        Path warc = fixtures().warc("crawl.warc.gz", stories);
        Run run = run(warc);
        assertThat(run.failures()).isEmpty();
        assertThat(run.articles()).hasSize(stories.size() + 1);
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            Article a = run.articles().get(i);
            assertThat(a.id()).isEqualTo(s.siteUrl());
            assertThat(a.url()).isEqualTo(s.siteUrl());
            assertThat(a.title()).isEqualTo(s.title());
            assertThat(a.published()).isEqualTo(s.published());
            assertThat(a.text()).isEqualTo(s.text());
            assertThat(a.origin()).startsWith(warc + "#");
        }
        Article resource = run.articles().get(stories.size());
        assertThat(resource.id()).isEqualTo(stories.get(0).wireUrl());
        assertThat(resource.text()).isEqualTo(stories.get(0).text());
        Corpus.Tally t = run.tally();
        assertThat(t.skipped("WARC warcinfo record")).isEqualTo(1);
        assertThat(t.skipped("WARC request record")).isEqualTo(stories.size() + 2);
        assertThat(t.skipped("WARC response not HTML")).isEqualTo(1);
        assertThat(t.skipped("WARC response not HTTP 200")).isEqualTo(1);
        assertThat(t.skipped("WARC revisit record")).isEqualTo(1);
        assertThat(t.skipped("WARC metadata record")).isEqualTo(1);
        assertThat(t.files()).isEqualTo(1);
        assertThat(t.articles()).isEqualTo(stories.size() + 1);
        assertThat(problems).isEmpty();
    }

    @Test
    void aTruncatedWarcKeepsTheRecordsBeforeTheDamageAndTheRunGoesOn() throws IOException {
        Path whole = fixtures().warc("whole.warc.gz", stories);
        Path cut = fixtures().truncatedCopy(whole, "a-cut.warc.gz", 0.55);
        Files.delete(whole);
        fixtures().jsonLines("b-next.jsonl", stories.subList(0, 1));
        Run run = run(dir);
        List<Article> fromWarc = run.articles().stream().filter(a -> a.origin().startsWith(cut.toString())).toList();
        assertThat(fromWarc).isNotEmpty().hasSizeLessThan(stories.size());
        for (int i = 0; i < fromWarc.size(); i++) {
            assertThat(fromWarc.get(i).text()).isEqualTo(stories.get(i).text());
        }
        assertThat(run.articles()).last().extracting(Article::id).isEqualTo(stories.get(0).id());
        List<Problem> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo(cut.toString());
            assertThat(p.message()).containsPattern("record \\d+ \\(offset \\d+\\)");
            assertThat(p.line()).doesNotContain("\n");
        });
    }

    @Test
    void aWarcIsReadLazilyOneRecordAtATime() throws IOException, InputException {
        Story s = stories.get(0);
        Path big = fixtures().largeWarc("big.warc.gz", s, 1000, true);
        assertThat(Files.size(big)).isGreaterThan(500_000);
        try (Corpus corpus = new Corpus(ArticleReader.DEFAULT_MAX_BYTES, null, problems::add)) {
            Iterator<Source> it = corpus.sources(List.of(big));
            assertThat(it.hasNext()).isTrue();
            Source first = it.next();
            assertThat(first.name()).isEqualTo(big + "#1");
            // The damaged tail has not been reached, nor the 999 other pages: nothing read ahead.
            assertThat(problems).isEmpty();
            assertThat(corpus.tally().articles()).isEqualTo(1);
            assertThat(first.read().id()).isEqualTo("https://ledger.example/page/1");
            int count = 1;
            while (it.hasNext()) {
                it.next();
                count++;
            }
            assertThat(count).isEqualTo(1000);
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
                assertThat(p.message()).contains("1000 articles before it kept");
            });
        }
    }

    @Test
    void theHttpCharsetOfAWarcRecordDecidesThePageEncoding() throws IOException {
        String html = "<html><head><title>Señor Ruiz resigns</title></head><body><article>"
                + "<p>Señor Ruiz, mayor of Cádiz, resigned on Thursday after the council’s vote.</p>"
                + "<p>His deputy will lead the town until the election in the spring.</p></article></body></html>";
        Path warc = fixtures().warcPage("latin.warc.gz", "https://diario.example/ruiz", "text/html; charset=windows-1252",
                html.getBytes(Charset.forName("windows-1252")));
        Article a = run(warc).one();
        assertThat(a.title()).isEqualTo("Señor Ruiz resigns");
        assertThat(a.text()).startsWith("Señor Ruiz, mayor of Cádiz, resigned on Thursday after the council’s vote.");
        assertThat(a.id()).isEqualTo("https://diario.example/ruiz");
        assertThat(a.url()).isEqualTo("https://diario.example/ruiz");
        assertThat(problems).isEmpty();
    }

    @Test
    void aGzippedHttpBodyIsDecodedAndAnUndecodableOneIsSkippedWithOneLine() throws IOException {
        Story s = stories.get(0);
        Path warc = fixtures().warcPages("encoded.warc.gz", List.of(
                new CorpusFixtures.Capture("https://ledger.example/gz", "text/html; charset=utf-8",
                        CorpusFixtures.gzip(CorpusFixtures.pageHtml(s)), Map.of("Content-Encoding", "gzip")),
                new CorpusFixtures.Capture("https://ledger.example/bad-gz", "text/html",
                        CorpusFixtures.junk(400), Map.of("Content-Encoding", "gzip")),
                new CorpusFixtures.Capture("https://ledger.example/plain", "text/html; charset=utf-8",
                        CorpusFixtures.pageHtml(s).getBytes(StandardCharsets.UTF_8))));
        Run run = run(warc);
        assertThat(run.articles()).extracting(Article::id)
                .containsExactly("https://ledger.example/gz", "https://ledger.example/plain");
        assertThat(run.articles().get(0).text()).isEqualTo(s.text());
        assertThat(run.tally().skipped("WARC payload not decodable")).isEqualTo(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.input()).isEqualTo(warc + "#3");
        });
    }

    @Test
    void aWarcPayloadOverTheLimitIsRefusedWithOneLine() throws IOException {
        Path warc = fixtures().warc("crawl.warc.gz", stories.subList(0, 1));
        long pageSize = CorpusFixtures.pageHtml(stories.get(0)).getBytes(StandardCharsets.UTF_8).length;
        Run run = run(pageSize - 1, warc);
        // The page is over the limit; the syndicated copy in the resource record is smaller.
        assertThat(run.tally().skipped("WARC payload over the size limit")).isEqualTo(1);
        assertThat(problems).filteredOn(p -> p.message().contains("over the")).singleElement()
                .satisfies(p -> assertThat(p.input()).startsWith(warc + "#"));
        assertThat(run.articles()).extracting(Article::id).doesNotContain(stories.get(0).siteUrl());
    }

    // ------------------------------------------------------------------ JSON Lines

    @Test
    void jsonLinesGiveOneArticlePerLineAndABadLineIsOneError() throws IOException {
        String lines = CorpusFixtures.jsonLine(stories.get(0), true) + "\n"
                + "{\"title\": \"no closing brace\", \"text\": \"x\"\n"
                + "\n"
                + CorpusFixtures.jsonLine(stories.get(1), false) + "\n"
                + "{\"title\": \"no text here\"}\n"
                + CorpusFixtures.jsonLine(stories.get(2), true).replace(stories.get(2).published().toString(), "2019-02-30")
                + "\n";
        Path file = fixtures().write("wire.jsonl", lines);
        Run run = run(file);
        assertThat(run.articles()).extracting(Article::id)
                .containsExactly(stories.get(0).id(), "wire.jsonl#4", stories.get(2).id());
        Article first = run.articles().get(0);
        assertThat(first.text()).isEqualTo(stories.get(0).text());
        assertThat(first.title()).isEqualTo(stories.get(0).title());
        assertThat(first.url()).isEqualTo(stories.get(0).url());
        assertThat(first.published()).isEqualTo(stories.get(0).published());
        assertThat(first.source()).isEqualTo(stories.get(0).source());
        assertThat(first.authors()).containsExactly(CorpusFixtures.AUTHOR);
        assertThat(run.articles().get(2).published()).isNull();
        assertThat(problems).extracting(p -> p.severity() + " " + p.input()).containsExactly(
                "ERROR " + file + ":2", "ERROR " + file + ":5", "WARNING " + file + "#6");
        assertThat(run.tally().skipped("JSON Lines bad line")).isEqualTo(2);
    }

    @Test
    void aJsonFileOfLinesIsJsonLinesButASidecarIsNoInput() throws IOException {
        fixtures().write("export.json", CorpusFixtures.jsonLine(stories.get(0), true) + "\n");
        fixtures().write("note.txt", "Short note\n\nThe committee met on Tuesday.\n");
        fixtures().write("note.json", "{\"title\": \"Short note\"}");
        Run run = run(dir);
        assertThat(run.articles()).extracting(Article::id).containsExactly(stories.get(0).id(), "note");
        assertThat(run.tally().files()).isEqualTo(2);
        assertThat(run.tally().skippedTotal()).isZero();
        assertThat(problems).isEmpty();
    }

    // ------------------------------------------------------------------ recognition and broken files

    @Test
    void contentWinsOverMissingOrMisleadingNames() throws IOException {
        Path warc = fixtures().warc("capture", stories.subList(0, 1));
        fixtures().write("feed-without-extension", Files.readString(fixtures().rssFeed("tmp.rss", stories.subList(1, 2))));
        Files.delete(dir.resolve("tmp.rss"));
        fixtures().write("page.dat", CorpusFixtures.pageHtml(stories.get(2)));
        fixtures().write("README.md", "# Notes\n\nNothing to see.\n");
        fixtures().write("logo.png", CorpusFixtures.junk(512));
        Run run = run(dir);
        assertThat(run.articles()).extracting(Article::id).containsExactly(
                stories.get(0).siteUrl(), stories.get(0).wireUrl(), "ledger-" + stories.get(1).id(), "page");
        assertThat(run.tally().skipped("not an article file")).isEqualTo(2);
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(
                "dateline: warning: " + dir.resolve("README.md")
                        + ": not an article file (.md, not HTML, a feed, WARC or JSON Lines), skipped",
                "dateline: warning: " + dir.resolve("logo.png") + ": not an article file (.png, binary data), skipped");
        assertThat(run.byId().get("page").title()).isEqualTo(stories.get(2).title());
        assertThat(warc.getFileName().toString()).isEqualTo("capture");
    }

    @Test
    void brokenFilesAreOneLineEachNamingTheInput() throws IOException {
        Path empty = fixtures().write("empty.html", new byte[0]);
        Path junk = fixtures().write("junk.html", CorpusFixtures.junk(2048));
        Path noText = fixtures().write("no-text.html", CorpusFixtures.pageWithoutText());
        Path undecodable = fixtures().write("undecodable.txt", CorpusFixtures.junk(300));
        Path badDate = fixtures().write("bad-date.html", CorpusFixtures.pageWithDate(stories.get(0), "the 45th of Smarch"));
        Run run = run(dir);
        assertThat(run.articles()).extracting(Article::id).containsExactly("bad-date");
        assertThat(run.articles().get(0).published()).isNull();
        assertThat(run.failures()).extracting(Problem::input, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(empty.toString(), "empty file"),
                org.assertj.core.groups.Tuple.tuple(junk.toString(), "not text (binary data: NUL bytes at offset 10)"),
                org.assertj.core.groups.Tuple.tuple(noText.toString(), "no article text found in the HTML"),
                org.assertj.core.groups.Tuple.tuple(undecodable.toString(), "not text (binary data: NUL bytes at offset 10)"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.input()).isEqualTo(badDate.toString());
            assertThat(p.message()).contains("the 45th of Smarch");
        });
    }

    @Test
    void aClosedCorpusYieldsNothingMore() throws IOException {
        Path big = fixtures().largeWarc("big.warc.gz", stories.get(0), 20, false);
        fixtures().write("z.txt", "Later\n\nA story after the WARC.\n");
        Corpus corpus = new Corpus(ArticleReader.DEFAULT_MAX_BYTES, null, problems::add);
        Iterator<Source> it = corpus.sources(List.of(dir));
        assertThat(it.next().name()).isEqualTo(big + "#1");
        corpus.close();
        assertThat(it.hasNext()).isFalse();
        assertThat(corpus.tally().articles()).isEqualTo(1);
        assertThat(corpus.tally().files()).isEqualTo(1);
    }

    @Test
    void aFolderOfEveryKindGivesWhatItsFixtureSays() throws IOException {
        CorpusFixtures.EveryKind every = fixtures().everyKind(stories);
        Run run = run(every.root());
        assertThat(run.articles()).hasSize(every.readable());
        assertThat(run.articles()).extracting(Article::id).doesNotHaveDuplicates();
        assertThat(run.failures()).hasSize(every.failing());
        assertThat(run.tally().articles()).isEqualTo(every.sources());
        assertThat(run.tally().errors()).isEqualTo(every.errors());
        assertThat(run.tally().skipped("not an article file")).isEqualTo(every.notArticles());
        assertThat(problems).filteredOn(p -> p.severity() == Problem.Severity.ERROR).hasSize(every.errors());
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).doesNotContain("\n"));
        for (Article a : run.articles()) {
            assertNoFurniture(a);
        }
    }

    @Test
    void foldersAreWalkedRecursivelyInSortedOrder() throws IOException {
        fixtures().write("b/two.txt", "Second\n\nThe second story.\n");
        fixtures().write("a/z/three.txt", "Third\n\nThe third story.\n");
        fixtures().write("a/one.txt", "First\n\nThe first story.\n");
        fixtures().write(".hidden/four.txt", "Hidden\n\nNot read.\n");
        Run run = run(dir);
        assertThat(run.articles()).extracting(Article::id).containsExactly("one", "three", "two");
        Path missing = dir.resolve("missing");
        run(missing);
        assertThat(problems).extracting(Problem::line)
                .containsExactly("dateline: error: " + missing + ": no such file or folder");
    }
}
