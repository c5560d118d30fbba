package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends one frequent parser error: a gerund after a preposition taken for an adjective of the
 * noun after it. In "retaliated by firing dozens of rounds" the parser may read "firing
 * dozens" as a kind of dozens; a gerund cannot follow "by" as an adjective would, so the
 * gerund heads the clause, the noun is its object and the preposition its mark.
 */
final class GerundRepair {
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("by", "after", "before", "while", "without", "through",
            "for");

    private GerundRepair() {
    }

    static List<Dependency> apply(Sentence s, List<Dependency> arcs) {
        int n = s.size();
        int[] head = new int[n];
        String[] rel = new String[n];
        java.util.Arrays.fill(head, -2);
        for (Dependency d : arcs) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                head[d.dependent()] = d.governor();
                rel[d.dependent()] = d.relation();
            }
        }
        boolean changed = false;
        for (int g = 1; g + 1 < n; g++) {
            int noun = g + 1;
            int prep = g - 1;
            boolean misread = s.token(g).pos().equals("VBG") && "amod".equals(rel[g]) && head[g] == noun
                    && s.token(noun).isNoun() && head[prep] == noun && "case".equals(rel[prep])
                    && CLAUSE_PREPOSITIONS.contains(s.token(prep).text().toLowerCase(Locale.ROOT));
            if (!misread) continue;
            head[g] = head[noun];
            rel[g] = "advcl";
            head[noun] = g;
            rel[noun] = "obj";
            head[prep] = g;
            rel[prep] = "mark";
            changed = true;
        }
        if (!changed) return arcs;
        List<Dependency> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (head[i] != -2) out.add(new Dependency(head[i], i, rel[i]));
        }
        return out;
    }
}
