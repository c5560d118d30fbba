package org.dateline.time;

import java.time.LocalDate;

import org.dateline.model.TimeExpression;

/**
 * What the caller knows about the text around a time expression. {@link TimeFinder} asks
 * for the anchor only of expressions that need one ("Tuesday", "August 6", "last month"),
 * and for the tense of every expression it returns.
 */
public interface TimeContext {

    /**
     * The date that "today" means at this offset (the article's reference date, or for
     * speech inside a quote, the day it was spoken when the caller knows it). May be null:
     * then relative expressions cannot be resolved and are left out.
     */
    LocalDate anchor(int offset);

    /**
     * Tense of the clause that contains [start, end): decides past or future for dates the
     * text leaves open. Null is read as {@link TimeExpression.Tense#UNKNOWN}.
     */
    TimeExpression.Tense tense(int start, int end);
}
