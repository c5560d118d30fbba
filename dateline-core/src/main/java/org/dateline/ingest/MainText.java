package org.dateline.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The paragraphs of a page's story, without its furniture. Navigation, asides, footers,
 * forms and elements whose class or id names furniture (share bars, related links, comments,
 * cookie banners, ads, newsletters) are removed first; Readability then picks the story. When
 * it finds nothing, or less than half the text of the largest cluster of {@code <p>} under
 * {@code <article>} or {@code <main>} (else the whole body), that cluster is taken.
 */
final class MainText {

    private static final String FURNITURE_TAGS = "nav, aside, footer, form, script, style, noscript, template, "
            + "iframe, button, dialog, [role=navigation], [role=banner], [role=complementary], "
            + "[role=contentinfo], [role=dialog], [role=alertdialog], [hidden], [aria-hidden=true]";

    /** Words of a class or id (split at "-", "_" and case changes) that mark furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "sharebar", "social", "related", "recommended", "recirculation",
            "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "advert",
            "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo", "newsletter", "subscribe",
            "subscription", "paywall", "footer", "sidebar", "popup", "modal", "outbrain", "taboola", "trending",
            "masthead", "toolbar", "skip", "banner", "widget", "byline", "tags");

    /** Beginnings of class or id words that mark furniture ("relatedposts", "socialshare", "newsletters"). */
    private static final List<String> FURNITURE_PREFIXES = List.of("related", "sharing", "cookie", "newsletter",
            "advert", "sponsor", "social", "promo", "breadcrumb", "subscri", "outbrain", "taboola", "paywall",
            "recommend");

    /** Elements never removed as furniture: they hold the story itself. */
    private static final Set<String> STORY_TAGS = Set.of("html", "body", "main", "article");

    private MainText() {
    }

    static List<String> of(Document page, String url) {
        Document doc = page.clone();
        removeFurniture(doc);
        List<String> found = readability(doc.clone(), url);
        List<String> cluster = largestCluster(doc);
        // Readability can settle on a fragment (a lead paragraph, a pull quote) of a story
        // whose paragraphs stand together in the article element.
        return length(found) * 2 < length(cluster) ? cluster : found;
    }

    private static void removeFurniture(Document doc) {
        Element body = doc.body();
        body.select(FURNITURE_TAGS).stream().filter(e -> !holdsStory(e)).forEach(Element::remove);
        List<Element> marked = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && isFurniture(e) && !holdsStory(e)) {
                marked.add(e);
            }
        }
        marked.forEach(Element::remove);
    }

    private static boolean isFurniture(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return false;
        }
        // "relatedStories" → "related Stories"; "share-bar" → "share bar".
        String spaced = names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String word : spaced.split("[^a-z0-9]+")) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
            for (String prefix : FURNITURE_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether removing {@code e} would remove the story: it is or holds the article or main element. */
    private static boolean holdsStory(Element e) {
        return STORY_TAGS.contains(e.normalName())
                || !e.select("article, main, [itemprop=articleBody]").isEmpty();
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private static List<String> readability(Document doc, String url) {
        Element content;
        try {
            content = new Readability4J(url == null ? "" : url, doc).parse().getArticleContent();
        } catch (RuntimeException e) {
            return List.of(); // an odd page should not stop the run; the fallback still has a go
        }
        return content == null ? List.of() : Paragraphs.of(content);
    }

    /** The paragraphs of the parent with the most {@code <p>} text, in the story's container. */
    private static List<String> largestCluster(Document doc) {
        Elements scope = doc.select("article, main");
        if (scope.isEmpty()) {
            scope = new Elements(doc.body());
        }
        Map<Element, Integer> weight = new LinkedHashMap<>();
        for (Element p : scope.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                weight.merge(parent, p.text().length(), Integer::sum);
            }
        }
        Element best = null;
        int most = 0;
        for (Map.Entry<Element, Integer> e : weight.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (best == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Element p : best.children()) {
            if (p.normalName().equals("p")) {
                out.addAll(Paragraphs.of(p));
            }
        }
        return out;
    }
}
