package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written out in full, as metadata and date lines give them: ISO dates and
 * date-times, RFC 1123, "January 8, 2019", "8 January 2019", "Jan 8, 2019", "20190108".
 * Impossible dates (2019-02-30) are rejected, never rounded to a neighbour.
 */
final class DateText {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun");

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\\.?,?\\s+)?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{4})";

    private static final Pattern MONTH_FIRST = Pattern.compile(
            WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);

    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

    // ISO formatters resolve strictly already; RFC 1123 does not, so 30 Feb would become 28 Feb.
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]XX", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT));
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    /** The calendar date that {@code text} states, or empty when it states none exactly. */
    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (s.matches("\\d{8}")) {
                return Optional.of(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
            }
            if (ISO_DATE_TIME.matcher(s).matches()) {
                // The date where it was written: 2019-01-08T23:30-05:00 is the 8th, not the 9th.
                String t = s.substring(0, 10) + 'T' + s.substring(11);
                for (DateTimeFormatter f : DATE_TIMES) {
                    try {
                        return Optional.of(LocalDate.from(f.parse(t)));
                    } catch (DateTimeException next) {
                        // try the next shape
                    }
                }
                return Optional.empty();
            }
            if (s.matches("(?i)[a-z]{3}, .*\\d{2}:\\d{2}.*") || s.matches("\\d{1,2} [A-Za-z]{3} \\d{4} \\d{2}:.*")) {
                return Optional.of(LocalDate.from(RFC_1123.parse(s)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        for (Pattern p : List.of(MONTH_FIRST, DAY_FIRST)) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return of(Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("day")));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is only a month and a year ("December 2004"). */
    static boolean isMonthYear(String text) {
        return text != null && MONTH_YEAR.matcher(text.strip()).matches();
    }

    /** Whether {@code text} is only a year or a year and month ("2004", "2004-12", "December 2004"). */
    static boolean isPartial(String text) {
        return text != null && (isMonthYear(text) || text.strip().matches("\\d{4}(?:-\\d{2})?"));
    }

    /** Whether {@code word} names a month or a weekday ("Sept", "Thursday"). */
    static boolean isCalendarWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return MONTHS.containsKey(w) || WEEKDAYS.contains(w);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
