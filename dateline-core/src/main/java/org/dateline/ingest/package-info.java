/**
 * Reading articles: every kind of input a news user has, to {@link org.dateline.model.Article}s.
 *
 * <p>{@link org.dateline.ingest.Corpus} walks the files and folders named and yields one
 * {@link org.dateline.ingest.Source} per article, lazily: plain-text articles with their JSON
 * sidecars (read by {@link org.dateline.ingest.ArticleReader}, as they always were), HTML pages,
 * RSS and Atom feed items, the HTML pages captured in WARC files, and JSON Lines. Each file is
 * recognised by its content as well as its name; what is no article file is skipped with one
 * warning and counted. Containers are read a record at a time on the calling thread, and the
 * costly work (decoding, HTML extraction) is left to {@link org.dateline.ingest.Source#read()},
 * which runs on worker threads.
 *
 * <p>HTML, whether a page or a feed item's content, becomes plain paragraphs separated by a
 * blank line; the page furniture around a story (navigation, ads, related links, share bars,
 * comments, footers) is dropped, and its metadata is taken from JSON-LD, OpenGraph and meta
 * tags. Every unreadable input is reported as one {@link org.dateline.ingest.Problem} line
 * naming it ({@code path}, or {@code path#N} for the Nth item of a container).
 *
 * <p>{@link org.dateline.ingest.ArticleLayout} finds the furniture inside a text article
 * (headline, date line, dateline, sign-offs, licence trailer) for the later stages.
 */
package org.dateline.ingest;
