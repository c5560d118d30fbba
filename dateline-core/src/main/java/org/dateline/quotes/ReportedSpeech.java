package org.dateline.quotes;

import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported speech on a dependency parse: a speech verb, its speaker (the subject; the
 * subject of the verb it is coordinated with or hangs on, for "thanked Iran and said …" and
 * "…, warning that …"; the agent of a passive) and its content (the content clause; the
 * rest of the sentence for "Iran will respond, he said"; the object and its complement for
 * "urged the embassy to reconsider"); and "according to X, …".
 */
final class ReportedSpeech {
    private static final Set<String> EXPLETIVES = Set.of("it", "there");
    private static final Set<String> LEADING = Set.of("that", ",", ":", "-", "--", "—", "–", "whether", "if");
    private static final Set<String> TRAILING = Set.of(",", ".", ";", ":", "-", "--", "—", "–");

    private final SpeechVerbs verbs;

    ReportedSpeech(SpeechVerbs verbs) {
        this.verbs = verbs;
    }

    /**
     * Whether a sentence has anything this class could find, so is worth parsing: a verb of
     * speech, "according to", or a verb of thought with "that" right after it ("believes
     * that"); parsing is the costliest step, and a bare "think" or "expect" rarely reports.
     */
    boolean mayReport(Sentence s, java.util.function.IntPredicate quoted) {
        for (Token t : s.tokens()) {
            // A speech verb inside someone's quoted words is part of what they said.
            if (quoted.test(t.start())) continue;
            if (t.text().equalsIgnoreCase("according")) return true;
            if (!t.isVerb()) continue;
            SpeechVerbs.Verb verb = verbs.verb(t.lemma());
            if (verb == null) continue;
            if (!verb.cognition()) return true;
            int next = t.index() + 1;
            if (next < s.size() && s.token(next).text().equalsIgnoreCase("that")) return true;
        }
        return false;
    }

    List<Attribution> find(DependencyTree tree) {
        List<Attribution> out = new ArrayList<>();
        Sentence s = tree.sentence();
        for (int v = 0; v < s.size(); v++) {
            Token t = s.token(v);
            if (t.text().equalsIgnoreCase("according") && v + 1 < s.size() && s.token(v + 1).text().equalsIgnoreCase("to")) {
                Attribution a = accordingTo(tree, v);
                if (a != null) out.add(a);
                continue;
            }
            if (!t.isVerb()) continue;
            SpeechVerbs.Verb verb = verbs.verb(t.lemma());
            if (verb == null || attributive(s, v)) continue;
            Attribution a = ofVerb(tree, v, verb);
            if (a != null) out.add(a);
        }
        return out;
    }

    private Attribution ofVerb(DependencyTree tree, int v, SpeechVerbs.Verb verb) {
        Sentence s = tree.sentence();
        int[] content = null;
        if (verb.takesClause()) {
            int c = tree.child(v, "ccomp");
            if (c < 0) c = clauseChild(tree, v);
            if (c >= 0) {
                content = new int[] {tree.subtreeStart(c), tree.subtreeEnd(c)};
                // "indicated the United States was disappointed": a parse that took the
                // clause's subject for the verb's object still reports it.
                int o = tree.child(v, "obj");
                if (o > v && o < content[0] && c > v && adjacent(s, tree.subtreeEnd(o), content[0])) {
                    content[0] = tree.subtreeStart(o);
                }
            } else if ((tree.is(v, "parataxis") || tree.is(v, "ccomp") || tree.is(v, "dep")) && tree.head(v) >= 0
                    && tree.subtreeStart(v) > 0 && isBoundary(s.token(tree.subtreeStart(v) - 1).text())) {
                // "Iran will respond, he said": the verb hangs on what was said.
                int h = tree.head(v);
                int vs = tree.subtreeStart(v);
                int ve = tree.subtreeEnd(v);
                content = vs > h ? new int[] {tree.subtreeStart(h), vs} : new int[] {ve, tree.subtreeEnd(h)};
            }
        }
        if (content == null && verb.takesObject()) {
            int o = tree.child(v, "obj");
            // "confirmed the report" and "urged the embassy to reconsider" report; "announced any plans" does not.
            if (o >= 0 && verb.content() == SpeechVerbs.Content.BOTH && !verbs.isSpeechNoun(s.token(o).lemma())
                    && !hasComplementAfter(tree, v, o)) {
                o = -1;
            }
            if (o >= 0) {
                int end = tree.subtreeEnd(o);
                for (int c : tree.children(v)) {
                    if (c > o && (tree.is(c, "xcomp") || tree.is(c, "obl") || tree.is(c, "advcl") && s.token(c).pos().equals("VB"))) {
                        end = Math.max(end, tree.subtreeEnd(c));
                    }
                }
                content = new int[] {tree.subtreeStart(o), end};
            }
        }
        if (content == null && verb.takesClause()) {
            content = surfaceClause(s, v);
        }
        if (content == null) return null;
        content = trim(s, content[0], cut(s, content[0], content[1]));
        if (content != null) content = withoutAddressee(tree, v, content);
        if (content == null || content[1] - content[0] < 2 && !quoted(s, content[0])) return null;
        if (content[0] <= v && v < content[1]) return null; // the verb inside its own content: a bad parse

        boolean participle = false;
        int speaker = subject(tree, v);
        if (speaker < 0 && tree.head(v) >= 0 && (tree.is(v, "conj") || tree.is(v, "xcomp"))) {
            speaker = subject(tree, tree.head(v));
        }
        String pos = s.token(v).pos();
        if (pos.equals("VBG") || pos.equals("VBN") && speaker < 0) {
            // "…, warning that …", "a message blaming Iran": the speaker of the clause above.
            participle = afterComma(s, v);
            int main = participle ? mainSubject(tree, v) : -1;
            if (main >= 0) speaker = main;
            if (speaker < 0) speaker = climbingSubject(tree, v);
        }
        if (speaker < 0) speaker = surfaceSubject(s, v, content);
        // "is to encourage more trade": an infinitive with no one saying it is a purpose, not a report.
        if (speaker < 0 && v > 0 && s.token(v - 1).pos().equals("TO")) return null;
        return new Attribution(tree, v, speaker, content[0], content[1], participle);
    }

