package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

import org.dateline.model.TimeExpression.Tense;

/**
 * What a matched expression says, before it is put on the calendar: a fixed value
 * ("May 2018"), or a rule that needs the anchor date and tense ("August 6", "Tuesday",
 * "last month").
 */
sealed interface Reading {

    /** Whether {@link #value} needs an anchor date. */
    boolean relative();

    /** The ISO 8601 value, or null when it cannot be put on the calendar. */
    String value(LocalDate anchor, Tense tense);

    /** A value the text gives whole: "2019-09-23", "2018-05", "2015", "199" (a decade). */
    record Fixed(String iso) implements Reading {
        @Override public boolean relative() { return false; }
        @Override public String value(LocalDate anchor, Tense tense) { return iso; }
    }

    /** A month and day without a year: "August 6", "Friday, December 31st". */
    record OpenDay(MonthDay monthDay, DayOfWeek weekday) implements Reading {
        @Override public boolean relative() { return true; }

        @Override
        public String value(LocalDate anchor, Tense tense) {
            LocalDate d = Resolver.monthDay(monthDay, anchor, tense, weekday);
            return d == null ? null : d.toString();
        }
    }

    /** A month name without a year: "in May", "last May", "next March", "this June". */
    record OpenMonth(Month month, Resolver.Shift shift) implements Reading {
        @Override public boolean relative() { return true; }

        @Override
        public String value(LocalDate anchor, Tense tense) {
            return Resolver.month(month, anchor, tense, shift).toString();
        }
    }

    /**
     * A month, or a day of it, in a year named relative to the anchor's: "March of this
     * year", "July last year", "March 20 last year". {@code day} is null for a whole month.
     */
    record InYear(Month month, Integer day, int years) implements Reading {
        @Override public boolean relative() { return true; }

        @Override
        public String value(LocalDate anchor, Tense tense) {
            YearMonth ym = YearMonth.of(anchor.getYear() + years, month);
            if (day == null) {
                return ym.toString();
            }
            return ym.isValidDay(day) ? ym.atDay(day).toString() : null;
        }
    }

    /** A weekday: "Tuesday", "Thursday afternoon", "last Tuesday". */
    record Weekday(DayOfWeek day, Resolver.Shift shift) implements Reading {
        @Override public boolean relative() { return true; }

        @Override
        public String value(LocalDate anchor, Tense tense) {
            return Resolver.weekday(day, anchor, tense, shift).toString();
        }
    }

    /** A day counted from the anchor: "today" 0, "yesterday" −1, "two days ago" −2. */
    record DayShift(int days) implements Reading {
        @Override public boolean relative() { return true; }
        @Override public String value(LocalDate anchor, Tense tense) { return anchor.plusDays(days).toString(); }
    }

    /** A calendar month counted from the anchor's: "last month" −1, "later this month" 0. */
    record MonthShift(int months) implements Reading {
        @Override public boolean relative() { return true; }

        @Override
        public String value(LocalDate anchor, Tense tense) {
            return YearMonth.from(anchor).plusMonths(months).toString();
        }
    }

    /** A calendar year counted from the anchor's: "last year" −1, "this year" 0. */
    record YearShift(int years) implements Reading {
        @Override public boolean relative() { return true; }
        @Override public String value(LocalDate anchor, Tense tense) { return year(anchor.getYear() + years); }
    }

    /** A year as ISO 8601 writes it: four digits. */
    static String year(int year) {
        return String.format("%04d", year);
    }
}
