package org.dateline.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Set;

/**
 * The English words that time finding needs: month and weekday names, number words, and
 * the small word lists that tell a date from a name or a count; plus the look at the word
 * just before or after a span.
 */
final class Words {

    static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    /** Abbreviations, longest first so that "Sept" is not read as "Sep" + "t". */
    static final String MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten";
    static final String PARTS_OF_DAY = "morning|afternoon|evening|night";

    /**
     * Words after which a bare month name is a date ("in May", "until March"), not the
     * verb or the surname. Compared in lower case.
     */
    static final Set<String> MONTH_POSITIONS = Set.of(
            "in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "this",
            "early", "late", "mid", "before", "after", "during", "through", "throughout",
            "between", "around", "for");

    /**
     * Of those, the ones where a person can stand as well ("criticised by May", "the
     * government of May"): in a text that uses the month word as a surname elsewhere,
     * a bare month after them is read as the person.
     */
    static final Set<String> WEAK_MONTH_POSITIONS = Set.of(
            "on", "by", "from", "of", "before", "after", "around", "for", "through");

    /**
     * Capitalised words that may stand right before a month without making it a surname
     * ("Theresa May", "Long March"): position words at a sentence start, determiners,
     * weekdays and other months. Compared in lower case.
     */
    static final Set<String> BEFORE_MONTH = Set.of(
            "in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "this",
            "early", "late", "mid", "before", "after", "during", "through", "throughout",
            "between", "around", "for", "the", "a", "an", "that", "each", "every", "and", "or",
            "to", "at", "as", "starting", "beginning", "ending", "effective", "circa", "about",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Words that make a following weekday part of a name: "Bloody Sunday", "Good Friday". */
    static final Set<String> BEFORE_WEEKDAY_NAME = Set.of(
            "Bloody", "Good", "Black", "Cyber", "Super", "Easter", "Palm", "Ash", "Holy", "Maundy",
            "Giving", "Shrove");

    /** Words that make a preceding weekday part of a name: "Sunday Times", "Saturday Night Live". */
    static final Set<String> AFTER_WEEKDAY_NAME = Set.of(
            "Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Mail", "Star", "Tribune",
            "Independent", "Observer", "Sun", "Sport", "Agreement", "Accord", "Accords", "Club",
            "Night", "Morning", "School");

    private Words() {
    }

    static Month month(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String key = w.length() > 3 ? w.substring(0, 3) : w;
        return switch (key) {
            case "Jan" -> Month.JANUARY;
            case "Feb" -> Month.FEBRUARY;
            case "Mar" -> Month.MARCH;
            case "Apr" -> Month.APRIL;
            case "May" -> Month.MAY;
            case "Jun" -> Month.JUNE;
            case "Jul" -> Month.JULY;
            case "Aug" -> Month.AUGUST;
            case "Sep" -> Month.SEPTEMBER;
            case "Oct" -> Month.OCTOBER;
            case "Nov" -> Month.NOVEMBER;
            case "Dec" -> Month.DECEMBER;
            default -> throw new IllegalArgumentException("not a month: " + word);
        };
    }

    private static final Set<String> FULL_MONTHS = Set.of(MONTHS.split("\\|"));

    /** Whether the month word is written out ("May"), not abbreviated ("Nov."). */
    static boolean isFullMonth(String word) {
        return FULL_MONTHS.contains(word);
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** "2", "02", "two" → 2. */
    static int number(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return Integer.parseInt(word);
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> throw new IllegalArgumentException("not a number: " + word);
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /**
     * The word of letters that ends just before {@code pos}, separated from it by spaces
     * only (no punctuation, no line break); null if there is none.
     */
    static String before(String text, int pos) {
        int start = startBefore(text, pos);
        if (start < 0) return null;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return text.substring(start, end);
    }

    /** Where the word that {@link #before} returns starts, or -1. */
    static int startBefore(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return end > i + 1 ? i + 1 : -1;
    }

    /** The word of letters that starts right after {@code pos} past spaces only; null if none. */
    static String after(String text, int pos) {
        int i = pos;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > start ? text.substring(start, i) : null;
    }

    /** A capitalised word of letters: "Theresa", not "UN" or "the". */
    static boolean isCapitalised(String word) {
        return word != null && word.length() > 1 && Character.isUpperCase(word.charAt(0))
                && Character.isLowerCase(word.charAt(1));
    }

    /** Whether the text right before {@code pos} is "mid-" ("mid-May", "mid-2019"). */
    static boolean afterMid(String text, int pos) {
        return afterPrefix(text, pos, "mid-");
    }

    /** Whether a year at {@code pos} follows "mid-", "pre-" or "post-" ("pre-1948 borders"). */
    static boolean afterYearPrefix(String text, int pos) {
        return afterPrefix(text, pos, "mid-") || afterPrefix(text, pos, "pre-") || afterPrefix(text, pos, "post-");
    }

    private static boolean afterPrefix(String text, int pos, String prefix) {
        int from = pos - prefix.length();
        return from >= 0 && text.regionMatches(true, from, prefix, 0, prefix.length())
                && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
    }
}
