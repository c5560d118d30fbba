package org.dateline.events;

import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The complements of a predicate that patterns test: the object words it has (the direct
 * object, prepositional objects, an infinitive's verb and object, of-phrases; for a noun its
 * modifiers), and the token in each target slot ("obj", "iobj", a preposition).
 */
final class Slots {
    private final Set<String> objectWords = new LinkedHashSet<>();
    private final Set<String> subjectWords = new LinkedHashSet<>();
    private final Map<String, Integer> targets = new HashMap<>();

    private Slots() {
    }

    static Slots of(DependencyTree tree, int p, boolean verb) {
        Slots s = new Slots();
        if (verb) {
            int obj = tree.child(p, "obj");
            int iobj = tree.child(p, "iobj");
            // "The Syrian Army was attacked by Israel": the passive's subject is the object acted on.
            int passive = -1;
            for (int c : tree.children(p)) {
                if (tree.relation(c).equals("nsubj:pass")) passive = c;
            }
            if (obj < 0 && passive >= 0) obj = passive;
            if (obj >= 0) {
                s.targets.put("obj", obj);
                s.addWords(tree, obj);
                // "fired dozens of rounds of artillery into the north": the parser hangs the
                // target on the last noun of the object's of-chain as often as on the verb.
                for (int k = obj, depth = 0; k >= 0 && depth < 3; k = ofPhrase(tree, k), depth++) {
                    s.addPrepositions(tree, k);
                }
            }
            if (obj < 0 && passive < 0) {
                // "wrote to the US Embassy asking for the immunity to be waived": a participle with
                // no object of its own asks whoever its verb addressed.
                int partner = addressee(tree, p);
                if (partner >= 0) s.targets.put("obj", partner);
            }
            if (iobj >= 0) s.targets.put("iobj", iobj);
            // "a car bomb exploded": with no object, what the subject names may say what was done,
            // as an object would ("exploded a car bomb"); only for patterns that need no target.
            int subject = tree.child(p, "nsubj");
            if (obj < 0 && subject >= 0) {
                Slots words = new Slots();
                words.addWords(tree, subject);
                s.subjectWords.addAll(words.objectWords);
            }
            s.addPrepositions(tree, p);
            // "fired rounds aimed at a loudspeaker": a phrase one clause down still says where.
            for (int c : tree.children(p)) {
                if (tree.is(c, "dep") || tree.is(c, "acl") || tree.is(c, "advcl")) s.addPrepositions(tree, c);
            }
            if (obj >= 0) {
                for (int c : tree.children(obj)) {
                    if (tree.is(c, "acl")) s.addPrepositions(tree, c);
                }
            }
            // "demanded that Russia pay its debts": the clause's subject is the one acted on and
            // its verb and object say what is wanted, as an infinitive's would.
            int ccomp = tree.child(p, "ccomp");
            if (obj < 0 && ccomp >= 0 && tree.sentence().token(ccomp).isVerb()) {
                int csubj = tree.child(ccomp, "nsubj");
                // "warned that if the regime does not stop, it will receive a crushing response":
                // "it" is whoever the condition names.
                if (csubj >= 0 && tree.sentence().token(csubj).pos().startsWith("PRP")) {
                    int condition = conditionSubject(tree, ccomp);
                    if (condition >= 0) csubj = condition;
                }
                if (csubj >= 0 && !tree.relation(csubj).equals("nsubj:pass")) {
                    s.targets.put("obj", csubj);
                    s.addWords(tree, ccomp);
                    int cobj = tree.child(ccomp, "obj");
                    if (cobj >= 0) s.addWords(tree, cobj);
                    s.addPrepositions(tree, ccomp);
                }
            }
            int xcomp = tree.child(p, "xcomp");
            if (xcomp >= 0) {
                // "considered the intrusion an act of provocation": the small clause's subject is
                // what the verb is about.
                int small = tree.child(xcomp, "nsubj");
                if (obj < 0 && small >= 0 && tree.sentence().token(xcomp).isNoun()) s.targets.put("obj", small);
                s.addWords(tree, xcomp);
                int xobj = tree.child(xcomp, "obj");
                if (xobj >= 0) {
                    s.addWords(tree, xobj);
                    s.targets.putIfAbsent("obj", xobj);
                }
                s.addPrepositions(tree, xcomp);
            }
        } else {
            s.addWords(tree, p);
            s.addPrepositions(tree, p);
        }
        return s;
    }

