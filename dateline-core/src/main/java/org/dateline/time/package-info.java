/**
 * Time expressions: {@link org.dateline.time.TimeFinder} finds dates in article text and
 * normalises them to ISO 8601 values ("2018", "2018-05", "2018-08-06") against the
 * reference date and the tense that a {@link org.dateline.time.TimeContext} supplies.
 * Plain Java, no NLP library: one scan with precompiled patterns.
 */
package org.dateline.time;
