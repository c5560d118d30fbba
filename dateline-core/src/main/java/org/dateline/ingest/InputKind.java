package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an input file holds, judged by its first bytes as well as its name. Content wins
 * over a misleading name: WARC data is a WARC whatever it is called, a .txt that starts as
 * an HTML document is a page. Names decide among the rest; a file with no name or an
 * unknown one is sniffed (WARC, gzipped WARC, XML feed, HTML, JSON Lines).
 */
enum InputKind {
    TEXT, HTML, FEED, WARC, JSON_LINES;

    /** How many bytes of a file {@link #of} looks at. */
    static final int HEAD = 8192;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The verdict on a file: a kind, or why it is no article file. */
    record Verdict(InputKind kind, String notArticle) {
    }

    static Verdict of(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String ext = extension(name);
        if (startsWith(head, "WARC/")) {
            return kind(WARC);
        }
        if (isGzip(head)) {
            if (gzippedWarc(head) || name.endsWith(".warc.gz") || ext.equals("warc")) {
                return kind(WARC); // a damaged one is reported when read
            }
            return no("gzip data, not a WARC");
        }
        String text = asText(head);
        String start = skipProlog(text);
        switch (ext) {
            case "txt", "text":
                return kind(isHtml(start) ? HTML : TEXT);
            case "html", "htm", "xhtml", "shtml":
                return kind(HTML);
            case "warc":
                return kind(WARC);
            case "xml", "rss", "atom", "feed", "rdf":
                return kind(isHtml(start) ? HTML : FEED);
            case "jsonl", "ndjson":
                return kind(JSON_LINES);
            case "json":
                return isJsonLine(text) ? kind(JSON_LINES) : no("JSON, not lines of objects with \"text\"");
            default:
                break;
        }
        if (isBinary(head)) {
            return no(describe(ext) + ", binary data");
        }
        if (isHtml(start)) {
            return kind(HTML);
        }
        if (isFeed(start)) {
            return kind(FEED);
        }
        if (isJsonLine(text)) {
            return kind(JSON_LINES);
        }
        return no(describe(ext) + ", not HTML, a feed, WARC or JSON Lines");
    }

    private static Verdict kind(InputKind k) {
        return new Verdict(k, null);
    }

    private static Verdict no(String why) {
        return new Verdict(null, why);
    }

    private static String describe(String ext) {
        return ext.isEmpty() ? "no extension" : "." + ext;
    }

    private static String extension(String name) {
        if (name.endsWith(".warc.gz")) {
            return "warc";
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    /** Text from the first bytes: a UTF-8 byte-order mark dropped, UTF-16 read as such, else Latin-1. */
    private static String asText(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    }

    /** The text from its first element on: XML declaration, comments and white space skipped. */
    private static String skipProlog(String text) {
        String s = text.stripLeading();
        while (true) {
            if (s.startsWith("<?")) {
                int end = s.indexOf("?>");
                s = end < 0 ? "" : s.substring(end + 2).stripLeading();
            } else if (s.startsWith("<!--")) {
                int end = s.indexOf("-->");
                s = end < 0 ? "" : s.substring(end + 3).stripLeading();
            } else {
                return s;
            }
        }
    }

    private static boolean isHtml(String start) {
        String s = start.toLowerCase(Locale.ROOT);
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head") || s.startsWith("<body");
    }

    private static boolean isFeed(String start) {
        String s = start.toLowerCase(Locale.ROOT);
        return s.startsWith("<rss") || s.startsWith("<feed") || s.startsWith("<rdf:rdf");
    }

    /** Whether the first line is a JSON object with a "text" field. */
    private static boolean isJsonLine(String text) {
        String s = text.stripLeading();
        if (!s.startsWith("{")) {
            return false;
        }
        int nl = s.indexOf('\n');
        if (nl < 0 && s.length() >= HEAD - 8) {
            return s.contains("\"text\""); // a first line longer than the head: judge by its keys
        }
        String first = nl < 0 ? s : s.substring(0, nl);
        try {
            JsonNode o = JSON.readTree(new String(first.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            return o != null && o.isObject() && o.has("text");
        } catch (JacksonException e) {
            return false;
        }
    }

    private static boolean isBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return false;
        }
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > b.length * 0.05;
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private static boolean gzippedWarc(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            byte[] b = in.readNBytes(5);
            return startsWith(b, "WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
