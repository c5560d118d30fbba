package org.dateline.events;

import org.dateline.model.Event;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;

import java.util.Locale;
import java.util.Set;

/**
 * How a predicate is said: asserted, intended (will, plans to, a resolution to),
 * hypothetical (if, could, threatened to, and what is asked for), denied (denied, refused
 * to), negated ("did not meet"); whether its clause is in the past; and the CAMEO code of an
 * intended or threatened act (03x, 13x).
 */
final class Modality {
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "’ll", "wo");
    private static final Set<String> POSSIBLE = Set.of("could", "might", "may");
    static final Set<String> INTENT = Set.of("plan", "vow", "pledge", "intend", "want", "wish", "seek", "agree", "promise",
            "aim", "prepare", "decide", "hope", "offer", "continue", "expect", "try", "attempt", "propose", "resolve",
            // "said it was ready to resume talks", "expressed its readiness to cooperate"
            "ready", "willing", "prepared", "eager", "keen", "determined", "readiness", "willingness", "intention",
            "commitment", "desire");
    /**
     * Nouns of intent whose infinitive is the act intended: "its readiness to cooperate"; a
     * body's "resolution to expel US troops", "a bill to ban" are what it means to do.
     */
    static final Set<String> INTENT_NOUNS = Set.of("readiness", "willingness", "intention", "commitment", "desire",
            "plan", "offer", "pledge", "promise", "decision", "resolution", "bill", "motion");
    private static final Set<String> HYPOTHETICAL = Set.of("threaten", "warn", "consider", "mull", "weigh");
    /** Verbs whose infinitive is an act threatened: "threatened to launch rockets" is a threat (13x). */
    private static final Set<String> THREATEN = Set.of("threaten");
    private static final Set<String> DENY = Set.of("deny", "reject", "dismiss", "refute", "refuse", "decline");
    /** Verbs of asking: what they ask for ("demanded the release", "urged Iran to free") is not done. */
    private static final Set<String> WISHED = Set.of("demand", "call", "urge", "ask", "seek", "press", "request", "appeal",
            "push", "want", "encourage", "pressure", "invite");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    private Modality() {
    }

    /**
     * Whether the predicate is negated: "did not meet"; "does not dare to accuse Venezuela"
     * (a negated verb above an infinitive); "would not offer more aid" (a negated verb above
     * an event noun it governs).
     */
    static boolean negated(DependencyTree tree, int p) {
        Sentence s = tree.sentence();
        int h = p;
        for (int guard = 0; h >= 0 && guard < 4; guard++) {
            if (negatedHere(tree, h)) return true;
            boolean nounUnderVerb = !s.token(h).isVerb() && (tree.is(h, "obj") || tree.is(h, "nsubj:pass"))
                    && tree.head(h) >= 0 && s.token(tree.head(h)).isVerb();
            if (!tree.is(h, "xcomp") && !nounUnderVerb) break;
            h = tree.head(h);
        }
        return false;
    }

    private static boolean negatedHere(DependencyTree tree, int p) {
        for (int c : tree.children(p)) {
            String w = tree.sentence().token(c).text().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(w) && (tree.is(c, "advmod") || tree.is(c, "neg") || tree.is(c, "det"))) return true;
        }
        return false;
    }

    static Event.Modality of(DependencyTree tree, int p) {
        Sentence s = tree.sentence();
        // "will follow talks with X": a noun's modality is its verb's.
        if (!s.token(p).isVerb()) {
            // "considering sanctions", "denied any role in the killing": the verb that governs
            // the noun (through the nouns above it) may put it in doubt.
            int noun = p;
            int h = tree.head(p);
            for (int guard = 0; h >= 0 && !s.token(h).isVerb() && guard < 4 && (tree.is(noun, "obj") || tree.is(noun, "nmod")
                    || tree.is(noun, "compound") || tree.is(noun, "obl")); guard++) {
                noun = h;
                h = tree.head(h);
            }
            boolean complement = tree.is(noun, "obj") || tree.is(noun, "obl");
            if (h >= 0 && s.token(h).isVerb() && complement) {
                String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
                if (DENY.contains(lemma)) return Event.Modality.DENIED;
                if (HYPOTHETICAL.contains(lemma) || WISHED.contains(lemma)) return Event.Modality.HYPOTHETICAL;
            }
            // "talks will follow": the verb's modality is the noun's; but in "the imposition of
            // sanctions will not hurt Iran" the sanctions are real, whatever is said of them.
            if (h >= 0 && s.token(h).isVerb() && (noun == p || complement)) p = h;
        }
        // "a resolution to expel US troops", "its readiness to cooperate": the noun says it is meant.
        if (s.token(p).isVerb() && tree.is(p, "acl") && tree.head(p) >= 0
                && INTENT_NOUNS.contains(s.token(tree.head(p)).lemma().toLowerCase(Locale.ROOT))) {
            return Event.Modality.INTENDED;
        }
        // "whose duty it is to protect the borders", "the right to strike back", "efforts to
        // contain the fire": an infinitive that says what a noun is about is not a deed done.
        if (s.token(p).isVerb() && tree.is(p, "acl") && tree.head(p) >= 0 && s.token(tree.head(p)).isNoun()
                && infinitive(tree, p)) {
            return Event.Modality.HYPOTHETICAL;
        }
        for (int h = p, guard = 0; h >= 0 && guard < 5; h = tree.head(h), guard++) {
            for (int c : tree.children(h)) {
                String w = s.token(c).text().toLowerCase(Locale.ROOT);
                if (tree.is(c, "mark") && (w.equals("if") || w.equals("unless"))) return Event.Modality.HYPOTHETICAL;
                if (tree.is(c, "aux") && POSSIBLE.contains(w)) return Event.Modality.HYPOTHETICAL;
                if (h == p && tree.is(c, "aux") && FUTURE.contains(w)) return Event.Modality.INTENDED;
            }
            if (h != p) {
                String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
                if (DENY.contains(lemma)) return Event.Modality.DENIED;
                if ((HYPOTHETICAL.contains(lemma) || WISHED.contains(lemma)) && tree.is(p, "xcomp")) return Event.Modality.HYPOTHETICAL;
                if (INTENT.contains(lemma) && (tree.is(p, "xcomp") || tree.is(h, "xcomp"))) return Event.Modality.INTENDED;
                if (INTENT_NOUNS.contains(lemma) && tree.is(p, "acl") && h == tree.head(p)) return Event.Modality.INTENDED;
                // "expressed its readiness to cooperate", parsed with the infinitive on the verb
                int object = tree.child(h, "obj");
                if (tree.is(p, "xcomp") && h == tree.head(p) && object >= 0
                        && INTENT_NOUNS.contains(s.token(object).lemma().toLowerCase(Locale.ROOT))) {
                    return Event.Modality.INTENDED;
                }
            }
            if (!tree.is(h, "xcomp") && !tree.is(h, "conj")) break;
        }
        return Event.Modality.ASSERTED;
    }

    /**
     * Whether the predicate's clause is in the past: "claimed", "were hit", "started
     * supporting"; not "has been placed", "says", "will meet". A noun takes its verb's tense.
     */
    static boolean pastTense(DependencyTree tree, int p) {
        Sentence s = tree.sentence();
        int v = p;
        for (int guard = 0; v >= 0 && !s.token(v).isVerb() && guard < 4; guard++) v = tree.head(v);
        for (int guard = 0; v >= 0 && (tree.is(v, "xcomp") || tree.is(v, "conj")) && guard < 3; guard++) v = tree.head(v);
        if (v < 0 || !s.token(v).isVerb()) return false;
        boolean aux = false;
        for (int ch : tree.children(v)) {
            if (!tree.is(ch, "aux") && !tree.is(ch, "aux:pass")) continue;
            aux = true;
            String pos = s.token(ch).pos();
            if (pos.equals("VBD")) return true;
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return false;
        }
        String pos = s.token(v).pos();
        // A participle with no auxiliary heading a clause is a past tense the tagger misread.
        return pos.equals("VBD") || pos.equals("VBN") && !aux && (tree.head(v) < 0 || tree.is(v, "conj"));
    }

    /** Whether the predicate is the act of a "threatened to" infinitive: the event is the threat. */
    static boolean threatened(DependencyTree tree, int p) {
        Sentence s = tree.sentence();
        for (int q = p, guard = 0; tree.is(q, "xcomp") && guard < 3; q = tree.head(q), guard++) {
            int h = tree.head(q);
            if (h < 0) break;
            if (THREATEN.contains(s.token(h).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean infinitive(DependencyTree tree, int verb) {
        for (int c : tree.children(verb)) {
            if (tree.is(c, "mark") && tree.sentence().token(c).text().equalsIgnoreCase("to")) return true;
        }
        return false;
    }

    /**
     * "If Turkey does anything off limits, I will totally destroy its economy": a deed promised
     * on a condition is a threat, whatever the if-clause makes of it otherwise.
     */
    static boolean promisedOnACondition(DependencyTree tree, int p) {
        Sentence s = tree.sentence();
        int v = p;
        for (int guard = 0; v >= 0 && !s.token(v).isVerb() && guard < 3; guard++) v = tree.head(v);
        // "I will destroy and obliterate …": the second verb shares the first one's will and if.
        for (int guard = 0; v >= 0 && tree.is(v, "conj") && guard < 3; guard++) v = tree.head(v);
        if (v < 0) return false;
        boolean future = false;
        boolean condition = false;
        for (int c : tree.children(v)) {
            String w = s.token(c).text().toLowerCase(Locale.ROOT);
            if (tree.is(c, "aux") && FUTURE.contains(w)) future = true;
            if (tree.is(c, "advcl")) {
                for (int m : tree.children(c)) {
                    String mark = s.token(m).text().toLowerCase(Locale.ROOT);
                    if (tree.is(m, "mark") && (mark.equals("if") || mark.equals("unless"))) condition = true;
                }
            }
        }
        return future && condition;
    }

    /** The threat of an act: force 138, repression 137, sanctions and cuts 131, protest 133. */
    static String threatCode(String code) {
        return switch (code.substring(0, 2)) {
            case "13" -> code;
            case "14" -> "133";
            case "16" -> "131";
            case "17" -> "137";
            case "18", "19", "20" -> "138";
            default -> "130";
        };
    }

    /**
     * CAMEO codes what someone says they will do as intent or threat: "will cooperate" is
     * 03x (intend to cooperate), "will attack" is 138 (threaten force).
     */
    static String intentCode(String code) {
        String root = code.substring(0, 2);
        return switch (root) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            case "15", "16" -> "130";
            case "17" -> "137";
            case "18", "19", "20" -> "138";
            default -> code;
        };
    }
}
