package org.dateline.events;

import org.dateline.actors.ActorIndex;
import org.dateline.actors.ActorResolver;
import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who stands on each side of a predicate: the actors a token names (with those coordinated
 * with it), the country or place a phrase names, the actor inside a thing's phrase ("Hamas
 * targets"), a state body's own country, the maker of an earlier request, and CAMEO's split
 * of violence by who does it to whom. Stateless.
 */
final class Sides {
    /** In someone's quote or report these are the speaker: "we will respond", "North Korea said it would attack". */
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "me", "it", "they");

    private Sides() {
    }

    /**
     * "Wu met with the Japanese ambassador and offered an apology for the incident": the
     * second of two verbs sharing a subject acts on the first one's object or partner when it
     * names none of its own.
     */
    static List<ActorRef> sharedTarget(DependencyTree tree, int p, EventCoder.Context c) {
        if (!tree.is(p, "conj") || tree.subject(p) >= 0) return new ArrayList<>();
        int first = tree.head(p);
        if (first < 0 || !tree.sentence().token(first).isVerb()) return new ArrayList<>();
        for (int ch : tree.children(first)) {
            if (ch == p || !(tree.is(ch, "obj") || tree.is(ch, "iobj") || tree.is(ch, "obl"))) continue;
            List<ActorRef> found = actorsAt(tree, ch, c, -1);
            if (!found.isEmpty()) return found;
        }
        return new ArrayList<>();
    }

    /** The actors a token names, with those coordinated with it ("Iran and Syria"). */
    static List<ActorRef> actorsAt(DependencyTree tree, int token, EventCoder.Context c, int limit) {
        List<ActorRef> out = new ArrayList<>();
        if (token < 0) return out;
        List<Integer> tokens = new ArrayList<>();
        tokens.add(token);
        for (int k = 0; k < tokens.size(); k++) {
            for (int ch : tree.children(tokens.get(k))) {
                if (tree.is(ch, "conj") && tree.sentence().token(ch).isNoun()) tokens.add(ch);
            }
        }
        for (int t : tokens) {
            ActorIndex.ActorMention m = ActorResolver.at(c.actors(), tree, t, limit, limit >= 0);
            if (m == null && isFirstPerson(tree.sentence().token(t).text())) {
                out.add(new ActorRef(null, tree.sentence().token(t).text(), null));
                continue;
            }
            // An organisation known only by the story's country ("a Volvo") is no political actor.
            boolean unplaced = m != null && m.actor().kind() == org.dateline.model.Actor.Kind.ORGANIZATION
                    && m.actor().code() != null && m.actor().code().length() == 3 && m.actor().title() == null
                    && m.actor().sector() == null && !m.actor().code().startsWith("IGO") && !m.actor().code().startsWith("NGO");
            if (m != null && !unplaced && out.stream().noneMatch(r -> r.actor().equals(m.actor().id()))) {
                if (m.actor().code() != null) {
                    out.add(ActorRef.of(m.actor()));
                } else if (m.actor().sector() != null && m.actor().country() == null) {
                    // "Rebels attacked a government convoy" in a story that names no country: CAMEO
                    // codes the role alone (REB, GOV), as it does for actors of no known country.
                    out.add(new ActorRef(m.actor().id(), m.actor().name(), m.actor().sector()));
                }
            }
        }
        return out;
    }

    static ActorRef countryIn(DependencyTree tree, int token, ActorIndex actors) {
        return countryIn(tree, token, actors, null);
    }

    /**
     * When the phrase of {@code token} names the country of {@code source} and another one,
     * that other country in the source's role ("ministers of India and Pakistan" → PAKGOV); else null.
     */
    static ActorRef otherCountryIn(DependencyTree tree, int token, ActorIndex actors, ActorRef source) {
        if (source.code() == null || source.code().length() < 3) return null;
        String own = source.code().substring(0, 3);
        Sentence s = tree.sentence();
        int start = s.token(tree.subtreeStart(token)).start();
        int end = s.token(tree.subtreeEnd(token) - 1).end();
        boolean ownNamed = false;
        String other = null;
        for (ActorIndex.CountryWord w : actors.countryWords()) {
            if (w.start() < start || w.end() > end) continue;
            if (w.country().equals(own)) ownNamed = true;
            else if (other == null) other = w.country();
        }
        if (!ownNamed || other == null) return null;
        return new ActorRef(null, other, other + sector(source.code()));
    }

    /** The first country named in a token's phrase other than {@code except}, or null. */
    static ActorRef countryIn(DependencyTree tree, int token, ActorIndex actors, String except) {
        Sentence s = tree.sentence();
        int start = s.token(tree.subtreeStart(token)).start();
        int end = s.token(tree.subtreeEnd(token) - 1).end();
        for (ActorIndex.CountryWord w : actors.countryWords()) {
            if (w.start() >= start && w.end() <= end && !w.country().equals(except)) {
                return new ActorRef(null, w.country(), w.country());
            }
        }
        return null;
    }

    /**
     * An attacker the text names only by the bomb: an armed
     * group (REB) of the country of the target, else of the place of the deed, else of the one
     * country the sentence names; null when there is none.
     */
    static ActorRef unnamedAttacker(List<ActorRef> targets, DependencyTree tree, int p, EventCoder.Context c) {
        String country = null;
        for (ActorRef t : targets) {
            if (t.code() != null && t.code().length() >= 3 && !ROLES_ALONE.contains(t.code())
                    && !t.code().startsWith("IGO") && !t.code().startsWith("NGO")) {
                country = t.code().substring(0, 3);
                break;
            }
        }
        if (country == null) {
            ActorRef place = locativePlace(tree, p, c.places());
            if (place != null) country = place.code();
        }
        if (country == null) {
            Sentence s = tree.sentence();
            for (ActorIndex.CountryWord w : c.actors().countryWords()) {
                if (w.start() >= s.start() && w.end() <= s.end()) {
                    country = w.country();
                    break;
                }
            }
        }
        return country == null ? null : new ActorRef(null, "unnamed attackers", country + "REB");
    }

    /** Whether a token is a common noun (no name, no pronoun): "the opposition leader", "the curfew". */
    static boolean isCommonNoun(DependencyTree tree, int token) {
        String pos = tree.sentence().token(token).pos();
        return pos.equals("NN") || pos.equals("NNS");
    }

    /**
     * The country of a state body (government, police, army, courts, security services) as the
     * target of its acts at home; null for anyone else: a country alone, citizens, parties, media.
     */
    static ActorRef ownCountry(ActorRef source) {
        String code = source.code();
        if (code == null || code.length() < 6 || !STATE_BODIES.contains(sector(code)) || code.startsWith("IGO")
                || code.startsWith("NGO")) {
            return null;
        }
        String country = code.substring(0, 3);
        return new ActorRef(null, country, country);
    }

    /**
     * The first actor named before a noun inside its phrase ("Hamas targets", "rebel-held
     * areas"), or null; what follows the noun ("a loudspeaker in the South that broadcasts
     * into the North") may be anyone's.
     */
    static ActorRef actorWithin(DependencyTree tree, int token, EventCoder.Context c) {
        int from = tree.subtreeStart(token);
        int to = token;
        for (int i = from; i < to; i++) {
            ActorIndex.ActorMention m = ActorResolver.at(c.actors(), tree, i, -1, false);
            if (m != null && m.actor().code() != null && m.first() >= from && m.last() <= to) return ActorRef.of(m.actor());
        }
        return null;
    }

    /** The country named before a noun in its phrase ("26 Palestinian prisoners"), or null. */
    static ActorRef countryBefore(DependencyTree tree, int token, ActorIndex actors) {
        Sentence s = tree.sentence();
        int start = s.token(tree.subtreeStart(token)).start();
        int end = s.token(token).start();
        for (ActorIndex.CountryWord w : actors.countryWords()) {
            if (w.start() >= start && w.end() <= end) return new ActorRef(null, w.country(), w.country());
        }
        return null;
    }

    static ActorRef placeIn(DependencyTree tree, int token, List<Place> places) {
        Sentence s = tree.sentence();
        int start = s.token(tree.subtreeStart(token)).start();
        int end = s.token(tree.subtreeEnd(token) - 1).end();
        for (Place p : places) {
            if (p.start() != null && p.start() >= start && p.end() <= end && p.country() != null) {
                return new ActorRef(null, p.name(), p.country());
            }
        }
        return null;
    }

    /** The country of a place in an in/at phrase of the predicate or of its object, as a target; null if none. */
    static ActorRef locativePlace(DependencyTree tree, int p, List<Place> places) {
        List<Integer> heads = new ArrayList<>(List.of(p));
        int obj = tree.child(p, "obj");
        if (obj >= 0) heads.add(obj);
        for (int h : heads) {
            for (int ch : tree.children(h)) {
                if (!tree.is(ch, "obl") && !tree.is(ch, "nmod")) continue;
                int caseWord = tree.child(ch, "case");
                if (caseWord < 0) continue;
                String w = tree.sentence().token(caseWord).text().toLowerCase(Locale.ROOT);
                if (!w.equals("in") && !w.equals("at") && !w.equals("near")) continue;
                ActorRef place = placeIn(tree, ch, places);
                if (place != null) return place;
            }
        }
        return null;
    }

    static boolean isFirstPerson(String word) {
        return word != null && FIRST_PERSON.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "The embassy declined the request": an answer to a request, demand, offer or proposal
     * that the sentence leaves unnamed goes to whoever last asked the answerer, earlier in
     * the story.
     */
    static List<ActorRef> whoAsked(DependencyTree tree, int object, ActorRef answerer, java.util.Collection<Event> earlier) {
        if (object < 0 || !ASKED.contains(tree.sentence().token(object).lemma().toLowerCase(Locale.ROOT))) return new ArrayList<>();
        ActorRef asker = null;
        for (Event e : earlier) {
            if (e.target() != null && e.source() != null && sameActor(e.target(), answerer)
                    && ASKING_ROOTS.contains(e.root())) {
                asker = e.source();
            }
        }
        return asker == null ? new ArrayList<>() : new ArrayList<>(List.of(asker));
    }

    static final Set<String> ASKED = Set.of("request", "demand", "offer", "proposal", "call", "appeal", "plea",
            "invitation", "ultimatum", "bid");

    /** Appeals (02), intents and offers (03), demands (10). */
    static final Set<String> ASKING_ROOTS = Set.of("02", "03", "10");

    static boolean sameActor(ActorRef a, ActorRef b) {
        if (a.actor() != null && a.actor().equals(b.actor())) return true;
        return a.code() != null && a.code().equals(b.code()) && a.name().equals(b.name());
    }

    /**
     * CAMEO keeps 19x for armed forces fighting: a bare attack or killing (190) of people who
     * do not fight is repression (175) when police or security services do it and
     * unconventional violence (180) when armed groups or criminals do; a bombing (183) by armed
     * forces is from the air (195); civilians' attacks ("rioters attacked police stations") are
     * violent protest (145). Null: keep the code.
     */
    static String oneSidedViolence(String code, ActorRef source, ActorRef target) {
        // "Syrian warplanes bombed rebel-held areas": armed forces bomb from the air (195), not as
        // the car and roadside bombs of 183 do.
        if (code.equals("183") && source.code() != null && sector(source.code()).equals("MIL")) return "195";
        if (!code.equals("190") || source.code() == null) return null;
        if (sector(source.code()).equals("CVL")) return "145";
        if (target == null || target.code() == null) return null;
        if (!UNARMED.contains(sector(target.code()))) return null;
        String by = sector(source.code());
        if (by.equals("COP") || by.equals("SPY")) return "175";
        if (by.equals("REB") || by.equals("CRM")) return "180";
        return null;
    }

    /**
     * The role of an actor code after its three-letter country or IGO/NGO prefix ("IRQCOP" is
     * COP); a code of a role alone ("REB", for rebels of no named country) is that role.
     */
    static String sector(String code) {
        return code.length() >= 6 ? code.substring(3, 6) : ROLES_ALONE.contains(code) ? code : "";
    }

    /** Roles that stand as a whole code when the story names no country. */
    static final Set<String> ROLES_ALONE = Set.of("GOV", "MIL", "COP", "REB", "CVL", "OPP", "JUD", "SPY", "LEG",
            "MED", "BUS", "EDU", "LAB", "REF", "REL", "HRI", "HLH", "ELI", "PTY", "AGR", "ENV", "CRM");

    /** Roles of the state's own bodies. */
    static final Set<String> STATE_BODIES = Set.of("GOV", "COP", "MIL", "JUD", "SPY", "LEG");

    /** Roles of people who do not bear arms. */
    static final Set<String> UNARMED = Set.of("CVL", "OPP", "EDU", "MED", "LAB", "REL", "HRI", "REF", "BUS",
            "AGR", "JUD", "ELI", "PTY", "HLH", "ENV", "LEG");
}
