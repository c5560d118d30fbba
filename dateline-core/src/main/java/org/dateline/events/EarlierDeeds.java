package org.dateline.events;

import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What words of a story refer back to among the events told before them: "the attacks" that
 * someone claimed, "the intrusion" that occurred on 10 November, "the first round of
 * sanctions" that went into force on August 6. A definite event noun names an earlier event
 * of its kind: one of the noun's own CAMEO roots, or a deed (QuadClass 2 or 4, not words) on
 * the same side of the ledger, cooperation or conflict. Of those, the one in the story's lead
 * (its headline and first paragraph) is what a story goes on calling "the attack"; with none
 * there, the latest.
 */
final class EarlierDeeds {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "new", "further", "more", "additional", "fresh",
            "another", "other", "any", "some");
    private static final Set<String> OCCUR = Set.of("occur", "happen", "unfold");
    /** A paragraph this long or longer is the story's first, after a headline and a date line. */
    private static final int LEAD_PARAGRAPH = 100;

    private final EventPatterns patterns;
    private final CameoCodes codes;

    EarlierDeeds(EventPatterns patterns, CameoCodes codes) {
        this.patterns = patterns;
        this.codes = codes;
    }

    /** Whether a token is a deed told before: "the attacks", "the intrusion". */
    boolean refersBack(DependencyTree tree, int token) {
        Sentence s = tree.sentence();
        return s.token(token).isNoun() && definite(s, token) && !patterns.noun(Slots.word(s, token)).isEmpty();
    }

    /** Whether the sentence refers back with "the" to a deed or to a request ({@code requests}: "the request"). */
    boolean refersBack(Sentence s, Set<String> requests) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).isNoun()) continue;
            String word = Slots.word(s, i);
            if ((requests.contains(word) || !patterns.noun(word).isEmpty()) && definite(s, i)) return true;
        }
        return false;
    }

    /**
     * The event before {@code s} that {@code noun} names, among {@code told}: the first of its
     * kind in the lead, else the latest of its kind; null when none is.
     */
    Event referent(AnalyzedText text, Collection<Event> told, String noun, Sentence s) {
        int leadEnd = leadEnd(text.text());
        Event first = null;
        Event latest = null;
        for (Event e : told) {
            if (e.evidence().start() >= s.start() || !nameable(e, noun)) continue;
            if (e.evidence().start() < leadEnd && (first == null || e.evidence().start() < first.evidence().start())) first = e;
            if (latest == null || e.evidence().start() > latest.evidence().start()) latest = e;
        }
        return first != null ? first : latest;
    }

    /**
     * "Trump ordered sanctions against Iran in May 2018. … The first round of sanctions went
     * into force on August 6": an event noun told again with "the" and a past date of its own,
     * in a sentence naming no one but the first telling's sides, is that event again on the
     * new date.
     */
    List<Event> retold(AnalyzedText text, EventCoder.Context c, List<Event> found) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                String noun = Slots.word(s, i);
                if (!t.isNoun() || patterns.noun(noun).isEmpty() || !definite(s, i)) continue;
                TimeExpression time = EventCoder.timeFor(c.times(), s, t.start());
                if (time == null || time.tense() == TimeExpression.Tense.FUTURE) continue;
                Event first = happened(s, i) ? referent(text, found, noun, s) : firstTelling(text, found, noun, s);
                if (first == null || time.value().equals(first.date()) || !onlyItsSides(c, s, first)) continue;
                boolean codedHere = found.stream().anyMatch(e -> e.code().equals(first.code())
                        && e.evidence().start() >= s.start() && e.evidence().start() < s.end());
                if (codedHere) continue;
                Mention evidence = EventCoder.sentenceSpan(text, s);
                out.add(first.withDate(time.value(), false).withEvidence(evidence, List.of(evidence)));
            }
        }
        return out;
    }

    /** Whether {@code noun} may name event {@code e} (see the class comment). */
    private boolean nameable(Event e, String noun) {
        Set<String> roots = new HashSet<>();
        Set<Boolean> conflict = new HashSet<>();
        for (EventPattern pattern : patterns.noun(noun)) {
            CameoCodes.Code code = codes.get(pattern.code());
            if (code == null) continue;
            roots.add(code.root());
            conflict.add(code.quadClass() >= 3);
        }
        boolean deed = e.quadClass() == 2 || e.quadClass() == 4;
        return roots.contains(e.root()) || deed && conflict.contains(e.quadClass() >= 3);
    }

    /** The latest event of the noun's kind before {@code s} whose sentence has the noun. */
    private Event firstTelling(AnalyzedText text, List<Event> found, String noun, Sentence s) {
        Event latest = null;
        for (Event e : found) {
            if (e.evidence().start() >= s.start() || !nameable(e, noun)) continue;
            Sentence told = text.sentenceAt(e.evidence().start());
            boolean hasNoun = told != null && told.tokens().stream()
                    .anyMatch(x -> x.isNoun() && Slots.word(told, x.index()).equals(noun));
            if (hasNoun && (latest == null || e.evidence().start() > latest.evidence().start())) latest = e;
        }
        return latest;
    }

    /** Whether the noun is said to have happened: "the intrusion occurred on 10 November". */
    private static boolean happened(Sentence s, int noun) {
        for (int k = noun + 1; k < Math.min(s.size(), noun + 4); k++) {
            String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
            if (OCCUR.contains(lemma)) return true;
            if (lemma.equals("take") && k + 1 < s.size() && s.token(k + 1).lemma().equalsIgnoreCase("place")) return true;
            if (s.token(k).isVerb() && !s.token(k).pos().equals("MD") && !lemma.equals("have") && !lemma.equals("be")) return false;
        }
        return false;
    }

    /** "the sanctions", "the first round of sanctions"; not "new sanctions" or "a strike". */
    static boolean definite(Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 5); k--) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("these") || w.equals("those")) return true;
            if (INDEFINITE.contains(w) || s.token(k).isVerb() || !Character.isLetterOrDigit(w.charAt(0))) return false;
        }
        return false;
    }

    /** Whether every actor the sentence names belongs to a side of {@code e}. */
    private static boolean onlyItsSides(EventCoder.Context c, Sentence s, Event e) {
        Set<String> sides = new HashSet<>();
        for (ActorRef r : Arrays.asList(e.source(), e.target())) {
            if (r != null && r.code() != null) sides.add(r.code().substring(0, Math.min(3, r.code().length())));
        }
        for (var m : c.actors().mentionsIn(s.index())) {
            String code = m.actor().code();
            if (code == null || !sides.contains(code.substring(0, Math.min(3, code.length())))) return false;
        }
        return true;
    }

    /** Where the story's lead ends: after its first paragraph of some length (headline and date line come before). */
    private static int leadEnd(String text) {
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf("\n\n", from);
            if (end < 0) end = text.length();
            if (end - from >= LEAD_PARAGRAPH) return end;
            from = end + 2;
        }
        return text.length();
    }
}
