package org.dateline.actors;

import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dictionary phrase, indexed by its normal form, matched against the token spans of a
 * sentence. Immutable once built; shared by all threads.
 */
final class Lexicon {
    private static final int MAX_TOKENS = 10;

    private final Map<String, List<Entry>> byPhrase;

    private Lexicon(Map<String, List<Entry>> byPhrase) {
        this.byPhrase = byPhrase;
    }

    /** A dictionary phrase found at tokens [first, last) of a sentence. */
    record Match(int first, int last, int start, int end, String text, List<Entry> entries) {
        boolean has(Entry.Kind kind) {
            return entries.stream().anyMatch(e -> e.kind() == kind);
        }

        Entry first(Entry.Kind kind) {
            return entries.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
        }
    }

    static final class Builder {
        private final Map<String, List<Entry>> byPhrase = new HashMap<>();

        Builder add(Entry entry) {
            String key = Phrases.normalize(entry.phrase());
            if (!key.isEmpty()) {
                List<Entry> list = byPhrase.computeIfAbsent(key, k -> new ArrayList<>(1));
                if (!list.contains(entry)) {
                    list.add(entry);
                }
            }
            return this;
        }

        Lexicon build() {
            Map<String, List<Entry>> frozen = new HashMap<>(byPhrase.size() * 2);
            byPhrase.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new Lexicon(frozen);
        }
    }

    /** Entries whose phrase is exactly {@code phrase} (normalised), without case checks. */
    List<Entry> lookup(String phrase) {
        return byPhrase.getOrDefault(Phrases.normalize(phrase), List.of());
    }

    /**
     * Every dictionary phrase that spans whole tokens of the sentence, longest first at each
     * start token. A role also matches with its last word lemmatised ("troops" → "troop").
     */
    List<Match> matches(String text, Sentence sentence) {
        List<Match> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            // Phrases are compared without a leading "the", so a match starts after it.
            if (!Character.isLetterOrDigit(first.text().codePointAt(0)) || first.text().equalsIgnoreCase("the")) {
                continue;
            }
            int limit = Math.min(tokens.size(), i + MAX_TOKENS);
            for (int j = limit - 1; j >= i; j--) {
                Token last = tokens.get(j);
                String surface = text.substring(first.start(), last.end());
                List<Entry> hits = accept(surface, byPhrase.get(Phrases.normalize(surface)));
                String singular = singular(last);
                if (singular != null) {
                    String lemmatised = text.substring(first.start(), last.start()) + singular;
                    List<Entry> roles = byPhrase.get(Phrases.normalize(lemmatised));
                    if (roles != null) {
                        List<Entry> merged = new ArrayList<>(hits);
                        for (Entry e : roles) {
                            if ((e.kind() == Entry.Kind.ROLE || e.kind() == Entry.Kind.DEMONYM) && !merged.contains(e)) {
                                merged.add(e);
                            }
                        }
                        hits = merged;
                    }
                }
                if (!hits.isEmpty()) {
                    out.add(new Match(i, j + 1, first.start(), last.end(), surface, hits));
                }
            }
        }
        return out;
    }

    /**
     * The singular of a plural noun, or null: the lemma, or for a capitalised plural that
     * the lemmatiser leaves alone ("Presidents"/NNPS) the word without its "s".
     */
    private static String singular(Token t) {
        if (!t.lemma().equalsIgnoreCase(t.text())) return t.lemma();
        String w = t.text();
        if (t.pos().endsWith("S") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return null;
    }

    /** Keeps the entries whose case rules the surface form meets. */
    private static List<Entry> accept(String surface, List<Entry> entries) {
        if (entries == null) {
            return List.of();
        }
        List<Entry> kept = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (caseFits(e.phrase(), surface)) {
                kept.add(e);
            }
        }
        return kept;
    }

    static boolean caseFits(String phrase, String surface) {
        // Acronyms and mixed-case names ("LeT", "AfCFTA") match only as written: "Let" is a word.
        if (Phrases.isAcronym(phrase) || mixedCase(phrase)) {
            return surface.replaceAll("\\s+", " ").equals(phrase);
        }
        int p = firstLetter(phrase);
        if (p >= 0 && Character.isUpperCase(phrase.charAt(p))) {
            int s = firstLetter(surface);
            return s >= 0 && Character.isUpperCase(surface.charAt(s));
        }
        return true;
    }

    private static boolean mixedCase(String phrase) {
        for (int i = 1; i < phrase.length(); i++) {
            if (Character.isUpperCase(phrase.charAt(i)) && Character.isLowerCase(phrase.charAt(i - 1))) return true;
        }
        return false;
    }

    private static int firstLetter(String s) {
        String t = s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
        int offset = s.length() - t.length();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) return i + offset;
        }
        return -1;
    }
}
