package org.dateline.store;

import org.dateline.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's identity in the store: the SHA-256 of its text, exactly as read (UTF-8), as
 * 64 lower-case hex digits. Exact on purpose: every offset of a record points into that
 * very string, so two texts that differ by one character need records of their own; and a
 * re-run that reads the same file again must find the same key. Texts that are nearly the
 * same are the business of {@link NearDuplicates}, not of the key. Metadata (id, title,
 * source) is left out, so the same body under another id is the same article.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Article article) {
        return of(article.text());
    }

    public static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
