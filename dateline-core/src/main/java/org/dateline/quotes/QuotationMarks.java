package org.dateline.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks: curly double (“ ”), straight double ("), low-high
 * („ “), guillemets (« »), and curly single (‘ ’) where the closing mark is not an
 * apostrophe. A quotation that runs over several paragraphs (the opening mark repeated at
 * each new paragraph, or not) gives one span per paragraph, numbered as one quotation.
 */
public final class QuotationMarks {
    private static final int MAX_PARAGRAPHS = 6;
    private static final int MAX_LENGTH = 4000;

    private QuotationMarks() {
    }

    public static List<QuotedSpan> find(String text) {
        List<QuotedSpan> spans = new ArrayList<>();
        int n = text.length();
        int quotation = 0;
        int i = 0;
        while (i < n) {
            char open = text.charAt(i);
            char close = closerFor(text, i);
            int end = close == 0 ? -1 : findClose(text, i + 1, open, close);
            if (end < 0 || end - i > MAX_LENGTH) {
                i++;
                continue;
            }
            List<QuotedSpan> pieces = new ArrayList<>();
            int from = i + 1;
            int mark = i;
            int breaks = 0;
            for (int p = paragraphBreak(text, from, end); p >= 0; p = paragraphBreak(text, from, end)) {
                int contentEnd = trimEnd(text, from, p);
                if (contentEnd > from) pieces.add(new QuotedSpan(mark, from, contentEnd, -1, quotation));
                from = skipSpace(text, p);
                mark = from;
                if (from < end && text.charAt(from) == open) from++; // the opening mark repeated
                breaks++;
            }
            if (breaks > MAX_PARAGRAPHS) {
                i++;
                continue;
            }
            if (end > from) pieces.add(new QuotedSpan(mark, from, end, end, quotation));
            spans.addAll(pieces);
            quotation++;
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

    /** A straight mark opens when it starts the text or follows white space or an opening bracket. */
    private static boolean opensStraight(String text, int i) {
        if (i == 0) return true;
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014' || before == '-';
    }

    /**
     * The offset of the closing mark, or -1. A mark that opens a paragraph is the quotation
     * carrying on, not its end; a second opening mark of an asymmetric pair before any close
     * means the first was never closed.
     */
    private static int findClose(String text, int from, char open, char close) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == close && !(open == close && startsParagraph(text, j))) {
                // ’ inside a word is an apostrophe ("country’s"), not a closing mark.
                if (close == '\u2019' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))) continue;
                return j;
            }
            if (c == open && open != close && !startsParagraph(text, j)) return -1;
        }
        return -1;
    }

    private static boolean startsParagraph(String text, int j) {
        int k = j - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) k--;
        return k < 0 || text.charAt(k) == '\n';
    }

    /** The offset of the first line break in [from, to) that ends a paragraph, or -1. */
    private static int paragraphBreak(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl >= 0 && nl < to ? nl : -1;
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
