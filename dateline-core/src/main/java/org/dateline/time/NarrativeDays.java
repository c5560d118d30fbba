package org.dateline.time;

import org.dateline.model.TimeExpression;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The day a story has reached at each point: the last day named relative to the story's
 * own date ("On Monday", "Yesterday") outside quotation marks. Inside a quote, "today"
 * means the day the words were spoken, which is that day, not the publication date.
 * Absolute dates ("on August 27") tell background, not the day of the telling, and do not count.
 */
public final class NarrativeDays {
    private static final Pattern DEICTIC = Pattern.compile(
            "(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\\b.*");

    private final NavigableMap<Integer, LocalDate> days = new TreeMap<>();

    /** @param outsideQuotes time expressions that stand outside quotation marks, in text order */
    public NarrativeDays(List<TimeExpression> outsideQuotes) {
        for (TimeExpression t : outsideQuotes) {
            if (t.value().length() == 10 && DEICTIC.matcher(t.text().toLowerCase(Locale.ROOT)).matches()) {
                try {
                    days.put(t.start(), LocalDate.parse(t.value()));
                } catch (DateTimeParseException e) {
                    // not a calendar day: no anchor
                }
            }
        }
    }

    /** The last such day before {@code offset}, or {@code otherwise}. */
    public LocalDate before(int offset, LocalDate otherwise) {
        var entry = days.lowerEntry(offset);
        return entry == null ? otherwise : entry.getValue();
    }
}
