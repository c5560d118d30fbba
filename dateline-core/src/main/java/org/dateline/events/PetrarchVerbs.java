package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a PETRARCH/TABARI verb dictionary:
 * <pre>
 * --- MEET  [040] ---        a verb block: its head and default code
 * MEET                       verb forms (ignored: Dateline matches lemmas)
 * - * WITH +  [040]          a pattern: * the verb, + the target, $ the source
 * - * + OF CORRUPTION [1121] literal words after the verb are objects; a preposition
 *                            before + is where the target is
 * </pre>
 * Words before the verb and synonym sets ({@code &}) are not used.
 */
final class PetrarchVerbs {
    private static final Pattern BLOCK = Pattern.compile("^-{3}\\s*([A-Z_]+)\\s*\\[(\\d{3,4})\\]\\s*-{3}");
    private static final Pattern LINE = Pattern.compile("^-\\s+(.*?)\\s*\\[(\\d{3,4})\\]");
    private static final Set<String> PREPOSITIONS = Set.of("with", "on", "against", "to", "at", "from", "for", "into",
            "about", "over", "in", "of", "by", "between", "toward", "towards");

    private PetrarchVerbs() {
    }

    static List<EventPattern> read(String file, String text) {
        List<EventPattern> out = new ArrayList<>();
        String head = null;
        int n = 0;
        for (String raw : text.split("\n")) {
            n++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.strip();
            if (line.isEmpty()) continue;
            Matcher b = BLOCK.matcher(line);
            if (b.find()) {
                head = b.group(1).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
                out.add(new EventPattern(b.group(2), head, true, List.of(), List.of("obj", "none")));
                continue;
            }
            Matcher p = LINE.matcher(line);
            if (p.find()) {
                if (head == null) throw new IllegalArgumentException(file + ":" + n + ": a pattern before any '--- VERB [CODE] ---' block");
                out.add(pattern(head, p.group(1), p.group(2)));
            }
        }
        return out;
    }

    private static EventPattern pattern(String head, String body, String code) {
        String[] words = body.split("\\s+");
        List<String> objects = new ArrayList<>();
        String target = null;
        boolean afterVerb = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT).replace('_', ' ').strip();
            if (w.equals("*")) {
                afterVerb = true;
                continue;
            }
            if (!afterVerb || w.isEmpty() || w.startsWith("&") || w.equals("$")) continue;
            if (w.equals("+")) {
                if (target == null) target = "obj";
                continue;
            }
            if (PREPOSITIONS.contains(w) && i + 1 < words.length && words[i + 1].equals("+")) {
                target = w;
                continue;
            }
            if (!PREPOSITIONS.contains(w)) objects.add(w);
        }
        return new EventPattern(code, head, true, List.copyOf(objects), List.of(target == null ? "none" : target));
    }
}
