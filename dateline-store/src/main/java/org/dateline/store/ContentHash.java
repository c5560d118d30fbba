package org.dateline.store;

import org.dateline.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's identity in the store: the SHA-256 (64 lower-case hex digits) of where it
 * was published — its id, URL and source — and its text exactly as read (UTF-8).
 * <ul>
 * <li>The text exactly: every offset of a record points into that very string, so two
 * texts that differ by one character need records of their own, and a re-run that reads
 * the same input again finds the same key and adds nothing.</li>
 * <li>Where it was published too: the same wire story on two sites is two articles, the
 * second a near-duplicate of the first ({@link NearDuplicates}), so that its source counts
 * among an event's sources and its URL is kept. The title is left out: a page re-fetched
 * under a corrected headline is still the same article.</li>
 * </ul>
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Article article) {
        // NUL cannot occur in any of the parts' meaning, so the joined form is unambiguous.
        return of(String.join("\u0000", nonNull(article.id()), nonNull(article.url()), nonNull(article.source()),
                article.text()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The SHA-256 hex of a string's UTF-8 bytes. */
    public static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
