package org.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read: its body text and the metadata that came with it.
 * {@code published} is null when the metadata gives no usable date.
 */
public final class Article {
    private final String id;
    private final String title;
    private final String source;
    private final String url;
    private final LocalDate published;
    private final String language;
    private final String license;
    private final String text;
    private final String origin;
    private final List<String> authors;

    private Article(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.text = Objects.requireNonNull(b.text, "text");
        this.title = b.title;
        this.source = b.source;
        this.url = b.url;
        this.published = b.published;
        this.language = b.language;
        this.license = b.license;
        this.origin = b.origin == null ? b.id : b.origin;
        this.authors = List.copyOf(b.authors);
    }

    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    public String id() { return id; }
    public String title() { return title; }
    public String source() { return source; }
    public String url() { return url; }
    public LocalDate published() { return published; }
    public String language() { return language; }
    public String license() { return license; }
    /** The body exactly as read; every offset in a record points into this string. */
    public String text() { return text; }
    /** Where the article came from (a path or URI), for messages. */
    public String origin() { return origin; }
    /** Bylines as the source gave them (HTML and feed metadata); empty when unknown. */
    public List<String> authors() { return authors; }

    public Builder toBuilder() {
        return new Builder(id, text).title(title).source(source).url(url).published(published)
                .language(language).license(license).origin(origin).authors(authors);
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + text.length() + " chars]";
    }

    /** Builds an {@link Article}; id and text are required, the rest may stay null. */
    public static final class Builder {
        private String id;
        private final String text;
        private String title, source, url, language, license, origin;
        private LocalDate published;
        private List<String> authors = List.of();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder license(String v) { license = v; return this; }
        public Builder origin(String v) { origin = v; return this; }
        public Builder authors(List<String> v) { authors = v == null ? List.of() : v; return this; }

        public Article build() { return new Article(this); }
    }
}
