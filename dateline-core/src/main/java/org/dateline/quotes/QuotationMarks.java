package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks: curly double (“ ”), straight double ("), low-high
 * („ “), guillemets (« » and » «), and curly single (‘ ’) where the closing mark is not an
 * apostrophe. A quote that runs on over paragraphs, with the opening mark repeated at each
 * new paragraph and no closing mark before it, gives one span per paragraph.
 */
public final class QuotationMarks {
    private QuotationMarks() {
    }

    public static List<QuotedSpan> find(String text) {
        List<QuotedSpan> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char close = closerFor(text, i);
            if (close == 0) {
                i++;
                continue;
            }
            int end = findClose(text, i + 1, close, c);
            if (end < 0) {
                i++;
                continue;
            }
            int paragraphEnd = paragraphEnd(text, i + 1);
            if (paragraphEnd < end && text.startsWith(String.valueOf(c), skipSpace(text, paragraphEnd))) {
                // Runs on: this paragraph is one span, the next starts with the same mark again.
                int contentEnd = trimEnd(text, i + 1, paragraphEnd);
                if (contentEnd > i + 1) spans.add(new QuotedSpan(i, i + 1, contentEnd, -1));
                i = skipSpace(text, paragraphEnd);
                continue;
            }
            if (paragraphEnd < end) {
                i++; // an unmatched mark: do not swallow the next paragraph
                continue;
            }
            if (end > i + 1) spans.add(new QuotedSpan(i, i + 1, end, end));
            i = end + 1;
        }
        return spans;
    }

    /** The closing mark that pairs with an opening mark at {@code i}, or 0 when it opens nothing. */
    private static char closerFor(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '\u201C' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            case '"' -> opensStraight(text, i) ? '"' : 0;
            case '\u2018' -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '\u2019' : 0;
            default -> 0;
        };
    }

    /** A straight mark opens when it is not glued to the end of a word. */
    private static boolean opensStraight(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.'
                && text.charAt(i - 1) != ',' || Character.isWhitespace(text.charAt(i - 1));
    }

    private static int findClose(String text, int from, char close, char open) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == close) {
                // ’ inside a word is an apostrophe ("country’s"), not a closing mark.
                if (close == '\u2019' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))) continue;
                return j;
            }
            if (c == open && open != close && open != '\u201C') {
                return -1;
            }
        }
        return -1;
    }

    private static int paragraphEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        while (nl >= 0) {
            int next = nl + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) next++;
            if (next < text.length() && text.charAt(next) == '\n' || paragraphStartsQuote(text, next)) {
                return nl;
            }
            nl = text.indexOf('\n', nl + 1);
        }
        return text.length();
    }

    private static boolean paragraphStartsQuote(String text, int at) {
        if (at >= text.length()) return false;
        char c = text.charAt(at);
        return c == '\u201C' || c == '"' || c == '\u00AB' || c == '\u201E';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }
}
