package org.dateline.actors;

import java.time.LocalDate;

/**
 * One person's term in one office, as a dictionary states it. {@code to} is null while the
 * person still holds the office.
 */
record OfficeTerm(String name, String code, LocalDate from, LocalDate to, String title) {

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Days between {@code date} and the nearest day of the term; 0 inside it. */
    long distance(LocalDate date) {
        if (date.isBefore(from)) return from.toEpochDay() - date.toEpochDay();
        if (to != null && date.isAfter(to)) return date.toEpochDay() - to.toEpochDay();
        return 0;
    }
}
