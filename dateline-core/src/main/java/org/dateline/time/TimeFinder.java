package org.dateline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dateline.model.TimeExpression;
import org.dateline.model.TimeExpression.Tense;
import org.dateline.time.Resolver.Shift;

/**
 * Finds the date expressions of an English news text and normalises each to an ISO 8601
 * value only as precise as the text: "September 23, 2019" → 2019-09-23, "May 2018" →
 * 2018-05, "in 2015" → 2015, "the 1990s" → 199. Dates the text leaves open ("August 6",
 * "Tuesday", "in May", "last month", "yesterday") are resolved against
 * {@link TimeContext#anchor} and, where past or future matters, {@link TimeContext#tense};
 * without an anchor they are left out.
 *
 * <p>The span is the expression as written, without a leading preposition ("on",
 * "in", "since") but with the words that move it ("last month", "later this month",
 * "next Friday"), the weekday of a full date ("Friday, August 21, 2015") and the part of
 * day ("Thursday afternoon"). Expressions never overlap: the longest wins. Weeks are not
 * calendar units of this kind, so "last week" is not an expression.
 *
 * <p>Immutable and thread-safe: the patterns are compiled once; each call scans the text
 * once for words that can start a date and tries the forms that start with that word.
 */
public final class TimeFinder {

    private static final String SP = "[ \\t\\u00A0]+";
    private static final String SP0 = "[ \\t\\u00A0]*";
    private static final String DASH = "-|\u2013";
    private static final String ABBR = Words.MONTH_ABBREVIATIONS;
    private static final String WD = "(?<wd>" + Words.WEEKDAYS + ")\\b";
    private static final String WD_PREFIX = "(?:" + WD + ",?" + SP + ")?";
    private static final String MON = "(?<mon>(?:" + Words.MONTHS + ")\\b|(?:" + ABBR + ")(?:\\.|\\b))";
    private static final String DAY_NUM = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b";
    private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b";
    /** A day number is not the start of "5,000", "5.30" or "5/6". */
    private static final String DAY_END = "(?![.,:/]\\d)";
    private static final String YEAR_NUM = "(?:1[89]\\d\\d|20\\d\\d|2100)";
    private static final String YEAR = "(?<year>" + YEAR_NUM + ")\\b(?![.,:/]\\d)";
    private static final String MONTH_YEAR_JOIN = "(?:,?" + SP + "|" + SP + "of" + SP + ")";

