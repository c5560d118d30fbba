package org.dateline.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an article text is made of besides its sentences: the headline and date line above
 * the body, the wire dateline that opens it ("TEHRAN - "), the sign-offs and licence
 * trailer that close it, and sub-headings glued to the next sentence. Every span is an
 * offset pair into the text given to {@link #of(String)}, end exclusive.
 *
 * <p>{@link #analysisText()} is the text prepared for sentence splitting: exactly as long
 * as the original, so offsets carry over unchanged. It differs only in whitespace and in
 * blanked furniture: the licence trailer and sign-offs become spaces (line breaks kept),
 * each glued heading's closing space becomes a line break, and a hard wrap inside a
 * paragraph (a single line break between two words that start lower case) becomes spaces.
 */
public final class ArticleLayout {

    /** A stretch of the text, {@code text} being {@code text.substring(start, end)}. */
    public record Span(int start, int end, String text) {
        public Span {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start || text.length() != end - start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
            }
        }

        static Span of(String source, int start, int end) {
            return new Span(start, end, source.substring(start, end));
        }
    }

    /** Longest first line that can be a headline. */
    static final int MAX_HEADLINE = 200;

    private final Span headline;
    private final Span dateLine;
    private final LocalDate dateLineDate;
    private final Span datelinePlace;
    private final Span datelineRegion;
    private final Span licenseTrailer;
    private final String license;
    private final List<Span> authorInitials;
    private final List<Integer> headingBreaks;
    private final String analysisText;

    private ArticleLayout(String text) {
        // Top: headline, date line, then the dateline at the start of the body.
        int at = nextContentLine(text, 0);
        Span head = null;
        if (at < text.length() && isHeadline(text, at)) {
            head = trimmed(text, at, lineEnd(text, at));
            at = nextContentLine(text, lineEnd(text, at));
        }
        Span date = null;
        LocalDate dateValue = null;
        if (at < text.length()) {
            Span line = trimmed(text, at, lineEnd(text, at));
            Optional<LocalDate> parsed = DateText.parse(line.text());
            if (parsed.isPresent() || DateText.isMonthYear(line.text())) {
                date = line;
                dateValue = parsed.orElse(null);
                at = nextContentLine(text, lineEnd(text, at));
            }
        }
        Span place = null;
        Span region = null;
        if (at < text.length()) {
            Optional<DatelineRule.Found> found = DatelineRule.at(text, at);
            if (found.isPresent()) {
                DatelineRule.Found f = found.get();
                place = Span.of(text, f.placeStart(), f.placeEnd());
                region = f.hasRegion() ? Span.of(text, f.regionStart(), f.regionEnd()) : null;
            }
        }
        int bodyStart = at;

        // Bottom: licence trailer, then sign-offs before it.
        OptionalInt trailerStart = LicenseTrailer.find(text);
        Span trailer = null;
        int bodyEnd = text.length();
        if (trailerStart.isPresent() && trailerStart.getAsInt() >= bodyStart) {
            trailer = Span.of(text, trailerStart.getAsInt(), LicenseTrailer.trimEnd(text, text.length()));
            bodyEnd = trailer.start();
        }
        List<Span> marks = new ArrayList<>();
        for (Span m : SignOffs.find(text, bodyEnd)) {
            if (m.start() >= bodyStart) {
                marks.add(m);
            }
        }
        int proseEnd = marks.isEmpty() ? bodyEnd : marks.get(0).start();

        this.headline = head;
        this.dateLine = date;
        this.dateLineDate = dateValue;
        this.datelinePlace = place;
        this.datelineRegion = region;
        this.licenseTrailer = trailer;
        this.license = trailer == null ? null : LicenseTrailer.licenseOf(trailer.text());
        this.authorInitials = List.copyOf(marks);
        this.headingBreaks = HeadingBreaks.find(text, bodyStart, proseEnd);
        this.analysisText = analysis(text);
    }

    /** The layout of {@code text}; never fails, whatever the text. */
    public static ArticleLayout of(String text) {
        return new ArticleLayout(Objects.requireNonNull(text, "text"));
    }

    /** The first line, when it is short (under 200 characters), has no final period and a blank line follows. */
    public Optional<Span> headline() {
        return Optional.ofNullable(headline);
    }

    /** The place words of a wire dateline: "TEHRAN" in "TEHRAN - ", "BEIRUT" in "BEIRUT, Lebanon (AP) --". */
    public Optional<Span> datelinePlace() {
        return Optional.ofNullable(datelinePlace);
    }

    /** The country or state after the dateline place: "Lebanon" in "BEIRUT, Lebanon (AP) --". */
    public Optional<Span> datelineRegion() {
        return Optional.ofNullable(datelineRegion);
    }

    /**
     * A line that is only a date, after the headline: "Monday, September 23, 2019", or a month
     * and year ("December 2004", which has no {@link #dateLineDate()}).
     */
    public Optional<Span> dateLine() {
        return Optional.ofNullable(dateLine);
    }

    /** The day the date line names, when it names a whole day. */
    public Optional<LocalDate> dateLineDate() {
        return Optional.ofNullable(dateLineDate);
    }

    /** The licence or copyright notice that ends the text, up to its last non-space character. */
    public Optional<Span> licenseTrailer() {
        return Optional.ofNullable(licenseTrailer);
    }

    /**
     * The trailer's licence, normalised: "CC BY 4.0", "CC BY-SA 3.0", "CC BY 2.5",
     * "public domain"; the trailer text itself when it names no Creative Commons licence.
     */
    public Optional<String> license() {
        return Optional.ofNullable(license);
    }

    /** Sign-offs at the end of the body, in text order: "NA/PA", "(Reporting by …)", "—AB", "/ak/". */
    public List<Span> authorInitials() {
        return authorInitials;
    }

    /** Offsets of the spaces that end a heading glued to the next sentence ("… regional unity| In a separate …"). */
    public List<Integer> headingBreaks() {
        return headingBreaks;
    }

    /** The text for sentence analysis; same length as the original (see the class comment). */
    public String analysisText() {
        return analysisText;
    }

    private String analysis(String text) {
        char[] a = text.toCharArray();
        boolean[] furniture = new boolean[a.length];
        List<Span> blanked = new ArrayList<>(authorInitials);
        if (licenseTrailer != null) {
            blanked.add(licenseTrailer);
        }
        for (Span s : blanked) {
            for (int i = s.start(); i < s.end(); i++) {
                furniture[i] = true;
                if (a[i] != '\n' && a[i] != '\r') {
                    a[i] = ' ';
                }
            }
        }
        for (int i = 1; i < a.length - 1; i++) {
            if (a[i] == '\n' && !furniture[i] && isHardWrap(text, i)) {
                a[i] = ' ';
                if (a[i - 1] == '\r') {
                    a[i - 1] = ' ';
                }
            }
        }
        for (int gap : headingBreaks) {
            a[gap] = '\n';
        }
        return new String(a);
    }

    /** A single line break between two non-blank lines, the words on both sides starting lower case. */
    private static boolean isHardWrap(String text, int nl) {
        int beforeEnd = nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
        int lineStart = text.lastIndexOf('\n', beforeEnd - 1) + 1;
        int e = beforeEnd;
        while (e > lineStart && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e == lineStart) {
            return false;
        }
        int w = e;
        while (w > lineStart && !isSpace(text.charAt(w - 1))) {
            w--;
        }
        int n = nl + 1;
        while (n < text.length() && isSpace(text.charAt(n))) {
            n++;
        }
        return n < text.length() && text.charAt(n) != '\n' && text.charAt(n) != '\r'
                && Character.isLowerCase(text.codePointAt(w)) && Character.isLowerCase(text.codePointAt(n));
    }

    private static boolean isHeadline(String text, int at) {
        int end = lineEnd(text, at);
        Span line = trimmed(text, at, end);
        if (line.text().isEmpty() || line.text().length() >= MAX_HEADLINE || line.text().endsWith(".")) {
            return false;
        }
        if (DateText.parse(line.text()).isPresent() || DateText.isMonthYear(line.text())) {
            return false;
        }
        // Followed by a blank line: the next line exists and holds only spaces.
        if (end >= text.length()) {
            return false;
        }
        int next = end + 1;
        int nextEnd = lineEnd(text, next);
        return next < text.length() && trimmed(text, next, nextEnd).text().isEmpty();
    }

    /** Start of the first line at or after {@code from} that is not blank, or the text length. */
    private static int nextContentLine(String text, int from) {
        int p = from;
        if (p < text.length() && text.charAt(p) == '\n') {
            p++;
        }
        while (p < text.length()) {
            int end = lineEnd(text, p);
            if (!trimmed(text, p, end).text().isEmpty()) {
                return p;
            }
            p = end + 1;
        }
        return text.length();
    }

    /** Index of the line feed that ends the line at {@code from} (or the text length); a CR before it is content. */
    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return Span.of(text, s, e);
    }

    /** Spaces within a line: everything Java calls whitespace except the line feed, plus no-break spaces. */
    private static boolean isSpace(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
    }
}
