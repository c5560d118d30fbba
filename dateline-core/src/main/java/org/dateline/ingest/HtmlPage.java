package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.dateline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One HTML page to one {@link Article}: the story's paragraphs ({@link MainText}) separated
 * by blank lines, and the page's metadata ({@link PageMetadata}). The headline is not put
 * above the body, and a first paragraph that only repeats it is dropped. A page with no
 * story text is refused with "no article text found in the HTML".
 */
final class HtmlPage {

    private HtmlPage() {
    }

    /**
     * @param input       the name for messages and {@link Article#origin()}
     * @param id          the article id; null to use the page's url (a WARC record)
     * @param httpCharset the charset of the HTTP header that carried the page, or null
     * @param targetUri   the address the page was fetched from, or null; the url when the page names none
     */
    static Article read(String input, String id, byte[] bytes, String httpCharset, String targetUri,
                        Consumer<Problem> warnings) throws InputException {
        String html = HtmlDecoder.decode(input, bytes, httpCharset, warnings);
        Document doc = Jsoup.parse(html, targetUri == null ? "" : targetUri);
        PageMetadata meta = PageMetadata.of(doc);
        String url = meta.url() != null ? meta.url() : targetUri;
        List<String> paragraphs = new ArrayList<>(MainText.of(doc, url));
        if (!paragraphs.isEmpty() && meta.title() != null && same(paragraphs.get(0), meta.title())) {
            paragraphs.remove(0);
        }
        if (paragraphs.isEmpty()) {
            throw new InputException(input, "no article text found in the HTML");
        }
        String articleId = id != null ? id : url != null ? url : input;
        return Article.builder(articleId, Paragraphs.join(paragraphs))
                .title(meta.title())
                .source(meta.source())
                .url(url)
                .published(ArticleReader.published(input, meta.published(), warnings))
                .language(meta.language())
                .authors(meta.authors())
                .origin(input)
                .build();
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
