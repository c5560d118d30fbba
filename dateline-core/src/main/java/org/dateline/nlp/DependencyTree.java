package org.dateline.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's dependency parse as a tree over token indexes: heads, relations, children
 * and subtree extents. Immutable.
 */
public final class DependencyTree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    public DependencyTree(Sentence sentence, List<Dependency> arcs) {
        int n = sentence.size();
        this.sentence = sentence;
        this.head = new int[n];
        this.relation = new String[n];
        this.children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "root";
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : arcs) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d.dependent());
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int head(int token) {
        return head[token];
    }

    /** The relation of a token to its head ("nsubj", "obj", "ccomp", "obl"…); "root" for the root. */
    public String relation(int token) {
        return relation[token];
    }

    /** Whether the token's relation is {@code rel} or a subtype of it ("nsubj:pass" is an "nsubj"). */
    public boolean is(int token, String rel) {
        String r = relation[token];
        return r.equals(rel) || r.startsWith(rel + ":");
    }

    public List<Integer> children(int token) {
        return children.get(token);
    }

    /** The first child with relation {@code rel} (or a subtype), or -1. */
    public int child(int token, String rel) {
        for (int c : children.get(token)) {
            if (is(c, rel)) return c;
        }
        return -1;
    }

    /**
     * The subject of a verb: of two subjects a weak parse may give, the one nearest before
     * the verb; -1 for none.
     */
    public int subject(int verb) {
        int subj = -1;
        for (int c : children(verb)) {
            if (is(c, "nsubj") && (subj < 0 || c < verb && c > subj)) subj = c;
        }
        return subj;
    }

    /** The by-phrase of a passive ("was attacked by Israel"): its noun, or -1. */
    public int agent(int verb) {
        for (int c : children(verb)) {
            if (!is(c, "obl")) continue;
            for (int cc : children(c)) {
                if (is(cc, "case") && sentence.token(cc).text().equalsIgnoreCase("by")) return c;
            }
        }
        return -1;
    }

    /** The lowest token index in the subtree of {@code token}. */
    public int subtreeStart(int token) {
        int min = token;
        for (int c : children.get(token)) min = Math.min(min, subtreeStart(c));
        return min;
    }

    /** One past the highest token index in the subtree of {@code token}. */
    public int subtreeEnd(int token) {
        int max = token + 1;
        for (int c : children.get(token)) max = Math.max(max, subtreeEnd(c));
        return max;
    }
}
