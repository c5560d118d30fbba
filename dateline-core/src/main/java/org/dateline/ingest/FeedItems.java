package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.dateline.model.Article;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, each an article: its text from
 * {@code content:encoded} or Atom {@code content}, else the description or summary, HTML
 * turned into paragraphs as for pages. The feed is parsed whole when the file is reached
 * (feeds are small); each item's HTML is read in {@link Source#read()}. A feed that is not
 * well-formed XML or not a feed is one error naming the file.
 */
final class FeedItems implements Entries {

    private static final Pattern EMAIL_AND_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    private final List<Source> items;
    private int at;

    private FeedItems(List<Source> items) {
        this.items = items;
    }

    /** The items of {@code bytes}, or no item after one error line when they are not a feed. */
    static Entries of(String input, String fileName, byte[] bytes, Consumer<Problem> problems, Counts counts) {
        SyndFeed feed;
        List<Element> rawItems;
        try {
            Document doc = builder().build(new ByteArrayInputStream(bytes));
            rawItems = rawItems(doc.getRootElement());
            feed = new SyndFeedInput().build(doc);
        } catch (JDOMException | IOException | FeedException | RuntimeException e) {
            problems.accept(Problem.error(input, "not a readable feed: " + message(e)));
            return new FeedItems(List.of());
        }
        String source = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        List<Source> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            // ROME keeps dates as instants; the raw text keeps the day as its writer meant it.
            String rawDate = rawItems.size() == entries.size() ? rawDate(rawItems.get(i)) : null;
            items.add(item(input + "#" + (i + 1), fileName + "#" + (i + 1), entry, rawDate, source, problems));
        }
        if (items.isEmpty()) {
            problems.accept(Problem.warning(input, "a feed with no items"));
        }
        return new FeedItems(items);
    }

    @Override
    public Source next() {
        return at < items.size() ? items.get(at++) : null;
    }

    private static Source item(String name, String defaultId, SyndEntry entry, String rawDate, String source,
                               Consumer<Problem> problems) {
        String id = first(entry.getUri(), entry.getLink(), defaultId);
        String title = blankToNull(entry.getTitle());
        String link = blankToNull(entry.getLink());
        SyndContent body = body(entry);
        String value = body == null ? null : body.getValue();
        boolean plain = body != null && body.getType() != null && body.getType().toLowerCase(Locale.ROOT).contains("text")
                && !body.getType().toLowerCase(Locale.ROOT).contains("html");
        List<String> authors = authors(entry);
        Date instant = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Source.of(name, () -> {
            if (value == null || value.isBlank()) {
                throw new InputException(name, "feed item has no content or description");
            }
            List<String> paragraphs = plain ? Paragraphs.ofPlainText(value) : Paragraphs.ofHtml(value);
            if (paragraphs.isEmpty()) {
                throw new InputException(name, "no article text found in the feed item");
            }
            return Article.builder(id, Paragraphs.join(paragraphs))
                    .title(title)
                    .url(link)
                    .source(source)
                    .published(published(name, rawDate, instant, problems))
                    .authors(authors)
                    .origin(name)
                    .build();
        });
    }

    private static SyndContent body(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                return c;
            }
        }
        SyndContent d = entry.getDescription();
        return d != null && d.getValue() != null && !d.getValue().isBlank() ? d : null;
    }

    private static LocalDate published(String name, String raw, Date instant, Consumer<Problem> problems) {
        if (raw != null) {
            LocalDate d = DateText.parse(raw).orElse(null);
            if (d != null) {
                return d;
            }
            if (instant == null) {
                return ArticleReader.published(name, raw, problems); // warns
            }
        }
        return instant == null ? null : LocalDate.ofInstant(instant.toInstant(), ZoneOffset.UTC);
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> out = new LinkedHashSet<>();
        for (SyndPerson p : entry.getAuthors()) {
            String n = personName(p.getName());
            if (n != null) {
                out.add(n);
            }
        }
        String single = personName(entry.getAuthor());
        if (single != null && out.isEmpty()) {
            out.add(single);
        }
        return List.copyOf(out);
    }

    /** RSS writes "jdoe@example.com (Jane Doe)"; the name is the part people read. */
    private static String personName(String s) {
        String t = blankToNull(s);
        if (t == null) {
            return null;
        }
        Matcher m = EMAIL_AND_NAME.matcher(t);
        return m.matches() ? m.group(1).strip() : t;
    }

    /** The item or entry elements in document order, as ROME reads them. */
    private static List<Element> rawItems(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element child : root.getChildren()) {
            String n = child.getName();
            if (n.equals("item") || n.equals("entry")) {
                out.add(child);
            } else if (n.equals("channel")) {
                for (Element c : child.getChildren()) {
                    if (c.getName().equals("item")) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static String rawDate(Element item) {
        for (String name : List.of("pubDate", "published", "issued", "date", "updated", "modified")) {
            for (Element c : item.getChildren()) {
                if (c.getName().equals(name) && !c.getTextTrim().isEmpty()) {
                    return c.getTextTrim();
                }
            }
        }
        return null;
    }

    /** A parser that reads no DTD and expands no external entity: feeds come from anywhere. */
    private static SAXBuilder builder() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        b.setExpandEntities(false);
        b.setFeature("http://xml.org/sax/features/external-general-entities", false);
        b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return b;
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String first(String... values) {
        for (String v : values) {
            String t = blankToNull(v);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = Paragraphs.normalise(s);
        return t.isEmpty() ? null : t;
    }
}
