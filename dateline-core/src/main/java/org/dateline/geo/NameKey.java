package org.dateline.geo;

import java.text.Normalizer;

/**
 * The form under which the gazetteer files and finds a name: lower case, without accents
 * ("São Paulo" and "Sao Paulo" meet), apostrophes and full stops dropped ("Sana'a" and
 * "Sanaa", "Washington, D.C." and "Washington DC" meet), every other run of punctuation
 * or space turned into one space ("Deir ez-Zor", "Deir ez Zor"), and a leading "the" gone.
 */
final class NameKey {

    /**
     * Folds of characters below this code point are kept once computed: decomposing each
     * name afresh made loading the bundled table twice as slow.
     */
    private static final int CACHED = 0x2000;
    private static final String BREAK = new String("<break>");
    // Racy but safe: every thread computes the same immutable value for a slot.
    private static final String[] FOLDS = new String[CACHED];

    private NameKey() {
    }

    static String of(String name) {
        return name == null ? "" : of(name.toCharArray(), 0, name.length());
    }

    /** The key of {@code text[from, to)}. */
    static String of(char[] text, int from, int to) {
        // A char array rather than a StringBuilder: this runs ~80,000 times while the bundled
        // table loads, mostly before the JIT has compiled anything.
        char[] key = new char[(to - from) * 4];
        int n = 0;
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (c == '\'' || c == '.' || c == '`') {
                    continue;
                } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    gap = true;
                    continue;
                }
                if (gap && n > 0) {
                    key[n++] = ' ';
                }
                gap = false;
                key[n++] = c;
            } else {
                String out = fold(c);
                if (out == null) {
                    gap = true;
                } else if (!out.isEmpty()) {
                    if (gap && n > 0) {
                        key[n++] = ' ';
                    }
                    gap = false;
                    for (int j = 0; j < out.length(); j++) {
                        key[n++] = out.charAt(j);
                    }
                }
            }
        }
        // A leading "the" goes ("the Netherlands"), unless it is the whole name.
        boolean the = n > 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ';
        return the ? new String(key, 4, n - 4) : new String(key, 0, n);
    }

    /** "" to drop the character, null for a word break, else its letters in lower case. */
    private static String fold(char c) {
        if (c >= CACHED) {
            return foldNonAscii(c);
        }
        String f = FOLDS[c];
        if (f == null) {
            f = foldNonAscii(c);
            FOLDS[c] = f == null ? BREAK : f;
        }
        return f == BREAK ? null : f;
    }

    private static String foldNonAscii(char c) {
        switch (c) {
            // Letters that do not decompose but have a usual ASCII spelling.
            case 'ß': return "ss";
            case 'æ': case 'Æ': return "ae";
            case 'œ': case 'Œ': return "oe";
            case 'ø': case 'Ø': return "o";
            case 'ł': case 'Ł': return "l";
            case 'đ': case 'Đ': case 'ð': case 'Ð': return "d";
            case 'þ': case 'Þ': return "th";
            case 'ı': return "i";
            case 'ħ': case 'Ħ': return "h";
            case 'ŧ': case 'Ŧ': return "t";
            // Apostrophes and transliteration marks for ayin and hamza: "Dar‘ā", "Kramators’k".
            case '\u2018': case '\u2019': case '\u02BC': case '\u02BB': case '\u02BE': case '\u02BF': case '\u00B4':
                return "";
            default:
                break;
        }
        if (isMark(c)) {
            return "";
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        // A precomposed letter ("ã") decomposes into its base letter and marks.
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (!isMark(d)) {
                out.append(Character.toLowerCase(d));
            }
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
