package org.dateline.quotes;

import org.dateline.internal.Tsv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs that report speech or thought ("say", "warn", "urge", "believe") and where each
 * puts the reported content, from {@code org/dateline/quotes/speech-verbs.tsv}; and the
 * nouns that introduce content ("view", "statement"). Immutable; loaded once.
 */
public final class SpeechVerbs {

    /** Where a verb's reported content is: its content clause, its object, or either. */
    public enum Content { CLAUSE, OBJECT, BOTH }

    /** One verb of the list. */
    public record Verb(String lemma, Content content, boolean cognition) {
        boolean takesClause() {
            return content != Content.OBJECT;
        }

        boolean takesObject() {
            return content != Content.CLAUSE;
        }
    }

    private static final String ROOT = "/org/dateline/quotes/";

    private final Map<String, Verb> verbs;
    private final Set<String> nouns;

    private SpeechVerbs(Map<String, Verb> verbs, Set<String> nouns) {
        this.verbs = Map.copyOf(verbs);
        this.nouns = Set.copyOf(nouns);
    }

    private static final class Holder {
        static final SpeechVerbs STANDARD = load();
    }

    public static SpeechVerbs standard() {
        return Holder.STANDARD;
    }

    /** The verb with this lemma, or null. */
    public Verb verb(String lemma) {
        return verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isSpeechNoun(String lemma) {
        return nouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static SpeechVerbs load() {
        Map<String, Verb> verbs = new HashMap<>();
        for (Map<String, String> row : Tsv.bundled(ROOT + "speech-verbs.tsv")) {
            String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
            Content content = Content.valueOf(row.get("content").toUpperCase(Locale.ROOT));
            verbs.put(lemma, new Verb(lemma, content, row.get("kind").equalsIgnoreCase("cognition")));
        }
        Set<String> nouns = new HashSet<>();
        for (Map<String, String> row : Tsv.bundled(ROOT + "speech-nouns.tsv")) nouns.add(row.get("noun").toLowerCase(Locale.ROOT));
        return new SpeechVerbs(verbs, nouns);
    }
}
