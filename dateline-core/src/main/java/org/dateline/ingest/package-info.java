/**
 * Reading articles: files and folders to {@link org.dateline.model.Article}s
 * ({@link org.dateline.ingest.ArticleFiles}, {@link org.dateline.ingest.ArticleReader}),
 * every unreadable input reported as one {@link org.dateline.ingest.Problem} line, and the
 * page furniture around the sentences of a text ({@link org.dateline.ingest.ArticleLayout}).
 */
package org.dateline.ingest;
