package org.dateline.actors;

import org.dateline.model.Actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One actor being assembled from its mentions by coreference. */
final class Entity {
    final Actor.Kind kind;
    final String key;
    final List<RawMention> mentions = new ArrayList<>();
    /** What the dictionary of office-holders says, kept apart: the text outranks it. */
    Coding office = Coding.NONE;

    Entity(Actor.Kind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    void add(RawMention m) {
        mentions.add(m);
        m.entity = this;
    }

    /** The coding the mentions give, first mentions first, then the office-holder data. */
    Coding coding() {
        Coding c = Coding.NONE;
        for (RawMention m : mentions) {
            c = c.orElse(m.coding);
        }
        return c.orElse(office);
    }

    /** The fullest name: the longest name mention, without pronouns and descriptions. */
    String name() {
        String best = null;
        for (RawMention m : mentions) {
            if (m.type == RawMention.Type.PRONOUN || m.type == RawMention.Type.DESCRIPTION) continue;
            String t = m.type == RawMention.Type.COUNTRY && m.entry != null && m.entry.kind() != Entry.Kind.GOVERNMENT
                    ? m.entry.name() : stripDeterminer(m.text);
            if (best == null || t.length() > best.length() && !(Phrases.isAcronym(t) && !Phrases.isAcronym(best))
                    || Phrases.isAcronym(best) && !Phrases.isAcronym(t)) {
                best = t;
            }
        }
        return best != null ? best : stripDeterminer(mentions.get(0).text);
    }

    /** Lower-case words of every name mention. */
    List<String> nameWords() {
        List<String> words = new ArrayList<>();
        for (RawMention m : mentions) {
            if (m.type == RawMention.Type.PERSON) {
                words.addAll(words(m.text));
            }
        }
        return words;
    }

    /** Whether the title or a name of this entity contains {@code word}. */
    boolean mentionsWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (RawMention m : mentions) {
            if (m.type == RawMention.Type.PRONOUN) continue;
            if (m.text.toLowerCase(Locale.ROOT).contains(w)) return true;
            if (m.coding.title() != null && m.coding.title().toLowerCase(Locale.ROOT).contains(w)) return true;
        }
        return office.title() != null && office.title().toLowerCase(Locale.ROOT).contains(w);
    }

    static List<String> words(String text) {
        return Arrays.stream(Phrases.normalize(text).split("[\\s.]+")).filter(w -> !w.isEmpty()).toList();
    }

    static String stripDeterminer(String s) {
        for (String d : new String[] {"the ", "The ", "a ", "A ", "an ", "An "}) {
            if (s.startsWith(d)) return s.substring(d.length());
        }
        return s;
    }

    @Override
    public String toString() {
        return kind + ":" + name() + " " + coding().code();
    }
}