    /**
     * For a participle with no subject hung on a verb, that verb's object or to/with phrase, or
     * -1. The parser may hang it on that phrase's noun instead ("wrote to the embassy asking"):
     * then the noun is the one asked.
     */
    private static int addressee(DependencyTree tree, int p) {
        int head = tree.head(p);
        boolean participle = tree.sentence().token(p).pos().equals("VBG")
                && (tree.is(p, "dep") || tree.is(p, "acl") || tree.is(p, "advcl"));
        if (!participle || head < 0 || tree.child(p, "nsubj") >= 0) return -1;
        if (tree.is(p, "acl") && tree.sentence().token(head).isNoun()) {
            String prep = caseWord(tree, head);
            boolean addressed = tree.is(head, "obj") || tree.is(head, "obl") && ("to".equals(prep) || "with".equals(prep));
            return addressed ? head : -1;
        }
        if (!tree.sentence().token(head).isVerb()) return -1;
        for (int c : tree.children(head)) {
            if (c == p) continue;
            String prep = caseWord(tree, c);
            if (tree.is(c, "obj") || tree.is(c, "iobj")
                    || tree.is(c, "obl") && ("to".equals(prep) || "with".equals(prep))) {
                return c;
            }
        }
        return -1;
    }

    /** The subject of an if- or unless-clause of {@code verb}, or -1. */
    private static int conditionSubject(DependencyTree tree, int verb) {
        for (int c : tree.children(verb)) {
            if (!tree.is(c, "advcl")) continue;
            String mark = caseWord(tree, c);
            if ("if".equals(mark) || "unless".equals(mark)) return tree.child(c, "nsubj");
        }
        return -1;
    }

    /** The lemma of a token, with its modifiers ("human right abuse"), and of its of-phrase. */
    private void addWords(DependencyTree tree, int t) {
        Sentence s = tree.sentence();
        String lemma = word(s, t);
        objectWords.add(lemma);
        List<String> modifiers = new ArrayList<>();
        for (int c : tree.children(t)) {
            if (c < t && (tree.is(c, "compound") || tree.is(c, "amod"))) {
                modifiers.add(word(s, c));
                objectWords.add(word(s, c));
            }
        }
        if (!modifiers.isEmpty()) objectWords.add(String.join(" ", modifiers) + " " + lemma);
        // "dozens of rounds of artillery": every noun of the of-chain names what was done.
        String head = lemma;
        for (int c = ofPhrase(tree, t), depth = 0; c >= 0 && depth < 3; c = ofPhrase(tree, c), depth++) {
            String of = word(s, c);
            objectWords.add(of);
            objectWords.add(head + " of " + of);
            head = of;
        }
    }

    /**
     * A token's lemma as the dictionary writes it. The lemmatizer keeps some plurals whole
     * ("troops", "talks"); a plural noun whose lemma is its own form loses its -s.
     */
    static String word(Sentence s, int t) {
        var token = s.token(t);
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        boolean keptPlural = token.pos().startsWith("NNS") && lemma.equalsIgnoreCase(token.text())
                && lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss");
        return keptPlural ? lemma.substring(0, lemma.length() - 1) : lemma;
    }

    /** The noun of a token's of-phrase ("violation of the truce" → truce), or -1. */
    private static int ofPhrase(DependencyTree tree, int t) {
        for (int c : tree.children(t)) {
            if ((tree.is(c, "nmod") || tree.is(c, "obl")) && "of".equalsIgnoreCase(caseWord(tree, c))) return c;
        }
        return -1;
    }

    /** Prepositional complements of a token, by their preposition; their nouns count as object words too. */
    private void addPrepositions(DependencyTree tree, int t) {
        for (int c : tree.children(t)) {
            if (!tree.is(c, "obl") && !tree.is(c, "nmod") && !tree.is(c, "advcl")) continue;
            String prep = caseWord(tree, c);
            if (prep == null) continue;
            targets.putIfAbsent(prep, c);
            String lemma = word(tree.sentence(), c);
            objectWords.add(lemma);
            // "backed the government against the rebels": the preposition may say what the act is.
            objectWords.add(prep + " " + lemma);
            for (int m : tree.children(c)) {
                if (m < c && (tree.is(m, "compound") || tree.is(m, "amod"))) {
                    objectWords.add(word(tree.sentence(), m) + " " + lemma);
                }
            }
        }
    }

    private static String caseWord(DependencyTree tree, int t) {
        for (int c : tree.children(t)) {
            if (tree.is(c, "case") || tree.is(c, "mark")) return tree.sentence().token(c).text().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    boolean hasObject(List<String> wanted) {
        for (String w : wanted) {
            if (objectWords.contains(w)) return true;
        }
        return false;
    }

    /** Whether a pattern's object is there, its subject counting when the pattern may have no target. */
    boolean hasObject(EventPattern pattern) {
        if (hasObject(pattern.objects())) return true;
        if (!pattern.targets().contains("none")) return false;
        for (String w : pattern.objects()) {
            if (subjectWords.contains(w)) return true;
        }
        return false;
    }

    int target(String slot) {
        return targets.getOrDefault(slot, -1);
    }
}
