package org.dateline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to its text. The encoding comes from a byte-order mark, then the
 * HTTP header's charset (a WARC record), then a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KB; otherwise, and for any UTF-8
 * declaration, the {@link TextDecoder} decides (UTF-8 with its fallbacks). Binary data is
 * refused either way.
 */
final class HtmlDecoder {

    private static final int SNIFF = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    static String decode(String input, byte[] bytes, String httpCharset, Consumer<Problem> warnings)
            throws InputException {
        if (bytes.length == 0) {
            throw new InputException(input, "empty file");
        }
        if (hasByteOrderMark(bytes)) {
            return TextDecoder.decode(input, bytes, warnings);
        }
        Charset declared = charset(httpCharset);
        if (declared == null) {
            declared = charset(metaCharset(bytes));
        }
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)
                || declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) {
            // A page that says UTF-16 but was read as bytes is almost always ASCII-compatible.
            return TextDecoder.decode(input, bytes, warnings);
        }
        TextDecoder.refuseBinaryBytes(input, bytes);
        String text = new String(bytes, declared);
        if (text.isBlank()) {
            throw new InputException(input, "empty file");
        }
        return text;
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
                || (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)));
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // Browsers read Latin-1 and ASCII labels as Windows-1252; so do we.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("l1")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
