package org.dateline.ingest;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licence or copyright notice that closes a syndicated article ("All Content by Mehr
 * News Agency is licensed under a Creative Commons Attribution 4.0 International License.",
 * "© 2019 Reuters. All rights reserved."), and the licence it names.
 * A trailer runs to the end of the text, starts a line or follows a sentence end, a
 * sign-off or a wide gap, and is at most {@value #MAX_LENGTH} characters long.
 */
final class LicenseTrailer {

    static final int MAX_LENGTH = 600;

    private static final Pattern START = Pattern.compile(
            "All (?:[Cc]ontents?|[Mm]aterials?|[Tt]exts?|[Aa]rticles?|[Pp]hotos?)\\b[^\\n]{0,120}?\\b(?:is|are) licen[cs]ed under"
            + "|(?:This|The) (?:article|story|work|content|text|post|report|material|page|item)\\b[^\\n]{0,80}?"
            + "\\b(?:is|are|was|has been) (?:licen[cs]ed|released|published|made available|available|distributed)"
            + " under"
            + "|(?:This|The) (?:article|story|work|content|text|post|report|material|page)\\b[^\\n]{0,40}?"
            + "\\bis in the public domain"
            + "|(?:Licen[cs]ed|Released|Published|Available|Distributed) under (?:a |an |the )?"
            + "(?:Creative Commons|CC[ -]|CC0|public domain)"
            + "|(?:©|\\([Cc]\\)|Copyright(?: ©| \\([Cc]\\))?) ?(?:\\d{4}|\\p{Lu})");

    private static final Pattern CC_CODE = Pattern.compile(
            "\\bCC[ -]BY((?:[ -](?:NC|ND|SA))*)(?:[ -]?(\\d\\.\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("\\b(\\d\\.\\d)\\b");

    private LicenseTrailer() {
    }

    /** Start of the trailer at the end of {@code text}, if it has one. */
    static OptionalInt find(String text) {
        int end = trimEnd(text, text.length());
        Matcher m = START.matcher(text);
        m.region(Math.max(0, end - MAX_LENGTH), end);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (atBoundary(text, m.start())) {
                return OptionalInt.of(m.start());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The licence a trailer names: "CC BY 4.0", "CC BY-SA 3.0", "CC BY-NC-ND 4.0", "CC0 1.0",
     * "public domain"; any other trailer (a copyright notice) is returned as it stands.
     */
    static String licenseOf(String trailer) {
        String t = trailer.strip();
        String low = t.toLowerCase(Locale.ROOT);
        if (low.contains("public domain")) {
            return "public domain";
        }
        if (low.matches("(?s).*\\bcc0\\b.*") || low.contains("creative commons zero")) {
            return "CC0 1.0";
        }
        Matcher code = CC_CODE.matcher(t);
        if (code.find()) {
            String parts = code.group(1).toUpperCase(Locale.ROOT);
            return cc(parts.contains("NC"), parts.contains("ND"), parts.contains("SA"), code.group(2));
        }
        int cc = low.indexOf("creative commons");
        if (cc >= 0) {
            String rest = low.substring(cc);
            Matcher v = VERSION.matcher(rest);
            return cc(rest.matches("(?s).*non-?\\s?commercial.*"),
                    rest.matches("(?s).*no-?\\s?deriv.*"),
                    rest.matches("(?s).*share-?\\s?alike.*"),
                    v.find() ? v.group(1) : null);
        }
        return t;
    }

    private static String cc(boolean nc, boolean nd, boolean sa, String version) {
        return "CC BY" + (nc ? "-NC" : "") + (nd ? "-ND" : sa ? "-SA" : "") + (version == null ? "" : " " + version);
    }

    /**
     * After a line break; or after whitespace that follows a sentence end, a capitals-and-slashes
     * sign-off ("NA/PA"), or a gap wider than one space.
     */
    static boolean atBoundary(String text, int at) {
        int p = at;
        while (p > 0 && isSpace(text.charAt(p - 1))) {
            p--;
        }
        if (p == 0) {
            return false; // a trailer closes a body; with nothing before it, it is the body
        }
        if (text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r') {
            return true;
        }
        if (p == at) {
            return false;
        }
        if (at - p > 1 || text.charAt(p) != ' ') {
            return true;
        }
        char before = text.charAt(p - 1);
        if (".!?\"”’)]".indexOf(before) >= 0) {
            return true;
        }
        int w = p;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return text.substring(w, p).matches("[\\p{Lu}\\d]+(?:/[\\p{Lu}\\d]+)+");
    }

    static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00A0')) {
            e--;
        }
        return e;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
