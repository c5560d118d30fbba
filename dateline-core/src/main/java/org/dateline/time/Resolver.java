package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.dateline.model.TimeExpression.Tense;

/**
 * Calendar arithmetic for dates the text leaves open: which year a month-day falls in,
 * which month a bare month name means, which day a weekday means, all against an anchor
 * date and a tense. PAST picks the latest candidate on or before the anchor, FUTURE the
 * earliest on or after it; PRESENT and UNKNOWN pick the nearest (month-days, months) or
 * the past one (weekdays, where "on Tuesday" in news is far more often behind us).
 */
final class Resolver {

    /** The word before a month or weekday that moves it: "last May", "next Friday". */
    enum Shift { NONE, LAST, NEXT, THIS }

    private Resolver() {
    }

    /**
     * The date with this month and day within a year of the anchor, chosen by tense; the
     * weekday, when the text gives one, wins over the tense if only the other candidate
     * falls on it. Null when no such date exists in that window (February 29 far from a
     * leap year).
     */
    static LocalDate monthDay(MonthDay md, LocalDate anchor, Tense tense, DayOfWeek weekday) {
        LocalDate past = onOrBefore(md, anchor);
        LocalDate future = onOrAfter(md, anchor);
        LocalDate chosen = switch (tense) {
            case PAST -> past;
            case FUTURE -> future;
            default -> nearest(past, future, anchor);
        };
        if (weekday != null && (chosen == null || chosen.getDayOfWeek() != weekday)) {
            LocalDate other = chosen == past ? future : past;
            if (other != null && other.getDayOfWeek() == weekday) {
                return other;
            }
        }
        return chosen;
    }

    /** Latest date with this month-day in [anchor − 1 year, anchor], or null. */
    static LocalDate onOrBefore(MonthDay md, LocalDate anchor) {
        LocalDate floor = anchor.minusYears(1);
        for (int year = anchor.getYear(); year >= anchor.getYear() - 1; year--) {
            if (md.isValidYear(year)) {
                LocalDate d = md.atYear(year);
                if (!d.isAfter(anchor) && !d.isBefore(floor)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Earliest date with this month-day in [anchor, anchor + 1 year], or null. */
    static LocalDate onOrAfter(MonthDay md, LocalDate anchor) {
        LocalDate ceiling = anchor.plusYears(1);
        for (int year = anchor.getYear(); year <= anchor.getYear() + 1; year++) {
            if (md.isValidYear(year)) {
                LocalDate d = md.atYear(year);
                if (!d.isBefore(anchor) && !d.isAfter(ceiling)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The candidate closer to the anchor; ties go to the past. */
    private static LocalDate nearest(LocalDate past, LocalDate future, LocalDate anchor) {
        if (past == null || future == null) {
            return past == null ? future : past;
        }
        long back = ChronoUnit.DAYS.between(past, anchor);
        long ahead = ChronoUnit.DAYS.between(anchor, future);
        return ahead < back ? future : past;
    }

    /** The month a month name means: "in May", "last May", "next March", "this June". */
    static YearMonth month(Month month, LocalDate anchor, Tense tense, Shift shift) {
        YearMonth now = YearMonth.from(anchor);
        YearMonth same = now.withMonth(month.getValue());
        YearMonth past = same.isAfter(now) ? same.minusYears(1) : same;
        YearMonth future = same.isBefore(now) ? same.plusYears(1) : same;
        return switch (shift) {
            case LAST -> same.isBefore(now) ? same : same.minusYears(1);
            case NEXT -> same.isAfter(now) ? same : same.plusYears(1);
            case THIS -> same;
            case NONE -> switch (tense) {
                case PAST -> past;
                case FUTURE -> future;
                // nearest, ties to the past
                default -> ChronoUnit.MONTHS.between(now, future)
                        < ChronoUnit.MONTHS.between(past, now) ? future : past;
            };
        };
    }

    /**
     * The day a weekday means. Without a shift: FUTURE → the next one on or after the
     * anchor, otherwise the last one on or before it. "last" and "next" exclude the anchor
     * itself; "this" is the one in the anchor's Monday-to-Sunday week.
     */
    static LocalDate weekday(DayOfWeek day, LocalDate anchor, Tense tense, Shift shift) {
        return switch (shift) {
            case LAST -> anchor.with(TemporalAdjusters.previous(day));
            case NEXT -> anchor.with(TemporalAdjusters.next(day));
            case THIS -> anchor.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
            case NONE -> tense == Tense.FUTURE
                    ? anchor.with(TemporalAdjusters.nextOrSame(day))
                    : anchor.with(TemporalAdjusters.previousOrSame(day));
        };
    }
}
