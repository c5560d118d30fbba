package org.dateline.model;

/**
 * A date expression and its normalised ISO 8601 value, only as precise as the text:
 * "2018", "2018-05", "2018-08-06".
 *
 * @param tense the tense of the clause that decided past or future for a date the text
 *              leaves open ("August 6", "Friday")
 */
public record TimeExpression(String text, String value, int start, int end, Tense tense) {

    /** The tense of the clause around a time expression. */
    public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
}
