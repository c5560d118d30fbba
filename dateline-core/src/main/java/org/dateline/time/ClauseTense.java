package org.dateline.time;

import org.dateline.model.TimeExpression.Tense;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause around a span, read from part-of-speech tags: the verb group
 * nearest before the span (else after it) decides. "went into force on August 6" is past,
 * "will meet on Friday" and "is due to sign on Friday" are future.
 */
public final class ClauseTense {
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "’ll");
    private static final Set<String> FUTURE_FRAMES = Set.of("due", "set", "scheduled", "expected", "planned", "slated",
            "plans", "plan", "going", "intends", "aims", "hopes");
    private static final int REACH = 12;

    private final AnalyzedText text;

    public ClauseTense(AnalyzedText text) {
        this.text = text;
    }

    public Tense at(int start, int end) {
        Sentence s = text.sentenceAt(start);
        if (s == null) return Tense.UNKNOWN;
        int first = s.tokenAt(start);
        int last = s.tokenAt(Math.max(start, end - 1));
        for (int i = first - 1; i >= 0 && first - i <= REACH; i--) {
            if (isHeadVerb(s, i)) return tenseOf(s, i);
        }
        for (int i = last + 1; i < s.size() && i - last <= REACH; i++) {
            if (isHeadVerb(s, i)) return tenseOf(s, i);
        }
        return Tense.UNKNOWN;
    }

    private static boolean isHeadVerb(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.isVerb()) return false;
        // An auxiliary followed by its main verb is read from the main verb.
        if (i + 1 < s.size()) {
            Token next = s.token(i + 1);
            if (next.isVerb() || next.pos().startsWith("RB") && i + 2 < s.size() && s.token(i + 2).isVerb()) {
                return false;
            }
        }
        return true;
    }

    private static Tense tenseOf(Sentence s, int verb) {
        for (int i = verb; i >= 0 && verb - i <= 4; i--) {
            Token t = s.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.pos().equals("MD")) return FUTURE_MODALS.contains(w) ? Tense.FUTURE : Tense.PRESENT;
            if (w.equals("to") && i > 0 && FUTURE_FRAMES.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
            if (i < verb && !t.isVerb() && !t.pos().startsWith("RB") && !w.equals("to")) break;
        }
        String pos = s.token(verb).pos();
        if (pos.equals("VBD")) return Tense.PAST;
        if (pos.equals("VBN")) {
            // "has been signed" is past; a participle after a present auxiliary still reports the past.
            return Tense.PAST;
        }
        for (int i = verb - 1; i >= 0 && verb - i <= 3; i--) {
            String p = s.token(i).pos();
            if (p.equals("VBD")) return Tense.PAST;
            if (!s.token(i).isVerb() && !p.startsWith("RB")) break;
        }
        return Tense.PRESENT;
    }
}
