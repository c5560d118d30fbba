package org.dateline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds test inputs of every kind from real articles of the shared corpus: HTML pages with
 * realistic furniture, a syndicated copy on another site, RSS and Atom feeds, a gzipped WARC
 * (and a truncated copy), JSON Lines, and broken files. Everything is written into the
 * folder given; nothing of the corpus is copied into the project. Shared with the store and
 * command-line tests through the core test-jar.
 *
 * <p>The corpus is {@code ../shared/corpus} or {@code ../../shared/corpus} from the module
 * folder; the system property {@code dateline.corpus} overrides both.
 */
public final class CorpusFixtures {

    /** The first site: every page of {@link #htmlPage} is on it. */
    public static final String SITE = "The Daily Ledger";
    /** The second site, carrying syndicated copies ({@link #syndicatedPage}). */
    public static final String WIRE_SITE = "Wire Review";
    /** The author named in the first site's JSON-LD. */
    public static final String AUTHOR = "Dana Whitfield";
    /** The authors named on the second site. */
    public static final List<String> WIRE_AUTHORS = List.of("Sam Okafor", "Lena Brandt");
    /** RSS channel title. */
    public static final String RSS_TITLE = "The Daily Ledger: World";
    /** Atom feed title. */
    public static final String ATOM_TITLE = "Wire Review: Top Stories";

    /** Text of page furniture: none of it may appear in an article read from a page. */
    public static final List<String> FURNITURE = List.of(
            "We use cookies to improve your experience",
            "Accept all cookies",
            "Home", "World", "Politics", "Business", "Sport",
            "Advertisement: refinance today with LowRate Mortgages",
            "Share on Facebook", "Share on Twitter", "Email this story",
            "Related stories", "Markets rally as central bank holds rates steady",
            "City council approves new cycling lanes",
            "Comments (3)", "Great reporting, thanks for covering this so thoroughly",
            "This is biased nonsense and you know it",
            "Sign up for our morning briefing",
            "Most read", "Heatwave expected to last until the weekend",
            "All rights reserved", "Privacy policy", "Terms of use",
            "Sponsored: five gadgets you need this summer");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CAPTURED = Instant.parse("2020-03-01T12:00:00Z");

    /** An article of the shared corpus: its metadata and the paragraphs of its body. */
    public record Story(String id, String title, String source, String url, LocalDate published,
                       List<String> paragraphs) {

        /** The body as an article's text: paragraphs separated by a blank line. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }

        /** The URL of this story on the first site. */
        public String siteUrl() {
            return "https://ledger.example/news/" + id;
        }

        /** The URL of the syndicated copy on the second site. */
        public String wireUrl() {
            return "https://wirereview.example/" + published.getYear() + "/" + id + ".html";
        }

        /** The headline the second site gives it. */
        public String wireTitle() {
            return "Wire: " + title;
        }

        /** Publication time on the first site: late evening in New York, so the next day in UTC. */
        public String publishedAt() {
            return published + "T22:45:00-04:00";
        }
    }

    private final Path dir;

