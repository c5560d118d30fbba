package org.dateline.actors;

import org.dateline.model.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The actors of one article and where each is mentioned, by sentence and token, so that
 * the quote and event stages can ask "who is this?" of any span. Immutable.
 */
public final class ActorIndex {

    /** One mention of one actor: its sentence, tokens [first, last) and characters. */
    public record ActorMention(Actor actor, Form form, int sentence, int first, int last, int start, int end) {
    }

    /** How a mention refers to its actor. */
    public enum Form { NAME, DESCRIPTION, PRONOUN }

    /** A word that names a country wherever it stands, a modifier too ("Israeli" aggressions, "in Syria"). */
    public record CountryWord(String country, int start, int end) {
    }

    private final List<Actor> actors;
    private final List<ActorMention> mentions;
    private final List<CountryWord> countryWords;

    ActorIndex(List<Actor> actors, List<ActorMention> mentions) {
        this(actors, mentions, List.of());
    }

    ActorIndex(List<Actor> actors, List<ActorMention> mentions, List<CountryWord> countryWords) {
        this.countryWords = List.copyOf(countryWords);
        this.actors = List.copyOf(actors);
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(ActorMention::start));
        this.mentions = List.copyOf(sorted);
    }

    public static ActorIndex empty() {
        return new ActorIndex(List.of(), List.of());
    }

    public List<Actor> actors() {
        return actors;
    }

    /** Every country word of the text, in text order. */
    public List<CountryWord> countryWords() {
        return countryWords;
    }

    /** Every mention in text order. */
    public List<ActorMention> mentions() {
        return mentions;
    }

    /** The mentions in one sentence, in text order. */
    public List<ActorMention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