    /**
     * A clause hanging on the verb as parataxis or an unlabelled dependent: after it, or
     * before it when a comma or quotation mark sets it off ("“…”, it added").
     */
    private static int clauseChild(DependencyTree tree, int v) {
        Sentence s = tree.sentence();
        for (int c : tree.children(v)) {
            if (!tree.is(c, "parataxis") && !tree.is(c, "dep")) continue;
            if (!s.token(c).isVerb() && tree.child(c, "nsubj") < 0 && tree.child(c, "cop") < 0) continue;
            if (c > v) return c;
            int end = tree.subtreeEnd(c);
            if (end < s.size() && end <= v && isBoundary(s.token(end).text())) return c;
            if (end > 0 && end <= v && isBoundary(s.token(end - 1).text())) return c;
        }
        return -1;
    }

    /** "told reporters that …", "warned Congress that …": the one told is not what was said. */
    private static int[] withoutAddressee(DependencyTree tree, int v, int[] content) {
        Sentence s = tree.sentence();
        for (int c : tree.children(v)) {
            if (!tree.is(c, "obj") && !tree.is(c, "iobj")) continue;
            int end = tree.subtreeEnd(c);
            if (tree.subtreeStart(c) == content[0] && end < content[1] && s.token(end).text().equalsIgnoreCase("that")) {
                return new int[] {end + 1, content[1]};
            }
        }
        return content;
    }

    private static boolean hasComplementAfter(DependencyTree tree, int v, int o) {
        for (int c : tree.children(v)) {
            if (c > o && (tree.is(c, "xcomp") || tree.is(c, "obl") && tree.sentence().token(tree.subtreeStart(c)).text().equalsIgnoreCase("as"))) {
                return true;
            }
        }
        return false;
    }