    /** Fixtures written into {@code dir} (usually a JUnit temporary folder). */
    public CorpusFixtures(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    // ---------------------------------------------------------------- the corpus

    /** The shared corpus folder. */
    public static Path corpusDir() {
        String property = System.getProperty("dateline.corpus");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (String candidate : List.of("../shared/corpus", "../../shared/corpus", "../../../shared/corpus")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no shared corpus found from " + Path.of("").toAbsolutePath()
                + "; set -Ddateline.corpus");
    }

    /** One corpus article by id. */
    public static Story story(String id) {
        Path txt = corpusDir().resolve(id + ".txt");
        try {
            String text = Files.readString(txt, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Metadata m = Metadata.parseJson(id, Files.readString(txt.resolveSibling(id + ".json")));
            List<String> paragraphs = new ArrayList<>();
            for (String block : text.split("\\n\\s*\\n")) {
                String p = block.strip().replaceAll("\\s+", " ");
                if (!p.isEmpty()) {
                    paragraphs.add(p);
                }
            }
            if (!paragraphs.isEmpty() && paragraphs.get(0).equals(m.title())) {
                paragraphs.remove(0); // the headline line above the body
            }
            return new Story(id, m.title(), m.source(), m.url(), LocalDate.parse(m.published()), paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first {@code n} corpus articles (by id) with at least three body paragraphs. */
    /** Whether the story's sidecar gives a whole day ("2004-12" does not): fixtures need one. */
    private static boolean hasWholeDate(String id) {
        try {
            String published = Metadata.parseJson(id, Files.readString(corpusDir().resolve(id + ".json"))).published();
            return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}");
        } catch (IOException | InputException e) {
            return false;
        }
    }

    public static List<Story> stories(int n) {
        try (Stream<Path> files = Files.list(corpusDir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".txt"))
                    .filter(name -> hasWholeDate(name.substring(0, name.length() - 4)))
                    .sorted()
                    .map(name -> story(name.substring(0, name.length() - 4)))
                    .filter(s -> s.paragraphs().size() >= 3 && s.title() != null)
                    .limit(n)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- HTML pages

    /** The first site's page for a story, as HTML text. */
    public static String pageHtml(Story s) {
        ObjectNode article = JSON.createObjectNode();
        article.put("@type", "NewsArticle");
        article.put("headline", s.title());
        article.put("datePublished", s.publishedAt());
        article.put("dateModified", s.published().plusDays(2) + "T08:00:00Z");
        article.set("publisher", JSON.createObjectNode().put("@type", "NewsMediaOrganization").put("name", SITE));
        ArrayNode authors = article.putArray("author");
        authors.add(JSON.createObjectNode().put("@type", "Person").put("name", AUTHOR));
        article.put("url", s.siteUrl());
        article.put("inLanguage", "en");
        ObjectNode ld = JSON.createObjectNode();
        ld.put("@context", "https://schema.org");
        ArrayNode graph = ld.putArray("@graph");
        graph.add(JSON.createObjectNode().put("@type", "WebSite").put("name", SITE).put("url", "https://ledger.example/"));
        graph.add(article);
        graph.add(JSON.createObjectNode().put("@type", "BreadcrumbList").put("name", "World"));

        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(s.title())).append(" | ").append(SITE).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(s.siteUrl()).append("\">\n")
                .append(meta("property", "og:type", "article"))
                .append(meta("property", "og:title", s.title()))
                .append(meta("property", "og:site_name", SITE))
                .append(meta("property", "og:url", s.siteUrl() + "?utm_source=og"))
                .append(meta("property", "article:published_time", s.publishedAt()))
                .append(meta("name", "description", s.paragraphs().get(0)))
                .append("<script type=\"application/ld+json\">").append(ld).append("</script>\n")
                .append("<style>body{font-family:serif}</style>\n")
                .append("<script>window.dataLayer=[{'page':'article'}];</script>\n")
                .append("</head>\n<body>\n")
                .append("<div id=\"cookie-banner\" class=\"cookie-consent\"><p>We use cookies to improve your experience. ")
                .append("By continuing to browse you accept our cookie policy.</p><button>Accept all cookies</button></div>\n")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(SITE).append("</a>\n")
                .append("<nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
                .append("<li><a href=\"/politics\">Politics</a></li><li><a href=\"/business\">Business</a></li>")
                .append("<li><a href=\"/sport\">Sport</a></li></ul></nav></header>\n")
                .append("<div class=\"ad ad-leaderboard\"><p>Advertisement: refinance today with LowRate Mortgages, ")
                .append("rates from 2.9%.</p></div>\n")
                .append("<main id=\"content\">\n<article class=\"story\">\n")
                .append("<h1 class=\"headline\">").append(esc(s.title())).append("</h1>\n")
                .append("<p class=\"byline\">By <a href=\"/authors/dana-whitfield\">").append(AUTHOR).append("</a></p>\n")
                .append("<time datetime=\"").append(s.publishedAt()).append("\">")
                .append(s.published().format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH))).append("</time>\n")
                .append("<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on Twitter</a> ")
                .append("<a href=\"#\">Email this story</a></div>\n")
                .append("<div class=\"story-body\">\n");
        for (int i = 0; i < s.paragraphs().size(); i++) {
            b.append("  <p>").append(withMarkup(s.paragraphs().get(i), i)).append("</p>\n");
            if (i == 1) {
                b.append("  <div class=\"ad ad-inline\"><span>Sponsored: five gadgets you need this summer</span></div>\n");
            }
        }
        b.append("</div>\n")
                .append("<aside class=\"related-stories\"><h3>Related stories</h3><ul>")
                .append("<li><a href=\"/news/markets\">Markets rally as central bank holds rates steady</a></li>")
                .append("<li><a href=\"/news/cycling\">City council approves new cycling lanes</a></li></ul></aside>\n")
                .append("</article>\n</main>\n")
                .append("<section id=\"comments\" class=\"comments\"><h3>Comments (3)</h3>")
                .append("<div class=\"comment\"><p>Great reporting, thanks for covering this so thoroughly.</p></div>")
                .append("<div class=\"comment\"><p>This is biased nonsense and you know it.</p></div>")
                .append("<div class=\"comment\"><p>Does anyone have a link to the full statement?</p></div></section>\n")
                .append("<div class=\"newsletter\"><p>Sign up for our morning briefing.</p><form><input type=\"email\">")
                .append("<button>Subscribe</button></form></div>\n")
                .append("<footer class=\"site-footer\"><p>&copy; ").append(s.published().getYear()).append(' ')
                .append(SITE).append(" Media Group. All rights reserved.</p>")
                .append("<ul><li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/terms\">Terms of use</a></li>")
                .append("</ul></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The same story on the second site: other furniture, other metadata, another URL and headline. */
    public static String syndicatedHtml(Story s) {
        ArrayNode ld = JSON.createArrayNode();
        ld.add(JSON.createObjectNode().put("@type", "Organization").put("name", WIRE_SITE));
        ObjectNode article = JSON.createObjectNode();
        article.putArray("@type").add("ReportageNewsArticle");
        article.put("headline", s.wireTitle());
        article.put("datePublished", s.published() + "T06:10:00+08:00");
        article.put("publisher", WIRE_SITE);
        ArrayNode authors = article.putArray("author");
        authors.add(WIRE_AUTHORS.get(0));
        authors.add(JSON.createObjectNode().put("@type", "Person").put("name", WIRE_AUTHORS.get(1)));
        article.set("mainEntityOfPage", JSON.createObjectNode().put("@id", s.wireUrl()));
        ld.add(article);

        StringBuilder b = new StringBuilder();
        b.append("<!doctype html>\n<html lang=\"en-GB\"><head><meta http-equiv=\"Content-Type\" ")
                .append("content=\"text/html; charset=utf-8\">\n")
                .append("<title>").append(esc(s.wireTitle())).append(" - ").append(WIRE_SITE).append("</title>\n")
                .append(meta("property", "og:url", s.wireUrl()))
                .append(meta("property", "og:site_name", WIRE_SITE))
                .append(meta("property", "og:title", s.wireTitle()))
                .append(meta("name", "author", String.join(", ", WIRE_AUTHORS)))
                .append("<script type=\"application/ld+json\">").append(ld).append("</script>\n")
                .append("</head><body class=\"wire\">\n")
                .append("<div class=\"topbar\"><ul class=\"menu\"><li>World</li><li>Politics</li><li>Business</li></ul></div>\n")
                .append("<div class=\"layout\">\n<div class=\"column-main\">\n")
                .append("<h1>").append(esc(s.wireTitle())).append("</h1>\n")
                .append("<div class=\"social-tools\"><span>Share on Facebook</span><span>Share on Twitter</span></div>\n")
                .append("<div itemprop=\"articleBody\">\n");
        for (String p : s.paragraphs()) {
            b.append("<p>").append(esc(p)).append("</p>\n");
        }
        b.append("</div>\n<div class=\"sponsored-content\"><p>Sponsored: five gadgets you need this summer</p></div>\n")
                .append("</div>\n<div class=\"sidebar\"><h4>Most read</h4><ol>")
                .append("<li><a href=\"/heat\">Heatwave expected to last until the weekend</a></li>")
                .append("<li><a href=\"/rates\">Markets rally as central bank holds rates steady</a></li></ol></div>\n")
                .append("</div>\n<div id=\"footer\"><p>Copyright ").append(WIRE_SITE)
                .append(". All rights reserved. <a href=\"/privacy\">Privacy policy</a></p></div>\n")
                .append("</body></html>\n");
        return b.toString();
    }

    /** Writes {@code <id>.html}, the first site's page. */
    public Path htmlPage(Story s) {
        return write(s.id() + ".html", pageHtml(s));
    }

    /** Writes {@code <id>-wire.html}, the second site's copy. */
    public Path syndicatedPage(Story s) {
        return write(s.id() + "-wire.html", syndicatedHtml(s));
    }

    // ---------------------------------------------------------------- feeds

    /** RSS 2.0 with content:encoded (full text), a short description, guid, pubDate and author. */
    public Path rssFeed(String name, List<Story> stories) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
                .append("<title>").append(esc(RSS_TITLE)).append("</title>\n")
                .append("<link>https://ledger.example/world</link>\n<description>World news</description>\n");
        for (Story s : stories) {
            b.append("<item>\n<title>").append(esc(s.title())).append("</title>\n")
                    .append("<link>").append(s.siteUrl()).append("</link>\n")
                    .append("<guid isPermaLink=\"false\">ledger-").append(s.id()).append("</guid>\n")
                    .append("<pubDate>").append(rfc822(s)).append("</pubDate>\n")
                    .append("<author>desk@ledger.example (").append(AUTHOR).append(")</author>\n")
                    .append("<description>").append(esc(s.paragraphs().get(0))).append("</description>\n")
                    .append("<content:encoded><![CDATA[");
            for (int i = 0; i < s.paragraphs().size(); i++) {
                b.append("<p>").append(withMarkup(s.paragraphs().get(i), i)).append("</p>\n");
            }
            b.append("]]></content:encoded>\n</item>\n");
        }
        b.append("</channel>\n</rss>\n");
        return write(name, b.toString());
    }

    /**
     * Atom 1.0, full text as escaped HTML content; the last entry has only a summary (its
     * first paragraph).
     */
    public Path atomFeed(String name, List<Story> stories) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>").append(esc(ATOM_TITLE)).append("</title>\n")
                .append("<id>tag:wirereview.example,2020:feed</id>\n<updated>2020-03-01T12:00:00Z</updated>\n")
                .append("<link rel=\"self\" href=\"https://wirereview.example/feed.atom\"/>\n");
        for (int n = 0; n < stories.size(); n++) {
            Story s = stories.get(n);
            b.append("<entry>\n<title type=\"html\">").append(esc(esc(s.wireTitle()))).append("</title>\n")
                    .append("<id>").append(atomId(s)).append("</id>\n")
                    .append("<link rel=\"alternate\" href=\"").append(s.wireUrl()).append("\"/>\n")
                    .append("<published>").append(s.publishedAt()).append("</published>\n")
                    .append("<updated>").append(s.published().plusDays(1)).append("T10:00:00Z</updated>\n");
            for (String a : WIRE_AUTHORS) {
                b.append("<author><name>").append(esc(a)).append("</name></author>\n");
            }
            if (n == stories.size() - 1) {
                b.append("<summary>").append(esc(s.paragraphs().get(0))).append("</summary>\n");
            } else {
                StringBuilder html = new StringBuilder();
                for (String p : s.paragraphs()) {
                    html.append("<p>").append(esc(p)).append("</p>");
                }
                b.append("<content type=\"html\">").append(esc(html.toString())).append("</content>\n");
            }
            b.append("</entry>\n");
        }
        b.append("</feed>\n");
        return write(name, b.toString());
    }

    /** The Atom id of a story's entry. */
    public static String atomId(Story s) {
        return "tag:wirereview.example,2020:" + s.id();
    }

    // ---------------------------------------------------------------- WARC

    /**
     * A gzipped WARC: warcinfo; for each story a request and a 200 HTML response (the first
     * site's page, charset in the HTTP header); an image response; a 404 HTML response; a
     * revisit; a metadata record; and, last, a {@code resource} record holding the first
     * story's syndicated page. Articles: every story, then the resource (stories + 1).
     */
    public Path warc(String name, List<Story> stories) {
        Path file = target(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().date(CAPTURED).filename(name)
                    .fields(Map.of("software", List.of("dateline tests"), "format", List.of("WARC File Format 1.1")))
                    .build());
            for (Story s : stories) {
                writeCapture(w, s.siteUrl(), 200, "OK", "text/html; charset=utf-8",
                        pageHtml(s).getBytes(StandardCharsets.UTF_8));
            }
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            writeCapture(w, "https://ledger.example/img/logo.png", 200, "OK", "image/png", png);
            writeCapture(w, "https://ledger.example/news/missing", 404, "Not Found", "text/html; charset=utf-8",
                    "<html><body><h1>Page not found</h1><p>Sorry, we could not find that story.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8));
            Story first = stories.get(0);
            HttpResponse notModified = new HttpResponse.Builder(200, "OK")
                    .addHeader("Content-Type", "text/html; charset=utf-8").build();
            w.write(new WarcRevisit.Builder(URI.create(first.siteUrl()), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                    .date(CAPTURED.plusSeconds(3600)).body(notModified).build());
            w.write(new WarcMetadata.Builder().targetURI(first.siteUrl()).date(CAPTURED)
                    .fields(Map.of("outlinks", List.of("https://ledger.example/world"))).build());
            w.write(new WarcResource.Builder(URI.create(first.wireUrl())).date(CAPTURED)
                    .body(MediaType.parse("text/html"), syndicatedHtml(first).getBytes(StandardCharsets.UTF_8))
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A gzipped WARC of {@code responses} HTML responses of one story under different URLs
     * ({@code https://ledger.example/page/N}), for streaming tests; with {@code damagedTail}
     * it ends in bytes that are no WARC record.
     */
    public Path largeWarc(String name, Story s, int responses, boolean damagedTail) {
        Path file = target(name);
        byte[] page = pageHtml(s).getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            WarcWriter w = new WarcWriter(channel, WarcCompression.GZIP);
            for (int i = 1; i <= responses; i++) {
                writeCapture(w, "https://ledger.example/page/" + i, 200, "OK", "text/html; charset=utf-8", page);
            }
            if (damagedTail) {
                byte[] junk = new byte[4096];
                new Random(7).nextBytes(junk);
                channel.write(java.nio.ByteBuffer.wrap(junk));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** One HTTP 200 response to put in a WARC: its body served as {@code contentType}, with extra headers. */
    public record Capture(String url, String contentType, byte[] body, Map<String, String> headers) {
        public Capture(String url, String contentType, byte[] body) {
            this(url, contentType, body, Map.of());
        }
    }

    /** A gzipped WARC of one HTTP 200 response: {@code body} served as {@code contentType} from {@code url}. */
    public Path warcPage(String name, String url, String contentType, byte[] body) {
        return warcPages(name, List.of(new Capture(url, contentType, body)));
    }

    /** A gzipped WARC of the given responses, each after its request. */
    public Path warcPages(String name, List<Capture> captures) {
        Path file = target(name);
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (Capture c : captures) {
                writeCapture(w, c.url(), 200, "OK", c.contentType(), c.body(), c.headers());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@code text} gzipped, as a server sends a body with {@code Content-Encoding: gzip}. */
    public static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A copy of {@code file} cut to {@code fraction} of its length, named {@code name}. */
    public Path truncatedCopy(Path file, String name, double fraction) {
        try {
            byte[] all = Files.readAllBytes(file);
            byte[] cut = java.util.Arrays.copyOf(all, (int) (all.length * fraction));
            return Files.write(target(name), cut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCapture(WarcWriter w, String url, int status, String reason, String type, byte[] body)
            throws IOException {
        writeCapture(w, url, status, reason, type, body, Map.of());
    }

    private static void writeCapture(WarcWriter w, String url, int status, String reason, String type, byte[] body,
                                     Map<String, String> headers) throws IOException {
        URI uri = URI.create(url);
        HttpRequest request = new HttpRequest.Builder("GET", uri.getRawPath())
                .addHeader("Host", uri.getHost()).addHeader("User-Agent", "dateline-tests/1.0").build();
        WarcRequest warcRequest = new WarcRequest.Builder(uri).date(CAPTURED).body(request).build();
        HttpResponse.Builder response = new HttpResponse.Builder(status, reason);
        headers.forEach(response::addHeader);
        response.body(MediaType.parse(type), body);
        w.write(new WarcResponse.Builder(uri).date(CAPTURED).concurrentTo(warcRequest.id()).body(response.build()).build());
        w.write(warcRequest);
    }

    // ---------------------------------------------------------------- JSON Lines

    /** One object per story (id, title, text, url, published, source, authors), a blank line after the first. */
    public Path jsonLines(String name, List<Story> stories) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < stories.size(); i++) {
            b.append(jsonLine(stories.get(i), true)).append('\n');
            if (i == 0) {
                b.append('\n');
            }
        }
        return write(name, b.toString());
    }

    /** A story as a JSON Lines object; without {@code withId} the id is left out. */
    public static String jsonLine(Story s, boolean withId) {
        ObjectNode o = JSON.createObjectNode();
        if (withId) {
            o.put("id", s.id());
        }
        o.put("title", s.title()).put("text", s.text()).put("url", s.url())
                .put("published", s.published().toString()).put("source", s.source()).put("language", "en");
        o.putArray("authors").add(AUTHOR);
        return o.toString();
    }

    // ---------------------------------------------------------------- a folder of every kind

    /**
     * What {@link #everyKind} wrote, and what a corpus over {@code root} must make of it.
     *
     * @param root        the folder holding everything
     * @param readable    sources that read to an article (ids all distinct)
     * @param failing     sources whose {@code read()} fails (empty, binary, no story text)
     * @param errors      error lines the corpus itself reports (broken feed, damaged WARC, bad JSON line)
     * @param notArticles files skipped as no article file (a README and a PNG)
     */
    public record EveryKind(Path root, int readable, int failing, int errors, int notArticles) {
        /** Sources a corpus yields: readable and failing ones. */
        public int sources() {
            return readable + failing;
        }
    }

    /**
     * A folder with every kind of input made from {@code stories} (at least two): pages
     * ({@code pages/}, one per story and a syndicated copy of the first), RSS and Atom feeds
     * ({@code feeds/}), a WARC ({@code warc/}), JSON Lines without ids ({@code jsonl/}), and in
     * {@code broken/} an empty page, binary junk named .html, a page with no story, a cut feed,
     * a WARC damaged after its first page, a JSON Lines file with one bad line after a good one,
     * undecodable text, a README and a PNG.
     */
    public EveryKind everyKind(List<Story> stories) {
        int n = stories.size();
        for (Story s : stories) {
            write("pages/" + s.id() + ".html", pageHtml(s));
        }
        write("pages/" + stories.get(0).id() + "-wire.html", syndicatedHtml(stories.get(0)));
        new CorpusFixtures(dir.resolve("feeds")).rssFeed("world.rss", stories);
        new CorpusFixtures(dir.resolve("feeds")).atomFeed("wire.atom", stories);
        new CorpusFixtures(dir.resolve("warc")).warc("crawl.warc.gz", stories);
        StringBuilder lines = new StringBuilder();
        for (Story s : stories) {
            lines.append(jsonLine(s, false)).append('\n');
        }
        write("jsonl/articles.jsonl", lines.toString());

        write("broken/empty.html", new byte[0]);
        write("broken/junk.html", junk(1024));
        write("broken/no-text.html", pageWithoutText());
        write("broken/cut-feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut</title>"
                + "<item><title>Half an item</title><description>Text");
        CorpusFixtures broken = new CorpusFixtures(dir.resolve("broken"));
        Path whole = broken.largeWarc("whole.tmp", stories.get(1), 1, false);
        Path second = broken.largeWarc("second.tmp", stories.get(1), 1, false);
        try {
            byte[] a = Files.readAllBytes(whole);
            byte[] b = Files.readAllBytes(second);
            byte[] cut = java.util.Arrays.copyOf(a, a.length + b.length / 2);
            System.arraycopy(b, 0, cut, a.length, b.length / 2);
            write("broken/damaged.warc.gz", cut);
            Files.delete(whole);
            Files.delete(second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write("broken/one-bad-line.jsonl", jsonLine(stories.get(1), false) + "\n{\"text\": \"unclosed\n");
        write("broken/undecodable.txt", junk(200));
        write("broken/README.md", "# Broken inputs\n\nFiles that must not stop a run.\n");
        write("broken/logo.png", junk(256));
        int readable = n + 1 + n + n + (n + 1) + n + 1 + 1;
        return new EveryKind(dir, readable, 4, 3, 2);
    }

    // ---------------------------------------------------------------- broken and odd files

    /** Writes {@code name} with {@code text} in UTF-8. */
    public Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code name} with {@code bytes}, making folders as needed. */
    public Path write(String name, byte[] bytes) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random bytes with NULs, as a broken download looks. */
    public static byte[] junk(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        b[10] = 0;
        return b;
    }

    /** A page of furniture only: navigation, a cookie banner, a footer, no story. */
    public static String pageWithoutText() {
        return "<!DOCTYPE html><html><head><title>Home | " + SITE + "</title></head><body>"
                + "<div class=\"cookie-consent\"><p>We use cookies to improve your experience.</p></div>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                + "<footer><p>All rights reserved.</p></footer></body></html>";
    }

    /** A story's first-site page whose JSON-LD and OpenGraph dates are {@code date}. */
    public static String pageWithDate(Story s, String date) {
        return pageHtml(s).replace(s.publishedAt(), date);
    }

    // ---------------------------------------------------------------- helpers

    /** {@code dir/name}, its folders made. */
    private Path target(String name) {
        Path p = dir.resolve(name);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String rfc822(Story s) {
        return s.published().atTime(22, 45).atOffset(java.time.ZoneOffset.ofHours(-4))
                .format(DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    /** A paragraph as HTML, with inline markup around its first word in every third paragraph. */
    private static String withMarkup(String p, int i) {
        if (i % 3 != 1) {
            return esc(p);
        }
        int space = p.indexOf(' ');
        if (space < 0) {
            return esc(p);
        }
        return "<a href=\"https://ledger.example/topic\"><strong>" + esc(p.substring(0, space)) + "</strong></a>"
                + esc(p.substring(space));
    }

    private static String meta(String attr, String key, String content) {
        return "<meta " + attr + "=\"" + key + "\" content=\"" + esc(content) + "\">\n";
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
