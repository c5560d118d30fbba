package org.dateline.model;

/**
 * A statement attributed in the article. {@code speaker} is null when the text never names
 * who said it.
 */
public record Quote(String text, Kind kind, int start, int end, ActorRef speaker, String verb) {

    /** Direct speech in quotation marks, reported speech, or quoted words that are not speech. */
    public enum Kind { DIRECT, INDIRECT, TERM }
}
