package org.dateline.output;

import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Record;
import org.dateline.model.TimeExpression;

import java.util.List;
import java.util.function.Function;

/** A readable plain-text summary of a record, for {@code extract --format table}. */
public final class RecordTable {
    private static final int WIDTH = 100;

    private RecordTable() {
    }

    public static String format(Record r) {
        StringBuilder sb = new StringBuilder();
        sb.append("═".repeat(WIDTH)).append('\n');
        sb.append(r.id());
        if (r.title() != null) sb.append("  ").append(r.title());
        sb.append('\n');
        line(sb, "source", r.source());
        line(sb, "published", r.published());
        if (r.dateline() != null) line(sb, "dateline", r.dateline().place() + " (" + r.dateline().country() + ")");
        line(sb, "license", r.license());
        section(sb, "actors", r.actors(), a -> String.format("%-4s %-12s %-32s %s", a.id(), nz(a.code()),
                clip(a.name(), 32), mentions(a)));
        section(sb, "quotes", r.quotes(), RecordTable::quote);
        section(sb, "events", r.events(), RecordTable::event);
        section(sb, "times", r.times(), RecordTable::time);
        section(sb, "places", r.places(), RecordTable::place);
        return sb.toString();
    }

    private static String mentions(Actor a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.mentions().size()).append("× ");
        a.mentions().stream().map(m -> m.text()).distinct().limit(4).forEach(t -> sb.append('"').append(t).append("\" "));
        if (a.title() != null) sb.append("— ").append(clip(a.title(), 40));
        return sb.toString().strip();
    }

    private static String quote(Quote q) {
        String speaker = q.speaker() == null ? "(unnamed)" : q.speaker().name() + " " + nz(q.speaker().code());
        return String.format("%-8s %-28s %s", q.kind().name().toLowerCase(), clip(speaker, 28), clip("“" + q.text() + "”", 60));
    }

    private static String event(Event e) {
        return String.format("%-5s %-10s %-12s → %-12s %-10s %s", e.code(), e.plover() == null ? "" : e.plover().type(),
                e.source() == null ? "-" : nz(e.source().code()), e.target() == null ? "-" : nz(e.target().code()),
                nz(e.date()), clip(e.evidence() == null ? "" : e.evidence().text(), 40));
    }

    private static String time(TimeExpression t) {
        return String.format("%-30s %-12s %s", clip(t.text(), 30), t.value(), t.tense().name().toLowerCase());
    }

    private static String place(Place p) {
        return String.format("%-30s %-4s %s", clip(p.name(), 30), nz(p.country()),
                p.lat() == null ? "" : String.format("%.2f, %.2f", p.lat(), p.lon()));
    }

    private static <T> void section(StringBuilder sb, String name, List<T> items, Function<T, String> row) {
        sb.append(name).append(" (").append(items.size()).append(")\n");
        for (T item : items) sb.append("  ").append(row.apply(item)).append('\n');
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) sb.append(String.format("  %-10s %s%n", label, value));
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    static String clip(String s, int max) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
