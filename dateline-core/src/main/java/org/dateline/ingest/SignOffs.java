package org.dateline.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editors' marks that close a wire story after its last sentence: initials
 * ("NA/PA", "—AB", "/ak/") and credit lines ("(Reporting by …; Editing by …)"). The first
 * must follow a sentence end or a line break, each later one the mark before it; only the
 * very end of the body is looked at.
 */
final class SignOffs {

    private static final List<Pattern> SHAPES = List.of(
            // NA/PA, ZZ/4523526
            Pattern.compile("(?<![\\p{L}\\d/])\\p{Lu}[\\p{Lu}\\d]{0,5}(?:/[\\p{Lu}\\d]{1,8})+"),
            // (Reporting by Parisa Hafezi; Editing by Alison Williams)
            Pattern.compile("\\((?i:additional reporting|reporting|writing|editing|edited|written|compiled"
                    + "|reported|translated|translation|research)\\b[^()]{0,300}\\)"),
            // —AB, -- AB
            Pattern.compile("(?:[—–]|--) ?\\p{Lu}{2,4}(?![\\p{L}\\d])"),
            // /ak/
            Pattern.compile("(?<![\\p{L}\\d])/\\p{L}{2,4}/"));

    private static final int MAX_MARKS = 6;
    private static final int WINDOW = 400;

    private SignOffs() {
    }

    /** Each mark that closes the text before {@code end}, in text order. */
    static List<ArticleLayout.Span> find(String text, int end) {
        List<ArticleLayout.Span> found = new ArrayList<>();
        int e = LicenseTrailer.trimEnd(text, end);
        while (found.size() < MAX_MARKS && e > 0) {
            int start = markEndingAt(text, e);
            if (start < 0) {
                break;
            }
            found.add(ArticleLayout.Span.of(text, start, e));
            e = LicenseTrailer.trimEnd(text, start);
        }
        // Marks may follow one another ("(Writing by …) —AB /ak/"), but the first must follow
        // a sentence: "the aid came from the UN/WFP" is prose.
        if (found.isEmpty() || !afterSentence(text, found.get(found.size() - 1).start())) {
            return List.of();
        }
        Collections.reverse(found);
        return found;
    }

    private static int markEndingAt(String text, int e) {
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            m.region(Math.max(0, e - WINDOW), e);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.end() == e && afterSpace(text, m.start())) {
                    return m.start();
                }
            }
        }
        return -1;
    }

    private static boolean afterSpace(String text, int at) {
        return at > 0 && (Character.isWhitespace(text.charAt(at - 1)) || text.charAt(at - 1) == '\u00A0');
    }

    /** Whether a mark at {@code at} stands after a sentence end or at a line start, not inside prose. */
    private static boolean afterSentence(String text, int at) {
        int p = at;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t' || text.charAt(p - 1) == '\u00A0')) {
            p--;
        }
        if (p == 0) {
            return false; // a mark closes a body; with nothing before it, it is the body
        }
        if (text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\r') {
            return true;
        }
        return p < at && ".!?\"”’)]".indexOf(text.charAt(p - 1)) >= 0;
    }
}
