package org.dateline.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself, as written (dates still text). Precedence, highest
 * first: JSON-LD {@code NewsArticle}, {@code Article} and kin (also inside {@code @graph} and
 * arrays); OpenGraph and {@code article:*} properties; {@code <meta name>} tags (Dublin Core,
 * {@code citation_*}, {@code author}, {@code date}); then {@code <title>}, {@code <time datetime>}
 * and {@code <html lang>}. The url prefers the canonical link, then og:url, then JSON-LD.
 */
record PageMetadata(String title, String published, String source, String url, List<String> authors,
                    String language) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "liveblogposting", "report");

    private static final List<String> META_DATES = List.of("date", "pubdate", "publish-date", "publishdate",
            "publish_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
            "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date", "article.published",
            "og:published_time");
    private static final List<String> META_AUTHORS = List.of("author", "dc.creator", "dcterms.creator",
            "citation_author", "byl", "sailthru.author", "parsely-author");
    private static final List<String> META_TITLES = List.of("citation_title", "dc.title", "dcterms.title",
            "headline", "title");
    private static final List<String> META_SOURCES = List.of("dc.publisher", "dcterms.publisher",
            "citation_publisher", "application-name", "publisher");
    private static final List<String> META_LANGUAGES = List.of("dc.language", "dcterms.language", "language",
            "content-language");

    static PageMetadata of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), text(ld, "name"), property(doc, "og:title"),
                property(doc, "twitter:title"), meta(doc, META_TITLES), titleElement(doc));
        String published = first(text(ld, "datePublished"), text(ld, "dateCreated"),
                property(doc, "article:published_time"), property(doc, "og:published_time"),
                meta(doc, META_DATES), itemprop(doc, "datePublished"), timeElement(doc));
        String source = first(name(ld == null ? null : ld.get("publisher")), property(doc, "og:site_name"),
                meta(doc, META_SOURCES));
        String url = first(canonical(doc), property(doc, "og:url"), ldUrl(ld));
        List<String> authors = names(ld == null ? null : ld.get("author"));
        if (authors.isEmpty()) {
            authors = authors(doc);
        }
        String language = first(language(ld == null ? null : ld.get("inLanguage")), htmlLang(doc),
                meta(doc, META_LANGUAGES), httpEquivLanguage(doc), locale(property(doc, "og:locale")));
        if (title != null && source != null) {
            title = withoutSiteName(title, source);
        }
        return new PageMetadata(title, published, source, url, authors, language);
    }

    // ---- JSON-LD ----

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                JsonNode found = findArticle(root, 0);
                if (found != null) {
                    return found;
                }
            } catch (JacksonException e) {
                // A broken block is common and harmless: the other sources of metadata remain.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        JsonNode graph = findArticle(node.get("@graph"), depth + 1);
        return graph != null ? graph : findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        t = t.substring(t.lastIndexOf('/') + 1);
        return ARTICLE_TYPES.contains(t);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v != null && v.isValueNode() ? clean(v.asText()) : null;
    }

    /** A name from a string, an object with "name", or the first of an array of either. */
    private static String name(JsonNode v) {
        List<String> all = names(v);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> names(JsonNode v) {
        Set<String> out = new LinkedHashSet<>();
        collectNames(v, out);
        return List.copyOf(out);
    }

    private static void collectNames(JsonNode v, Set<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            v.forEach(n -> collectNames(n, out));
        } else if (v.isObject()) {
            String n = clean(v.path("name").asText(""));
            if (n != null) {
                out.add(n);
            }
        } else {
            String n = clean(v.asText());
            if (n != null && !looksLikeUrl(n)) {
                out.add(n);
            }
        }
    }

    private static String ldUrl(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        String url = text(ld, "url");
        if (url != null) {
            return url;
        }
        JsonNode main = ld.get("mainEntityOfPage");
        if (main != null && main.isObject()) {
            return first(text(main, "@id"), text(main, "url"));
        }
        return main != null && main.isTextual() ? clean(main.asText()) : null;
    }

    private static String language(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isObject()) {
            return first(text(v, "alternateName"), text(v, "name"));
        }
        return v.isValueNode() ? clean(v.asText()) : null;
    }

    // ---- meta tags and elements ----

    private static String property(Document doc, String property) {
        for (Element m : doc.select("meta[property], meta[name]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (key.equalsIgnoreCase(property)) {
                String v = clean(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String meta(Document doc, List<String> names) {
        for (String name : names) {
            for (Element m : doc.select("meta[name]")) {
                if (m.attr("name").equalsIgnoreCase(name)) {
                    String v = clean(m.attr("content"));
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    private static List<String> authors(Document doc) {
        Set<String> out = new LinkedHashSet<>();
        for (Element m : doc.select("meta[property=article:author], meta[name=article:author]")) {
            String v = clean(m.attr("content"));
            if (v != null && !looksLikeUrl(v)) {
                out.add(v);
            }
        }
        if (out.isEmpty()) {
            for (String name : META_AUTHORS) {
                for (Element m : doc.select("meta[name]")) {
                    String v = clean(m.attr("content"));
                    if (m.attr("name").equalsIgnoreCase(name) && v != null && !looksLikeUrl(v)) {
                        out.add(v.replaceFirst("(?i)^by\\s+", ""));
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        return first(clean(e.attr("datetime")), clean(e.attr("content")));
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], main time[datetime]");
        if (t == null) {
            t = doc.selectFirst("time[datetime]");
        }
        return t == null ? null : clean(t.attr("datetime"));
    }

    private static String titleElement(Document doc) {
        return clean(doc.title());
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String abs = clean(link.absUrl("href"));
        return abs != null ? abs : clean(link.attr("href"));
    }

    private static String htmlLang(Document doc) {
        Element html = doc.selectFirst("html");
        return html == null ? null : clean(html.attr("lang"));
    }

    private static String httpEquivLanguage(Document doc) {
        Element m = doc.selectFirst("meta[http-equiv=content-language]");
        return m == null ? null : clean(m.attr("content"));
    }

    /** An OpenGraph locale ("en_GB") as a language tag ("en-GB"). */
    private static String locale(String locale) {
        return locale == null ? null : locale.replace('_', '-');
    }

    /** "Talks resume | The Daily Planet" → "Talks resume" when the site is "The Daily Planet". */
    private static String withoutSiteName(String title, String site) {
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            if (title.endsWith(sep + site)) {
                return title.substring(0, title.length() - sep.length() - site.length()).strip();
            }
        }
        return title;
    }

    private static boolean looksLikeUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("/");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Paragraphs.normalise(s);
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

}
