package org.dateline.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    public int size() {
        return verbs.size();
    }

    private static SpeechVerbs load() {
        Map<String, Verb> verbs = new HashMap<>();
        for (String[] row : rows("speech-verbs.tsv", 3)) {
            Content content = Content.valueOf(row[1].toUpperCase(Locale.ROOT));
            verbs.put(row[0], new Verb(row[0], content, row[2].equalsIgnoreCase("cognition")));
        }
        Set<String> nouns = new HashSet<>();
        for (String[] row : rows("speech-nouns.tsv", 1)) nouns.add(row[0]);
        return new SpeechVerbs(verbs, nouns);
    }

    private static Iterable<String[]> rows(String name, int columns) {
        try (InputStream in = SpeechVerbs.class.getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException(name + " is not bundled");
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var out = new java.util.ArrayList<String[]>();
            boolean header = true;
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.strip().split("\t");
                if (cells.length < columns) throw new IllegalStateException(name + ": bad line '" + line + "'");
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip().toLowerCase(Locale.ROOT);
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
