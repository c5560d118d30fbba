package org.dateline.events;

import org.dateline.internal.Tsv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event dictionary by head lemma: the bundled {@code event-patterns.tsv}, plus user
 * files in the same format or in the PETRARCH verb-dictionary format. Immutable.
 */
public final class EventPatterns {
    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;
    /** The verbs of phrasal heads ("blow" of "blow up"). */
    private final java.util.Set<String> phrasalVerbs;

    private EventPatterns(Map<String, List<EventPattern>> verbs, Map<String, List<EventPattern>> nouns) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.phrasalVerbs = verbs.keySet().stream().filter(h -> h.indexOf(' ') > 0).map(h -> h.substring(0, h.indexOf(' ')))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static final class Holder {
        static final EventPatterns STANDARD = build(new ArrayList<>(), List.of());
    }

    public static EventPatterns standard() {
        return Holder.STANDARD;
    }

    /** The bundled patterns and the user's files (Dateline TSV, or PETRARCH verb dictionaries). */
    public static EventPatterns withFiles(List<Path> files) throws IOException {
        return files.isEmpty() ? standard() : build(new ArrayList<>(), files);
    }

    private static EventPatterns build(List<EventPattern> all, List<Path> files) {
        for (Map<String, String> row : Tsv.bundled("/org/dateline/events/event-patterns.tsv")) all.add(fromRow(row));
        for (Path f : files) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.lines().anyMatch(l -> l.startsWith("code\t"))) {
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        for (Map<String, String> row : Tsv.read(f.toString(), r)) all.add(fromRow(row));
                    }
                } else {
                    all.addAll(PetrarchVerbs.read(f.toString(), text));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException(f + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        Map<String, List<EventPattern>> verbs = new HashMap<>();
        Map<String, List<EventPattern>> nouns = new HashMap<>();
        for (EventPattern p : all) {
            (p.verb() ? verbs : nouns).computeIfAbsent(p.head(), k -> new ArrayList<>()).add(p);
        }
        return new EventPatterns(freeze(verbs), freeze(nouns));
    }

    private static Map<String, List<EventPattern>> freeze(Map<String, List<EventPattern>> m) {
        Map<String, List<EventPattern>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    static EventPattern fromRow(Map<String, String> row) {
        String code = row.get("code");
        if (code == null || !code.matches("\\d{3,4}")) throw new IllegalArgumentException("bad code '" + code + "'");
        return new EventPattern(code, row.get("head").toLowerCase(Locale.ROOT), !"n".equals(row.get("pos")),
                split(row.get("object")), split(row.get("target")).isEmpty() ? List.of("none") : split(row.get("target")));
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split("\\|")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    List<EventPattern> verb(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    List<EventPattern> noun(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Whether some pattern of this head is a protest, a show of force, a condemnation or a state
     * body's deed at home, which need no named target.
     */
    boolean mayStandAlone(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        for (Map<String, List<EventPattern>> m : List.of(verbs, nouns)) {
            for (EventPattern p : m.getOrDefault(l, List.of())) {
                if (EventCoder.standsAlone(p.code()) || p.code().startsWith("11") || EventCoder.actsAtHome(p.code())) return true;
            }
        }
        return false;
    }

    /** Whether a lemma heads a pattern, the verb of a phrasal verb ("blow" of "blow up") too. */
    public boolean isHead(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return verbs.containsKey(l) || nouns.containsKey(l) || phrasalVerbs.contains(l);
    }

    public int size() {
        return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum();
    }
}