    private static final Pattern DATE_MDY = Pattern.compile(
            WD_PREFIX + MON + SP + DAY + "(?:," + SP0 + "|" + SP + ")" + YEAR);
    private static final Pattern DATE_DMY = Pattern.compile(
            WD_PREFIX + DAY + "(?:" + SP + "of)?" + SP + MON + ",?" + SP + YEAR);
    private static final Pattern DATE_MD = Pattern.compile(WD_PREFIX + MON + SP + DAY + DAY_END);
    private static final Pattern DATE_DM = Pattern.compile(WD_PREFIX + DAY + "(?:" + SP + "of)?" + SP + MON);
    private static final Pattern MONTH_YEAR = Pattern.compile(MON + MONTH_YEAR_JOIN + YEAR);
    private static final Pattern MONTH_OF_YEAR = Pattern.compile(MON + "(?:" + SP + DAY + DAY_END + ")?"
            + MONTH_YEAR_JOIN + "(?<rel>(?i:this|last|next))" + SP + "(?i:year)\\b");
    private static final Pattern SHIFTED_MONTH = Pattern.compile(
            "(?<rel>(?i:last|next|this))" + SP + "(?<mon>" + Words.MONTHS + ")\\b"
            + "(?!" + MONTH_YEAR_JOIN + YEAR_NUM + "\\b)");
    private static final Pattern MONTH = Pattern.compile("(?<mon>" + Words.MONTHS + ")\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?<rel>(?i:last|next|this))" + SP + ")?" + WD
            + "(?:" + SP + "(?<pod>" + Words.PARTS_OF_DAY + ")\\b)?");
    private static final Pattern ISO = Pattern.compile("(?<year>" + YEAR_NUM + ")(?<sep>[-/])"
            + "(?<m>1[0-2]|0?[1-9])\\k<sep>(?<d>3[01]|[12]\\d|0?[1-9])\\b(?![.,:/-]\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>(?<year>" + YEAR_NUM + ")\\b(?![.,:/-]\\d)");
    private static final Pattern DECADE = Pattern.compile("(?<dec>(?:1[89]|20)\\d)0['\u2019]?s\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile(YEAR);
    private static final Pattern DAYS_AGO = Pattern.compile(
            "(?<n>\\d{1,2}|(?i:" + Words.NUMBER_WORDS + "))" + SP + "(?i:days?)" + SP + "(?i:ago)\\b");
    private static final Pattern NAMED_DAY = Pattern.compile("(?<w>(?i:the" + SP + "day" + SP + "before" + SP
            + "yesterday|the" + SP + "day" + SP + "after" + SP + "tomorrow|yesterday|tomorrow|today|tonight"
            + "|last" + SP + "night|this" + SP + "(?:morning|afternoon|evening))\\b)"
            + "(?:" + SP + "(?<pod>" + Words.PARTS_OF_DAY + ")\\b)?");
    private static final Pattern SHIFTED_UNIT = Pattern.compile(
            "(?i:(?:(?<mod>earlier|later)" + SP + ")?(?<rel>this|last|next)" + SP + "(?<unit>month|year)\\b)");
    private static final Pattern SEASON = Pattern.compile(
            "(?i:(?:spring|summer|autumn|winter)(?:" + SP + "of)?|fall" + SP + "of)" + SP + YEAR);

    /** After a bare month: "March or April of 2005" lends its year to "March". */
    private static final Pattern SHARED_MONTH_YEAR = Pattern.compile(
            SP0 + ",?" + SP0 + "(?:and|or|to|through|until|" + DASH + ")" + SP0
            + "(?:" + Words.MONTHS + ")" + MONTH_YEAR_JOIN + "(?<year>" + YEAR_NUM + ")\\b");
    /** After a month-day: "December 1 and 2, 2004", "March 3 to April 5, 2019". */
    private static final Pattern SHARED_DAY_YEAR = Pattern.compile(
            "(?:(?:" + SP0 + "(?:,|and|or|to|through|" + DASH + ")" + SP0 + DAY_NUM + ")+"
            + "|" + SP0 + ",?" + SP0 + "(?:and|or|to|through|until|" + DASH + ")" + SP0
            + "(?:(?:" + Words.MONTHS + ")\\b|(?:" + ABBR + ")\\.?)" + SP + DAY_NUM + ")"
            + ",?" + SP0 + "(?<year>" + YEAR_NUM + ")\\b");
    /** What may stand between two coordinated months: "September and October". */
    private static final Pattern MONTH_COORDINATION = Pattern.compile(
            SP0 + "(?:,|,?" + SP0 + "(?:and|or|to|through|until|till)|" + DASH + ")" + SP0);

    /** Finds the time expressions of {@code text}, in text order. */
    public List<TimeExpression> find(String text, TimeContext context) {
        Scan scan = new Scan(text);
        scan.run();
        return choose(text, scan.candidates, scan.nameMonths, context);
    }

    /** One expression as matched, before overlaps are settled and the value is resolved. */
    private record Candidate(int start, int end, Reading reading, Month weakMonth, boolean hasMonth) {
        int length() {
            return end - start;
        }

        Candidate longer(Candidate other) {
            return other == null || length() >= other.length() ? this : other;
        }
    }

    /**
     * Keeps the longest of overlapping candidates, drops bare months in weak positions whose
     * word the text also uses as a surname, and resolves the rest.
     */
    private static List<TimeExpression> choose(String text, List<Candidate> candidates,
                                               Set<Month> nameMonths, TimeContext context) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start));
        List<TimeExpression> chosen = new ArrayList<>();
        for (Candidate c : byLength) {
            if (c.weakMonth() != null && nameMonths.contains(c.weakMonth()) || overlaps(chosen, c)) {
                continue;
            }
            LocalDate anchor = null;
            if (c.reading().relative()) {
                anchor = context.anchor(c.start());
                if (anchor == null) {
                    continue;
                }
            }
            Tense tense = context.tense(c.start(), c.end());
            if (tense == null) {
                tense = Tense.UNKNOWN;
            }
            String value = c.reading().value(anchor, tense);
            if (value != null) {
                chosen.add(new TimeExpression(text.substring(c.start(), c.end()), value,
                        c.start(), c.end(), tense));
            }
        }
        chosen.sort(Comparator.comparingInt(TimeExpression::start));
        return List.copyOf(chosen);
    }

    private static boolean overlaps(List<TimeExpression> chosen, Candidate c) {
        for (TimeExpression t : chosen) {
            if (c.start() < t.end() && t.start() < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** The state of one call: the text, a matcher per form, and what has been found. */
    private static final class Scan {
        private final String text;
        private final List<Candidate> candidates = new ArrayList<>();
        /** Months the text uses as surnames ("Theresa May"). */
        private final Set<Month> nameMonths = EnumSet.noneOf(Month.class);
        private final Matcher mdy, dmy, md, dm, monthYear, monthOfYear, shiftedMonth, month,
                weekday, iso, numeric, decade, year, daysAgo, namedDay, shiftedUnit, season,
                sharedMonthYear, sharedDayYear, coordination;
        /** End of the last candidate that names a month, for "September and October". */
        private int lastMonthEnd = -1;

        Scan(String text) {
            this.text = text;
            mdy = matcher(DATE_MDY);
            dmy = matcher(DATE_DMY);
            md = matcher(DATE_MD);
            dm = matcher(DATE_DM);
            monthYear = matcher(MONTH_YEAR);
            monthOfYear = matcher(MONTH_OF_YEAR);
            shiftedMonth = matcher(SHIFTED_MONTH);
            month = matcher(MONTH);
            weekday = matcher(WEEKDAY);
            iso = matcher(ISO);
            numeric = matcher(NUMERIC);
            decade = matcher(DECADE);
            year = matcher(YEAR_ALONE);
            daysAgo = matcher(DAYS_AGO);
            namedDay = matcher(NAMED_DAY);
            shiftedUnit = matcher(SHIFTED_UNIT);
            season = matcher(SEASON);
            sharedMonthYear = matcher(SHARED_MONTH_YEAR);
            sharedDayYear = matcher(SHARED_DAY_YEAR);
            coordination = matcher(MONTH_COORDINATION);
        }

        private Matcher matcher(Pattern p) {
            // Transparent bounds: \b and look-arounds see the text outside the region.
            return p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The matcher if its form matches at {@code at}, else null. */
        private Matcher at(Matcher m, int at) {
            m.region(at, text.length());
            return m.lookingAt() ? m : null;
        }

        /**
         * Walks the text token by token (a token is a run of letters or digits) and tries,
         * at each token that can start a date, the forms that start with it.
         */
        void run() {
            char[] cs = text.toCharArray(); // plain array reads: the scan visits every character
            int n = cs.length;
            int i = 0;
            while (i < n) {
                char c = cs[i];
                if (!isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                boolean letters = isLetter(c);
                int j = i + 1;
                while (j < n && isLetter(cs[j]) == letters && isLetterOrDigit(cs[j])) {
                    j++;
                }
                boolean glued = i > 0 && cs[i - 1] == '_' || j < n && (isLetterOrDigit(cs[j]) || cs[j] == '_');
                Candidate best = null;
                if (!letters) {
                    best = numberForms(i); // "5th", "1990s" are read by the forms themselves
                } else if (!glued) {
                    Trigger t = Trigger.of(text, i, j);
                    if (t != null) {
                        best = switch (t) {
                            case WEEKDAY -> weekdayForms(i);
                            case MONTH -> monthForms(i);
                            default -> relativeForms(i, t);
                        };
                    }
                }
                if (best != null) {
                    candidates.add(best);
                    if (best.hasMonth()) {
                        lastMonthEnd = Math.max(lastMonthEnd, best.end());
                    }
                }
                // skip the rest of a glued token ("G20", "A320", "5th") so no trigger starts inside it
                while (j < n && (isLetterOrDigit(cs[j]) || cs[j] == '_')) {
                    j++;
                }
                i = j;
            }
        }

        // ASCII fast paths: the scan looks at every character of the text.
        private static boolean isLetter(char c) {
            return c < 128 ? (c | 32) >= 'a' && (c | 32) <= 'z' : Character.isLetter(c);
        }

        private static boolean isLetterOrDigit(char c) {
            return c < 128 ? (c | 32) >= 'a' && (c | 32) <= 'z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
        }

        // ---- forms that start with a month name: "August 6", "May 2018", "in May"

        private Candidate monthForms(int at) {
            String prev = Words.before(text, at);
            boolean fullWord = Words.isFullMonth(text.substring(at, wordEnd(at)));
            if (Words.isCapitalised(prev) && !Words.BEFORE_MONTH.contains(prev.toLowerCase(Locale.ROOT))) {
                // "Theresa May", "Prime Minister May", "Long March": a name, not a date.
                if (fullWord) {
                    nameMonths.add(Words.month(text.substring(at, wordEnd(at))));
                }
                return null;
            }
            Candidate best = null;
            Matcher m;
            if ((m = at(mdy, at)) != null) {
                best = fixedDate(m, at, null);
            }
            if ((m = at(md, at)) != null) {
                best = longer(best, monthDay(m, at));
            }
            if ((m = at(monthYear, at)) != null && yearEndsClean(m)) {
                best = longer(best, new Candidate(at, m.end(),
                        new Reading.Fixed(YearMonth.of(year(m), Words.month(m.group("mon"))).toString()),
                        null, true));
            }
            if ((m = at(monthOfYear, at)) != null) {
                Integer day = m.group("day") == null ? null : Integer.valueOf(m.group("day"));
                best = longer(best, new Candidate(at, m.end(), new Reading.InYear(
                        Words.month(m.group("mon")), day, yearShift(m.group("rel"))), null, true));
            }
            if (fullWord && (m = at(month, at)) != null) {
                best = longer(best, bareMonth(m, at, prev));
            }
            return best;
        }

        private int wordEnd(int at) {
            int i = at;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** "in May", "since March", "mid-June", "September and October": a date position. */
        private Candidate bareMonth(Matcher m, int at, String prev) {
            Month mon = Words.month(m.group("mon"));
            int end = m.end();
            String before = prev == null ? null : prev.toLowerCase(Locale.ROOT);
            boolean coordinated = lastMonthEnd >= 0 && lastMonthEnd < at
                    && coordination.region(lastMonthEnd, at).matches();
            boolean positioned = before != null && Words.MONTH_POSITIONS.contains(before)
                    || Words.afterMid(text, at);
            if (!coordinated && !positioned) {
                return null;
            }
            Matcher shared = at(sharedMonthYear, end);
            if (shared != null) {
                int y = Integer.parseInt(shared.group("year"));
                return new Candidate(at, end, new Reading.Fixed(YearMonth.of(y, mon).toString()), null, true);
            }
            boolean weak = !coordinated && before != null && Words.WEAK_MONTH_POSITIONS.contains(before);
            return new Candidate(at, end, new Reading.OpenMonth(mon, Shift.NONE), weak ? mon : null, true);
        }

        /** "August 6", "Friday, December 31st": the year comes from a shared year or the tense. */
        private Candidate monthDay(Matcher m, int at) {
            Month mon = Words.month(m.group("mon"));
            int day = Integer.parseInt(m.group("day"));
            if (day > mon.maxLength()) {
                return null;
            }
            DayOfWeek wd = m.group("wd") == null ? null : Words.weekday(m.group("wd"));
            int end = m.end();
            Matcher shared = at(sharedDayYear, end);
            if (shared != null) {
                return fixed(at, end, Integer.parseInt(shared.group("year")), mon, day);
            }
            return new Candidate(at, end, new Reading.OpenDay(MonthDay.of(mon, day), wd), null, true);
        }

        private Candidate fixedDate(Matcher m, int at, Candidate best) {
            if (!yearEndsClean(m)) {
                return best;
            }
            Candidate c = fixed(at, m.end(), year(m), Words.month(m.group("mon")),
                    Integer.parseInt(m.group("day")));
            return longer(best, c);
        }

        private Candidate fixed(int start, int end, int y, Month mon, int day) {
            try {
                return new Candidate(start, end, new Reading.Fixed(LocalDate.of(y, mon, day).toString()),
                        null, true);
            } catch (DateTimeException e) {
                return null; // "February 30, 2019"
            }
        }

        // ---- forms that start with a weekday: "Monday, September 23, 2019", "Thursday afternoon"

        private Candidate weekdayForms(int at) {
            if (weekdayIsName(at, wordEnd(at))) {
                return null;
            }
            Candidate best = null;
            Matcher m;
            if ((m = at(mdy, at)) != null) {
                best = fixedDate(m, at, best);
            }
            if ((m = at(dmy, at)) != null) {
                best = fixedDate(m, at, best);
            }
            if ((m = at(md, at)) != null) {
                best = longer(best, monthDay(m, at));
            }
            if ((m = at(dm, at)) != null) {
                best = longer(best, monthDay(m, at));
            }
            if ((m = at(weekday, at)) != null) {
                best = longer(best, weekday(m, at));
            }
            return best;
        }

        private Candidate weekday(Matcher m, int at) {
            Shift shift = shift(m.group("rel"));
            return new Candidate(at, m.end(), new Reading.Weekday(Words.weekday(m.group("wd")), shift),
                    null, false);
        }

        /** "Bloody Sunday", "Good Friday", "the Sunday Times", "the Mail on Sunday". */
        private boolean weekdayIsName(int start, int end) {
            String prev = Words.before(text, start);
            String next = Words.after(text, end);
            return prev != null && Words.BEFORE_WEEKDAY_NAME.contains(prev)
                    || next != null && Words.AFTER_WEEKDAY_NAME.contains(next)
                    || start >= 8 && text.startsWith("Mail on ", start - 8);
        }

        // ---- forms that start with a digit: "23 September 2019", "2019-09-23", "1990s", "2015"

        private Candidate numberForms(int at) {
            if (gluedNumber(at)) {
                return null;
            }
            Candidate best = null;
            Matcher m;
            if ((m = at(iso, at)) != null) {
                best = fixed(at, m.end(), Integer.parseInt(m.group("year")),
                        Month.of(Integer.parseInt(m.group("m"))), Integer.parseInt(m.group("d")));
            }
            if ((m = at(numeric, at)) != null) {
                best = longer(best, numeric(m, at));
            }
            if ((m = at(dmy, at)) != null) {
                best = fixedDate(m, at, best);
            }
            if ((m = at(dm, at)) != null) {
                best = longer(best, monthDay(m, at));
            }
            if ((m = at(decade, at)) != null) {
                best = longer(best, decade(m, at));
            }
            best = longer(best, yearAlone(at));
            if ((m = at(daysAgo, at)) != null) {
                best = longer(best, daysAgo(m, at));
            }
            return best;
        }

        /**
         * Whether the number at {@code at} is a piece of a longer token: "3/5/2019", "1.5",
         * "10,000", "$2019", "Su-24". A dash is fine in "mid-2019", "2015-2019", "7-9 December".
         */
        private boolean gluedNumber(int at) {
            if (at == 0) {
                return false;
            }
            char p = text.charAt(at - 1);
            boolean digitBefore = at >= 2 && Character.isDigit(text.charAt(at - 2));
            if (p == '-' || p == '\u2013') {
                return !digitBefore && !Words.afterYearPrefix(text, at);
            }
            return "$\u20ac\u00a3\u00a5#/:".indexOf(p) >= 0 || (p == '.' || p == ',') && digitBefore;
        }

        private Candidate yearAlone(int at) {
            Matcher m = at(year, at);
            if (m == null || !YearGuard.isYear(text, at, m.end())) {
                return null;
            }
            return new Candidate(at, m.end(), new Reading.Fixed(m.group("year")), null, false);
        }

        /** "23/09/2019" or "09/23/2019", only when the day is the one above 12 (or both agree). */
        private Candidate numeric(Matcher m, int at) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            int day;
            int mon;
            if (a > 12 && b <= 12) {
                day = a;
                mon = b;
            } else if (b > 12 && a <= 12) {
                day = b;
                mon = a;
            } else if (a == b) {
                day = a;
                mon = a;
            } else {
                return null;
            }
            if (mon < 1 || day < 1) {
                return null;
            }
            return fixed(at, m.end(), year(m), Month.of(mon), day);
        }

        /** "the 1990s" → "199"; "the 1900s" is left out, as it may mean the century. */
        private Candidate decade(Matcher m, int at) {
            String dec = m.group("dec");
            if (dec.endsWith("0") && !dec.equals("200")) {
                return null;
            }
            return new Candidate(at, m.end(), new Reading.Fixed(dec), null, false);
        }

        private Candidate daysAgo(Matcher m, int at) {
            int n = Words.number(m.group("n"));
            return n < 1 ? null : new Candidate(at, m.end(), new Reading.DayShift(-n), null, false);
        }

        // ---- forms that start with a relative word: "yesterday", "last month", "next Friday"

        private Candidate relativeForms(int at, Trigger trigger) {
            Candidate best = null;
            Matcher m;
            switch (trigger) {
                case SHIFT -> {
                    if ((m = at(shiftedMonth, at)) != null) {
                        best = new Candidate(at, m.end(), new Reading.OpenMonth(Words.month(m.group("mon")),
                                shift(m.group("rel"))), null, true);
                    }
                    if ((m = at(weekday, at)) != null && m.group("rel") != null
                            && !weekdayIsName(m.start("wd"), m.end("wd"))) {
                        best = longer(best, weekday(m, at));
                    }
                    if ((m = at(namedDay, at)) != null) {
                        best = longer(best, namedDay(m, at));
                    }
                    if ((m = at(shiftedUnit, at)) != null) {
                        best = longer(best, shiftedUnit(m, at));
                    }
                }
                case MODIFIER -> {
                    if ((m = at(shiftedUnit, at)) != null) {
                        best = shiftedUnit(m, at);
                    }
                }
                case DAY_WORD, THE -> {
                    if ((m = at(namedDay, at)) != null) {
                        best = namedDay(m, at);
                    }
                }
                case SEASON -> {
                    if ((m = at(season, at)) != null && yearEndsClean(m)) {
                        best = new Candidate(at, m.end(), new Reading.Fixed(m.group("year")), null, false);
                    }
                }
                case NUMBER_WORD -> {
                    if ((m = at(daysAgo, at)) != null) {
                        best = daysAgo(m, at);
                    }
                }
                default -> throw new IllegalStateException("not a relative word: " + trigger);
            }
            return best;
        }

        private Candidate namedDay(Matcher m, int at) {
            String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (Character.isUpperCase(text.charAt(at)) && Words.before(text, at) != null) {
                return null; // "USA Today", "the Today programme": a name mid-sentence
            }
            int days;
            if (w.endsWith("before yesterday")) {
                days = -2;
            } else if (w.endsWith("after tomorrow")) {
                days = 2;
            } else if (w.equals("yesterday") || w.equals("last night")) {
                days = -1;
            } else if (w.equals("tomorrow")) {
                days = 1;
            } else {
                days = 0;
            }
            // The part of day belongs to "yesterday morning", "tomorrow night", nothing else.
            boolean withPart = m.group("pod") != null && (w.equals("yesterday") || w.equals("tomorrow"));
            int end = withPart ? m.end() : m.end("w");
            return new Candidate(at, end, new Reading.DayShift(days), null, false);
        }

        private Candidate shiftedUnit(Matcher m, int at) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            String prev = Words.before(text, at);
            if (prev != null && prev.equalsIgnoreCase("the") && m.group("mod") == null) {
                return null; // "over the last year" is a span of time, not a calendar year
            }
            int n = yearShift(rel);
            Reading r = m.group("unit").equalsIgnoreCase("month") ? new Reading.MonthShift(n)
                    : new Reading.YearShift(n);
            return new Candidate(at, m.end(), r, null, false);
        }

        // ---- helpers

        private boolean yearEndsClean(Matcher m) {
            return YearGuard.cleanEnd(text, m.end("year")) && !YearGuard.countFollows(text, m.end("year"));
        }

        private static int year(Matcher m) {
            return Integer.parseInt(m.group("year"));
        }

        private static Candidate longer(Candidate a, Candidate b) {
            return a == null ? b : a.longer(b);
        }

        private static Shift shift(String rel) {
            if (rel == null) {
                return Shift.NONE;
            }
            return switch (rel.toLowerCase(Locale.ROOT)) {
                case "last" -> Shift.LAST;
                case "next" -> Shift.NEXT;
                default -> Shift.THIS;
            };
        }

        private static int yearShift(String rel) {
            return switch (shift(rel)) {
                case LAST -> -1;
                case NEXT -> 1;
                default -> 0;
            };
        }
    }
}
