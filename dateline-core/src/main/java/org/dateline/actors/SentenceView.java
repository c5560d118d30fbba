package org.dateline.actors;

import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One sentence with its dictionary matches resolved to one reading per token: longest
 * phrase first, so "Supreme National Security Council" beats "security council" and
 * "foreign minister" beats "minister".
 */
final class SentenceView {
    final String text;
    final Sentence sentence;
    final Lexicon.Match[] cover;

    SentenceView(String text, Sentence sentence, Lexicon lexicon) {
        this.text = text;
        this.sentence = sentence;
        this.cover = new Lexicon.Match[sentence.size()];
        List<Lexicon.Match> matches = new ArrayList<>(lexicon.matches(text, sentence));
        matches.sort(Comparator.comparingInt((Lexicon.Match m) -> m.last() - m.first()).reversed()
                .thenComparingInt(SentenceView::priority));
        for (Lexicon.Match m : matches) {
            boolean free = true;
            for (int i = m.first(); i < m.last() && free; i++) free = cover[i] == null;
            if (free) {
                for (int i = m.first(); i < m.last(); i++) cover[i] = m;
            }
        }
    }

    private static int priority(Lexicon.Match m) {
        int best = Integer.MAX_VALUE;
        for (Entry e : m.entries()) {
            best = Math.min(best, switch (e.kind()) {
                case ORGANISATION, GOVERNMENT -> 0;
                case PERSON -> 1;
                case COUNTRY -> 2;
                case CAPITAL -> 3;
                case DEMONYM -> 4;
                case ROLE -> 5;
            });
        }
        return best;
    }

    int size() {
        return sentence.size();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String word(int i) {
        return sentence.token(i).text();
    }

    String lower(int i) {
        return sentence.token(i).text().toLowerCase(java.util.Locale.ROOT);
    }

    /** The entry of a kind that the reading of token i has, or null. */
    Entry entry(int i, Entry.Kind kind) {
        Lexicon.Match m = cover[i];
        return m == null ? null : m.first(kind);
    }

    boolean has(int i, Entry.Kind kind) {
        return entry(i, kind) != null;
    }

    boolean isCountryWord(int i) {
        Lexicon.Match m = cover[i];
        return m != null && m.entries().stream().anyMatch(e -> e.kind().isCountryWord());
    }

    Entry countryEntry(int i) {
        Lexicon.Match m = cover[i];
        if (m == null) return null;
        return m.entries().stream().filter(e -> e.kind().isCountryWord()).findFirst().orElse(null);
    }

    /** Each dictionary phrase of the sentence that names a country, once, with that country's entry. */
    void forEachCountryPhrase(java.util.function.BiConsumer<Lexicon.Match, Entry> action) {
        Lexicon.Match previous = null;
        for (Lexicon.Match m : cover) {
            if (m == null || m == previous) continue;
            previous = m;
            m.entries().stream().filter(e -> e.kind().isCountryWord()).findFirst().ifPresent(e -> action.accept(m, e));
        }
    }

    String span(int first, int last) {
        return text.substring(token(first).start(), token(last - 1).end());
    }
}
