package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to plain paragraphs, the way an article body is read: one paragraph per block
 * (p, h1–h6, li, blockquote and other block elements), whitespace collapsed inside each,
 * entities decoded, two line breaks in a row ending a paragraph. Scripts, styles, media and
 * figure captions give no text. Shared by HTML pages and feed items.
 */
final class Paragraphs {

    /** Elements that start and end a paragraph of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "td", "th",
            "caption", "header", "footer", "figure", "aside", "nav", "form", "hr", "address", "center", "details",
            "summary", "fieldset", "body");

    /** Elements whose text is never article prose. */
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "math",
            "figcaption", "button", "select", "option", "textarea", "input", "iframe", "object", "embed", "audio",
            "video", "canvas", "head", "title", "map");

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    // Text escaped twice ("&amp;quot;") still shows an entity after one decoding.
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    private Paragraphs() {
    }

    /** The paragraphs of an element's content, in document order; none blank. */
    static List<String> of(Element root) {
        Collector c = new Collector();
        NodeTraversor.filter(c, root);
        c.flush();
        return c.paragraphs;
    }

    /** The paragraphs of an HTML fragment (a feed item's content). */
    static List<String> ofHtml(String html) {
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Plain text split at blank lines, each paragraph's whitespace collapsed. */
    static List<String> ofPlainText(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            String p = normalise(block);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Paragraphs as article text: separated by one blank line. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** One paragraph's text: invisible characters out, whitespace runs to one space, leftover entities decoded. */
    static String normalise(String s) {
        String t = INVISIBLE.matcher(s).replaceAll("");
        if (ENTITY.matcher(t).find()) {
            t = Parser.unescapeEntities(t, false);
        }
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    private static final class Collector implements NodeFilter {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int breaks;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (!text.isBlank()) {
                    if (breaks >= 2) {
                        flush();
                    } else if (breaks == 1) {
                        current.append(' ');
                    }
                    breaks = 0;
                }
                current.append(text);
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SILENT.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    breaks++;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String p = normalise(current.toString());
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.setLength(0);
            breaks = 0;
        }
    }
}
