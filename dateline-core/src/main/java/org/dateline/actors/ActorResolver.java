package org.dateline.actors;

import org.dateline.model.Actor;
import org.dateline.nlp.DependencyTree;

import java.util.List;
import java.util.Locale;

/**
 * Which actor a token of a parsed sentence stands for: the mention on the token, else the
 * name inside its phrase (people first, the last one), but not a name that sits in a clause
 * or a to/with/by phrase of its own ("the protesters Wikinews interviewed", "a meeting with
 * Zarif"). Shared by the quote and event stages. Stateless.
 */
public final class ActorResolver {
    private ActorResolver() {
    }

    /**
     * @param limit tokens at or after this index are not part of the phrase (the verb, for a
     *              subject whose parse runs past it); -1 for no limit
     */
    public static ActorIndex.ActorMention at(ActorIndex actors, DependencyTree tree, int token, int limit) {
        return at(actors, tree, token, limit, true);
    }

    /**
     * @param speakerLike true for a subject: names in to/with/by phrases inside it are someone
     *                    else ("who spoke to the BBC"); false for an object or target, where
     *                    only names in clauses of their own are left out ("the ambassador to
     *                    China Anami Koreshige" is Anami)
     */
    public static ActorIndex.ActorMention at(ActorIndex actors, DependencyTree tree, int token, int limit, boolean speakerLike) {
        if (token < 0) return null;
        int sentence = tree.sentence().index();
        List<ActorIndex.ActorMention> inSentence = actors.mentionsIn(sentence);
        int from = tree.subtreeStart(token);
        int to = tree.subtreeEnd(token);
        if (limit >= 0 && to > limit && from < limit) to = limit;
        ActorIndex.ActorMention onHead = null;
        ActorIndex.ActorMention best = null;
        for (ActorIndex.ActorMention m : inSentence) {
            if (m.first() <= token && token < m.last()) onHead = m;
            if (m.first() < from || m.last() > to || m.form() == ActorIndex.Form.PRONOUN) continue;
            if (inClauseOrPhrase(tree, m.last() - 1, token, speakerLike)) continue;
            boolean person = m.actor().kind() == Actor.Kind.PERSON;
            boolean bestPerson = best != null && best.actor().kind() == Actor.Kind.PERSON;
            if (best == null || person && !bestPerson || person == bestPerson && m.first() > best.first()) best = m;
        }
        // A person named in the phrase outranks the body in their title ("UN coordinator Jan Egeland").
        if (onHead != null && (best == null || onHead.actor().kind() == Actor.Kind.PERSON
                || best.actor().kind() != Actor.Kind.PERSON)) {
            return onHead;
        }
        return best;
    }

    private static boolean inClauseOrPhrase(DependencyTree tree, int token, int head, boolean speakerLike) {
        for (int t = token, guard = 0; t >= 0 && t != head && guard < 20; t = tree.head(t), guard++) {
            if (t != token && tree.sentence().token(t).isVerb()) return true;
            if (tree.is(t, "acl")) return true;
            if (!speakerLike) continue;
            for (int c : tree.children(t)) {
                String w = tree.sentence().token(c).text().toLowerCase(Locale.ROOT);
                if (tree.is(c, "case") && (w.equals("to") || w.equals("with") || w.equals("by"))) return true;
            }
        }
        return false;
    }
}
