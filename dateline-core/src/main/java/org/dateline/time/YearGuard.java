package org.dateline.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a four-digit year from a number that only looks like one: a count ("2000 troops",
 * "more than 2015"), a clock time ("1930 UTC"), a label ("Resolution 2254", "No. 1999"),
 * an amount ("$2019") or a piece of a longer token ("3/2019", "2019-20").
 */
final class YearGuard {

    /** Nouns of counting and measure: "2000 troops", "2015 people", "1800 km". */
    private static final Set<String> COUNTED = Set.of(
            "people", "persons", "men", "women", "children", "troops", "soldiers", "police",
            "policemen", "officers", "personnel", "staff", "workers", "employees", "residents",
            "civilians", "refugees", "migrants", "families", "households", "homes", "houses",
            "buildings", "deaths", "dead", "casualties", "victims", "cases", "votes", "seats",
            "members", "delegates", "prisoners", "detainees", "fighters", "militants", "rebels",
            "protesters", "demonstrators", "students", "doctors", "vehicles", "tanks", "aircraft",
            "missiles", "rockets", "shells", "rounds", "points", "percent", "times", "units",
            "jobs", "signatures", "followers", "copies", "barrels", "dollars", "euros", "pounds",
            "yuan", "rupees", "roubles", "rubles", "yen", "pesos", "tonnes", "tons", "acres",
            "hectares", "miles", "metres", "meters", "kilometres", "kilometers", "feet", "cattle",
            "sheep", "head", "minutes", "days", "weeks", "months", "years");

    /** Units and clock zones after which a number is never a year: "1930 UTC", "2000 hours". */
    private static final Set<String> UNITS = Set.of(
            "utc", "gmt", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "msk", "ist", "hours",
            "hrs", "hr", "h", "km", "kg", "mw", "ft", "m", "mm", "cm", "sq");

    /** Words before a number that make it a count: "about 2000", "some 2015". */
    private static final Set<String> APPROXIMATE = Set.of(
            "about", "around", "some", "nearly", "almost", "over", "under", "approximately",
            "roughly", "estimated", "additional", "another", "extra", "total", "least");

    /** Words before a number that make it a label: "Resolution 2254", "Flight 1549". */
    private static final Set<String> LABELS = Set.of(
            "resolution", "resolutions", "flight", "route", "highway", "article", "no", "nos",
            "number", "section", "chapter", "paragraph", "room", "page", "pages", "model",
            "platform", "code", "decree", "bill", "item", "unit", "line", "bus", "gate", "box",
            "suite", "order", "form", "type", "class", "version", "channel", "channels");

    /** Prepositions after which a year stays a year even before a plural ("In 2015 people ..."). */
    private static final Set<String> YEAR_PREPOSITIONS = Set.of(
            "in", "since", "during", "until", "till", "throughout", "before", "after");

    /** Words that take a year as a modifier before a plural noun: "the 2016 elections". */
    private static final Set<String> DETERMINERS = Set.of(
            "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "whose", "s");

    private static final Pattern YEAR_AT = Pattern.compile("(?:1[89]|20)\\d\\d");

    private YearGuard() {
    }

    /** Whether the number at [start, end) of text reads as a year. */
    static boolean isYear(String text, int start, int end) {
        return cleanStart(text, start) && cleanEnd(text, end) && !counted(text, start, end)
                && !labelled(text, start);
    }

    /** Whether what follows a year at {@code end} keeps it a year (used by every form ending in one). */
    static boolean cleanEnd(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == '%') {
            return false;
        }
        // "2015-2019" is two years; "2015-16" and "2019-20" are seasons or counts.
        if ((c == '-' || c == '\u2013') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) {
            return end + 5 <= text.length() && YEAR_AT.matcher(text).region(end + 1, end + 5).matches()
                    && (end + 5 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 5)));
        }
        String next = Words.after(text, end);
        return next == null || !UNITS.contains(next.toLowerCase(Locale.ROOT));
    }

    private static boolean cleanStart(String text, int start) {
        if (start == 0) {
            return true;
        }
        char c = text.charAt(start - 1);
        if ("$€£¥#№".indexOf(c) >= 0) {
            return false;
        }
        if (c == '-' || c == '\u2013') {
            return Words.afterYearPrefix(text, start)
                    || start >= 5 && YEAR_AT.matcher(text).region(start - 5, start - 1).matches();
        }
        if (c == '/' || c == ':' || c == '+') {
            return false;
        }
        return !((c == '.' || c == ',') && start >= 2 && Character.isDigit(text.charAt(start - 2)));
    }

    /** Whether a noun of counting follows the number that ends at {@code end}: "May 2000 troops". */
    static boolean countFollows(String text, int end) {
        String next = Words.after(text, end);
        return next != null && COUNTED.contains(next);
    }

    private static boolean counted(String text, int start, int end) {
        String prev = Words.before(text, start);
        String before = prev == null ? null : prev.toLowerCase(Locale.ROOT);
        if (before != null && APPROXIMATE.contains(before)) {
            return true;
        }
        if (before != null && (before.equals("than") || before.equals("to"))) {
            // "more than 2000" counts, "no later than 2020" dates; "up to 2000" counts.
            String two = Words.before(text, Words.startBefore(text, start));
            if (two != null && Set.of("more", "less", "fewer", "up").contains(two.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String next = Words.after(text, end);
        if (next == null || !Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        boolean afterPreposition = before != null && YEAR_PREPOSITIONS.contains(before);
        if (COUNTED.contains(next)) {
            return !afterPreposition;
        }
        // An unknown plural after the number: a count unless a determiner or preposition
        // makes the year a modifier ("the 2016 elections", "in 2015 talks").
        return before != null && isPlural(next) && !afterPreposition && !DETERMINERS.contains(before);
    }

    private static boolean isPlural(String word) {
        return word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss")
                && !word.endsWith("us") && !word.endsWith("is");
    }

    private static boolean labelled(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '.') {
            i--; // "No. 1999"
        }
        String prev = Words.before(text, i + 1);
        return prev != null && LABELS.contains(prev.toLowerCase(Locale.ROOT));
    }
}