    /** No comma, colon, quotation mark or "that" between two token positions ("told the BBC, “…”" is not). */
    private static boolean adjacent(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).text();
            if (isBoundary(w) || w.equals(":") || w.equalsIgnoreCase("that")) return false;
        }
        return true;
    }

    /** "the stated goals": a participle used as an adjective reports nothing. */
    private static boolean attributive(Sentence s, int v) {
        if (v == 0 || v + 1 >= s.size()) return false;
        String before = s.token(v - 1).pos();
        return (s.token(v).pos().equals("VBN") || s.token(v).pos().equals("VBG"))
                && (before.equals("DT") || before.equals("PRP$") || before.startsWith("JJ")) && s.token(v + 1).isNoun();
    }

    private static boolean afterComma(Sentence s, int v) {
        for (int i = v - 1; i >= 0; i--) {
            if (s.token(i).text().equals(",")) return true;
            if (!s.token(i).pos().startsWith("RB") && !isQuoteMark(s.token(i).text())) return false;
        }
        return false;
    }

    /**
     * Where reported content stops: at a semicolon, at a colon, or before a participle
     * clause that makes a report of its own ("…, further saying …", "…, warning that …").
     */
    private static int cut(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = s.token(i).text();
            if (w.equals(";") || w.equals(":")) return i;
            if (w.equals(",")) {
                int j = i + 1;
                while (j < to && (s.token(j).pos().startsWith("RB") || isQuoteMark(s.token(j).text()))) j++;
                if (j < to && s.token(j).pos().equals("VBG")) return i;
            }
        }
        return to;
    }

    private static boolean isBoundary(String w) {
        return w.equals(",") || isQuoteMark(w) || w.equals("--") || w.equals("—");
    }

    /**
     * Where the parse found no content clause (news parses are not always right): after
     * "that" within the next few words ("said on Tuesday that …", "told reporters that …"),
     * else from the next word when it starts a noun phrase ("said the talks …"), up to a
     * semicolon or a participle clause.
     */
    private static int[] surfaceClause(Sentence s, int v) {
        int start = -1;
        for (int i = v + 1; i < s.size() && i <= v + 8; i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("that")) {
                start = i + 1;
                break;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";") || s.token(i).isVerb()) break;
            if (w.equals("there")) break;
        }
        if (start < 0 && v + 1 < s.size()) {
            String pos = s.token(v + 1).pos();
            if (pos.equals("DT") || pos.startsWith("PRP") || pos.startsWith("NN") || pos.equals("JJ") || pos.equals("CD")
                    || pos.equals("EX") || s.token(v + 1).text().equalsIgnoreCase("there")) {
                start = v + 1;
            }
        }
        if (start < 0 || start >= s.size()) return null;
        int end = start;
        while (end < s.size()) {
            String w = s.token(end).text();
            if (w.equals(";")) break;
            if (w.equals(",") && end + 1 < s.size() && s.token(end + 1).pos().equals("VBG")) break;
            end++;
        }
        // A clause needs a finite verb of its own, before any comma, "to" or relative pronoun:
        // "said the talks will go on", not "announced any plans to remove the troops".
        for (int i = start; i < end; i++) {
            Token t = s.token(i);
            String pos = t.pos();
            boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
                    // a subjunctive after its subject: "recommended the troops withdraw", "urged the immunity be waived"
                    || pos.equals("VB") && i > start && s.token(i - 1).isNoun();
            if (finite) return new int[] {start, end};
            if (t.text().equals(",") || pos.equals("TO") || pos.startsWith("W") || t.isVerb()) return null;
        }
        return null;
    }

    /** The subject of the first verb before {@code v} that has one: who "…, saying …" is about. */
    private static int mainSubject(DependencyTree tree, int v) {
        for (int h = 0; h < v; h++) {
            if (!tree.sentence().token(h).isVerb()) continue;
            int subj = subject(tree, h);
            if (subj >= 0 && subj < h) return subj;
        }
        return -1;
    }

    /** The subject of the nearest verb above that has one: the speaker of "…, warning that …". */
    private static int climbingSubject(DependencyTree tree, int v) {
        for (int h = tree.head(v), guard = 0; h >= 0 && guard < 8; h = tree.head(h), guard++) {
            int subj = subject(tree, h);
            if (subj >= 0 && tree.sentence().token(h).isVerb()) return subj;
        }
        return -1;
    }

    /** The noun phrase right before the verb ("Shamkhani also said"), or right after it ("said KCNA"). */
    private static int surfaceSubject(Sentence s, int v, int[] content) {
        for (int i = v - 1; i >= 0 && i >= v - 4; i--) {
            Token t = s.token(i);
            if (t.isNoun() || t.pos().equals("PRP")) return i;
            if (!t.pos().startsWith("RB") && !t.pos().equals("MD") && !t.isVerb()) break;
        }
        if (content[1] <= v && v + 1 < s.size() && (s.token(v + 1).isNoun() || s.token(v + 1).pos().equals("PRP"))) {
            int i = v + 1;
            while (i + 1 < s.size() && s.token(i + 1).isNoun()) i++;
            return i;
        }
        return -1;
    }

    /** The subject of a verb, the agent of a passive, or -1 for none or an expletive "it". */
    private static int subject(DependencyTree tree, int v) {
        int subj = tree.subject(v);
        if (subj >= 0 && tree.relation(subj).equals("nsubj:pass")) {
            int agent = tree.agent(v);
            if (agent >= 0) return agent;
        }
        if (subj >= 0 && EXPLETIVES.contains(tree.sentence().token(subj).text().toLowerCase(Locale.ROOT))) {
            return tree.agent(v);
        }
        return subj;
    }

    /** "According to X, …": X speaks; the rest of the sentence is what was said. */
    private static Attribution accordingTo(DependencyTree tree, int according) {
        Sentence s = tree.sentence();
        int source = tree.head(according);
        if (source < 0 || tree.relation(according).equals("root")) {
            source = according + 2 < s.size() ? according + 2 : -1;
        }
        if (source < 0) return null;
        int phraseStart = according;
        int phraseEnd = Math.max(tree.subtreeEnd(source), according + 2);
        if (tree.subtreeStart(source) < phraseStart && tree.head(source) >= 0) {
            phraseEnd = according + 2;
        }
        int[] content;
        if (phraseStart <= 1) {
            content = trim(s, phraseEnd, s.size());
        } else {
            content = trim(s, 0, phraseStart);
        }
        if (content == null || content[1] - content[0] < 3) return null;
        return new Attribution(tree, according, source, content[0], content[1], false);
    }

    private static boolean quoted(Sentence s, int i) {
        return i > 0 && isQuoteMark(s.token(i - 1).text());
    }

    static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("«") || w.equals("»");
    }

    /** Drops a leading "that" and punctuation at both ends; null when nothing is left. */
    private static int[] trim(Sentence s, int a, int b) {
        while (a < b && LEADING.contains(s.token(a).text().toLowerCase(Locale.ROOT))) a++;
        while (b > a && TRAILING.contains(s.token(b - 1).text())) b--;
        return a < b ? new int[] {a, b} : null;
    }
}
