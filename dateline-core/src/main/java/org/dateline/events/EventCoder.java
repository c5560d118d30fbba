package org.dateline.events;

import org.dateline.actors.ActorIndex;
import org.dateline.actors.ActorResolver;
import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Codes events on the dependency parse. A predicate (verb or event noun) of the event
 * dictionary with its object and target slot gives the CAMEO code; its subject (the agent
 * of a passive; for a noun, its possessor or the subject of the clause it sits in) is the
 * source; coordinated actors give an event per pair. Modality and negation come from
 * auxiliaries, "if" clauses, and verbs of intent above the predicate; an intended act is
 * coded as CAMEO codes intent (03: "will cooperate") or a threat (13: "will attack").
 * Events inside a quote carry the speaker as {@code reported_by}, and "we"/"I" there is the
 * speaker. One event per source, target, code and date: repeats add evidence. Thread-safe.
 */
public final class EventCoder {
    private static final Set<String> PARTICLES = Set.of("out", "back", "down", "off", "up", "over", "in");
    /**
     * Codes (by prefix) that CAMEO codes with a source alone when the text names no target:
     * protests and shows of force, and the statements and acts that are one side's own
     * ("declined to comment", "voiced optimism", "promised to hold elections", "declared a
     * ceasefire", "disarmed"). Warnings (012), claims and denials (015, 016) and withdrawals
     * mostly have a target the text names elsewhere, so alone they are left out: on the dev
     * articles they only added false events.
     */
    private static final Set<String> STANDS_ALONE = Set.of("14", "15", "011", "013", "014", "017", "034", "0871", "0873");
    /** Roots where a place can be the target ("shelled a town in South Korea"); not "returned to the US". */
    private static final Set<String> PLACE_TARGETS = Set.of("09", "10", "11", "12", "13", "15", "16", "17", "18", "19", "20");
    /**
     * Roots of deeds done to things, where the owner or place of the thing is the target:
     * "bombed Hamas targets", "shelled rebel-held areas of Aleppo", "released 26 Palestinian
     * prisoners", "lifted the curfew in Cairo", "delivered food to refugees in Chad".
     */
    private static final Set<String> THING_TARGETS = Set.of("07", "08", "17", "18", "19", "20");
    /**
     * Roots of acts a government does at home, to people or things the text names without a
     * country: "charged the opposition leader", "investigated the former security chief",
     * "lifted the state of emergency". CAMEO codes the target as the source's own country.
     */
    private static final Set<String> OWN_COUNTRY_TARGETS = Set.of("08", "09", "17");
    /** Roots of deeds done in a place (not words said there): its "in" phrase may give the target. */
    private static final Set<String> DEED_PLACE_TARGETS = Set.of("07", "09", "17", "18", "19", "20");

    /** Whether an event of this code is whole with no target (see STANDS_ALONE). */
    static boolean standsAlone(String code) {
        for (String prefix : STANDS_ALONE) {
            if (code.startsWith(prefix)) return true;
        }
        return false;
    }

    /** Whether an event of this code done by a state body at home may take its own country as target. */
    static boolean actsAtHome(String code) {
        return OWN_COUNTRY_TARGETS.contains(code.substring(0, 2));
    }

    /** Which modalities count as events in the default output (README "Events"). */
    public enum Scope { DEFAULT, ALL }

    private final EventPatterns patterns;
    private final CameoCodes codes;
    private final Scope scope;
    private final EarlierDeeds deeds;
    private final Statements statements;

    public EventCoder(EventPatterns patterns, CameoCodes codes, Scope scope) {
        this.patterns = patterns;
        this.codes = codes;
        this.scope = scope;
        this.deeds = new EarlierDeeds(patterns, codes);
        this.statements = new Statements(codes);
    }

    /** What the coder needs to know about the article besides its sentences. */
    public record Context(ActorIndex actors, List<Quote> quotes, List<TimeExpression> times, List<Place> places,
                          Place datelinePlace, LocalDate reference) {

        /**
         * The date of an event at {@code offset} whose clause names no time: the day the story
         * speaks from, as the annotation guide has it for a daily story ("statements with no time
         * word: the publication date"), flagged as assumed. Carrying the story's last named
         * day forward was tried and lost more than it won: a statement after "Yesterday, … were
         * hit" is today's.
         */
        String dayAt(int offset) {
            return reference == null ? null : reference.toString();
        }
    }

    /**
     * Whether a sentence is worth parsing for events (parsing is the costliest step): it has a
     * predicate of the dictionary and names two sides (actors or countries, a pronoun counting
     * for one), or one side and a predicate that may stand without a target.
     */
    public boolean mayHaveEvents(Sentence s, ActorIndex actors) {
        List<ActorIndex.ActorMention> mentions = actors.mentionsIn(s.index());
        if (mentions.isEmpty()) return false;
        long sides = mentions.size() + actors.countryWords().stream()
                .filter(w -> w.start() >= s.start() && w.end() <= s.end())
                .filter(w -> mentions.stream().noneMatch(m -> m.start() <= w.start() && w.end() <= m.end())).count();
        // "The embassy declined the request", "claimed responsibility for the attacks": a deed or
        // request told before stands for its parties.
        if (sides == 1 && deeds.refersBack(s, Sides.ASKED)) sides = 2;
        for (Token t : s.tokens()) {
            if (!t.isVerb() && !t.isNoun()) continue;
            // An event noun counts when a preposition follows it ("talks with", "attack on"):
            // most nouns of the dictionary, alone, name no interaction.
            boolean predicate = t.isVerb() || t.index() + 1 < s.size() && s.token(t.index() + 1).pos().equals("IN");
            if (!predicate) continue;
            if (sides >= 2 && patterns.isHead(t.lemma())) return true;
            // "a car bomb exploded outside a Shiite mosque": a bomb stands for its unnamed makers.
            if (t.isNoun() && EXPLOSIVES.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
            if (patterns.mayStandAlone(t.lemma())) return true;
        }
        return false;
    }

    public List<Event> code(AnalyzedText text, Context context, Function<Sentence, DependencyTree> parse) {
        Map<String, Event> merged = new LinkedHashMap<>();
        // Deeds whose doer the text has not named yet ("were hit by drone strikes"): not events
        // until someone claims them.
        List<Event> unclaimed = new ArrayList<>();
        NewsDays days = new NewsDays(text, context.times(), context.quotes(), context.actors(), context.reference());
        for (Sentence s : text.sentences()) {
            if (!mayHaveEvents(s, context.actors())) continue;
            DependencyTree tree = parse.apply(s);
            for (int p = 0; p < s.size(); p++) {
                Token t = s.token(p);
                List<EventPattern> candidates;
                if (t.isVerb()) candidates = patterns.verb(phrasalHead(tree, p));
                else if (Sides.isCommonNoun(tree, p) && !isLabel(tree, p)) candidates = patterns.noun(Slots.word(s, p)); // "in March" is no march
                else continue;
                if (candidates.isEmpty() && t.isVerb()) candidates = patterns.verb(t.lemma());
                if (candidates.isEmpty()) continue;
                for (Event e : eventsAt(text, tree, p, candidates, context, days, merged.values(), unclaimed)) {
                    if (e.source() == null) unclaimed.add(e);
                    else merged.merge(key(e), e, EventCoder::withMoreEvidence);
                }
            }
        }
        for (Event e : statements.code(text, context, days, new ArrayList<>(merged.values()))) {
            merged.merge(key(e), e, EventCoder::withMoreEvidence);
        }
        for (Event e : deeds.retold(text, context, new ArrayList<>(merged.values()))) {
            merged.merge(key(e), e, EventCoder::withMoreEvidence);
        }
        merged = facingTheAdversary(merged);
        return headlineDates(withoutLoneTwins(assumedDatesYield(merged.values())), text.text());
    }

    /**
     * "Chinese submarine enters Japanese waters" (the headline, dated by the story) and "on 10
     * November, a Chinese submarine entered Japanese waters": an interaction told once with a
     * date and again without is one event, on the date the text gives.
     */
    private static List<Event> assumedDatesYield(java.util.Collection<Event> events) {
        Map<String, Event> stated = new LinkedHashMap<>();
        for (Event e : events) {
            if (!e.dateAssumed()) stated.putIfAbsent(interaction(e), e);
        }
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : events) {
            Event dated = e.dateAssumed() ? stated.get(interaction(e)) : null;
            if (dated == null) {
                out.merge(key(e), e, EventCoder::withMoreEvidence);
            } else {
                out.merge(key(dated), withMoreEvidence(dated, e), EventCoder::withMoreEvidence);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * "Germany bans Mahan Air of Iran" over "Germany on Monday banned Iranian airline Mahan
     * Air": a headline tells the story's dated deeds in the present, so an event of the
     * headline with an assumed date takes the date of the story's telling between the same
     * two countries (of the same root if there is one).
     */
    private static List<Event> headlineDates(List<Event> events, String text) {
        int end = text.indexOf("\n\n");
        boolean headline = end > 0 && end < HEADLINE && !text.substring(0, end).strip().endsWith(".");
        if (!headline) return events;
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : events) {
            Event told = e.dateAssumed() && e.evidence().start() < end ? storyTelling(e, events, end) : null;
            Event dated = told == null ? e : e.withDate(told.date(), false);
            out.merge(key(dated), dated, EventCoder::withMoreEvidence);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * "spoke out against the attack, calling it an aggression on Iraq": when a sentence gives
     * an act of one source and root with a target, the same act without one is no other event.
     */
    private static List<Event> withoutLoneTwins(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean twin = e.target() == null && events.stream().anyMatch(o -> o != e && o.target() != null
                    && o.root().equals(e.root()) && side(o.source()).equals(side(e.source()))
                    && o.evidence().start() < e.evidence().end() && e.evidence().start() < o.evidence().end());
            if (!twin) out.add(e);
        }
        return out;
    }

    /** How long a first paragraph may be to be a headline. */
    private static final int HEADLINE = 200;

    private static Event storyTelling(Event headline, List<Event> events, int bodyStart) {
        Event sameDyad = null;
        for (Event e : events) {
            if (e.dateAssumed() || e.evidence().start() < bodyStart || e.source() == null || headline.source() == null
                    || !withinAWeek(e.date(), headline.date())) {
                continue;
            }
            if (!countryOf(e.source()).equals(countryOf(headline.source()))) continue;
            boolean sameTarget = headline.target() == null ? e.target() == null
                    : e.target() != null && countryOf(e.target()).equals(countryOf(headline.target()));
            if (!sameTarget) continue;
            if (e.root().equals(headline.root())) return e;
            if (sameDyad == null) sameDyad = e;
        }
        return sameDyad;
    }

    /** Whether {@code day} is a calendar day in the week up to {@code reference} ("Bush visits Canada" is not 2001's news). */
    private static boolean withinAWeek(String day, String reference) {
        try {
            LocalDate d = LocalDate.parse(day);
            LocalDate r = LocalDate.parse(reference);
            return !d.isAfter(r) && !d.isBefore(r.minusDays(7));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String interaction(Event e) {
        return side(e.source()) + "|" + side(e.target()) + "|" + e.code();
    }

    private static String phrasalHead(DependencyTree tree, int p) {
        int prt = tree.child(p, "compound:prt");
        // "pulled out of Gaza": the parser may take the particle for an adverb.
        if (prt < 0 && p + 1 < tree.sentence().size() && tree.head(p + 1) == p && tree.is(p + 1, "advmod")
                && PARTICLES.contains(tree.sentence().token(p + 1).text().toLowerCase(Locale.ROOT))) {
            prt = p + 1;
        }
        String lemma = tree.sentence().token(p).lemma().toLowerCase(Locale.ROOT);
        return prt >= 0 ? lemma + " " + tree.sentence().token(prt).text().toLowerCase(Locale.ROOT) : lemma;
    }

    // ---- one predicate ---------------------------------------------------------------------

    private List<Event> eventsAt(AnalyzedText text, DependencyTree tree, int p, List<EventPattern> candidates, Context c,
                                 NewsDays days, java.util.Collection<Event> earlier, List<Event> unclaimed) {
        boolean verb = tree.sentence().token(p).isVerb();
        Slots slots = Slots.of(tree, p, verb);
        // The dictionary's order: a pattern whose object is there, the longer object first; then
        // one whose preposition is there, then one whose object is an actor, then one with no target.
        EventPattern chosen = null;
        int target = -1;
        boolean targetless = false;
        int bestRank = Integer.MAX_VALUE;
        for (EventPattern pattern : candidates) {
            if (pattern.needsObject() && !slots.hasObject(pattern)) continue;
            int objectRank = pattern.needsObject() ? 10 - Math.min(9, pattern.specificity()) : 10;
            for (String slot : pattern.targets()) {
                int slotRank;
                int t = -1;
                if (slot.equals("none")) {
                    slotRank = 2;
                } else {
                    t = slots.target(slot);
                    if (t < 0) continue;
                    boolean objectSlot = slot.equals("obj") || slot.equals("iobj");
                    // "banned Mahan Air from flying": a clause after the preposition names no one, unless
                    // the parser gave it the one addressed as subject ("appealed to Spain to recognise").
                    if (!objectSlot && tree.sentence().token(t).isVerb() && tree.child(t, "nsubj") < 0) continue;
                    boolean actorObject = ActorResolver.at(c.actors(), tree, t, -1, false) != null;
                    // One meets or hosts someone, not something: "received Iranian assistance" is no visit.
                    boolean countryOfAThing = !pattern.code().startsWith("04") && Sides.countryIn(tree, t, c.actors()) != null;
                    if (objectSlot && !actorObject && !countryOfAThing && !pattern.code().startsWith("11")
                            && !(THING_TARGETS.contains(pattern.code().substring(0, 2)) && (Sides.actorWithin(tree, t, c) != null
                                    || Sides.placeIn(tree, t, c.places()) != null || Sides.locativePlace(tree, p, c.places()) != null))
                            && !(OWN_COUNTRY_TARGETS.contains(pattern.code().substring(0, 2)) && Sides.isCommonNoun(tree, t))) {
                        continue;
                    }
                    slotRank = objectSlot ? 1 : 0;
                }
                int rank = objectRank * 10 + slotRank;
                if (rank < bestRank) {
                    bestRank = rank;
                    chosen = pattern;
                    target = t;
                    targetless = slot.equals("none");
                }
                break;
            }
        }
        if (chosen == null) return List.of();
        // "demonstrates a complete lack of understanding", "rallied European leaders": with an
        // object these are no protest.
        if (verb && chosen.code().startsWith("14") && INTRANSITIVE_PROTEST.contains(tree.sentence().token(p).lemma().toLowerCase(Locale.ROOT))
                && tree.child(p, "obj") >= 0) {
            return List.of();
        }
        if (targetless) {
            // "urged Belarus to release prisoners": the object picks the code (0253), whose row
            // names no target; the head's other rows still say where its target stands.
            int other = targetOfAnyRow(candidates, slots, tree, c);
            if (other >= 0) {
                target = other;
                targetless = false;
            }
        }

        int sourceToken = source(tree, p, verb);
        List<ActorRef> sources = Sides.actorsAt(tree, sourceToken, c, p);
        List<ActorRef> targets = targetless || target < 0 ? new ArrayList<>() : Sides.actorsAt(tree, target, c, -1);
        boolean thing = THING_TARGETS.contains(chosen.code().substring(0, 2));
        if (targets.isEmpty() && target >= 0 && thing) {
            // "bombed Hamas targets", "shelled rebel positions": the actor named inside the object.
            ActorRef within = Sides.actorWithin(tree, target, c);
            if (within != null) targets = List.of(within);
        }
        if (targets.isEmpty() && target >= 0) {
            // "dismissed the claim from Berlin", "expelled the Russian diplomats": the country the phrase
            // names; for a release or easing only the country of what is released ("freed Palestinian
            // prisoners"), not of where it goes ("returned to the US").
            boolean objectTarget = tree.is(target, "obj") || tree.is(target, "iobj");
            ActorRef country = !chosen.code().startsWith("08") ? Sides.countryIn(tree, target, c.actors())
                    : objectTarget ? Sides.countryBefore(tree, target, c.actors()) : null;
            if (country != null) targets = List.of(country);
        }
        if (targets.isEmpty() && target >= 0 && thing) {
            ActorRef place = Sides.placeIn(tree, target, c.places());
            if (place != null) targets = List.of(place);
        }
        if (targets.isEmpty() && target >= 0 && PLACE_TARGETS.contains(chosen.code().substring(0, 2))) {
            // "fired at a loudspeaker in South Korea", "an explanation from Russia": a place stands for its country.
            ActorRef place = Sides.placeIn(tree, target, c.places());
            if (place != null) targets = List.of(place);
        }
        if (targets.isEmpty() && DEED_PLACE_TARGETS.contains(chosen.code().substring(0, 2))) {
            // "investigated war crimes in Libya", "killed 20 people at a market in Baghdad": where a
            // deed with no named victim happens stands for the country it was done to.
            ActorRef place = Sides.locativePlace(tree, p, c.places());
            if (place != null) targets = List.of(place);
        }
        if (targets.isEmpty() && !targetless && verb) targets = Sides.sharedTarget(tree, p, c);
        if (targets.isEmpty() && chosen.code().startsWith("12") && sources.size() == 1) {
            targets = Sides.whoAsked(tree, slots.target("obj"), sources.get(0), earlier);
        }
        String root = chosen.code().substring(0, 2);
        if (sources.isEmpty() && VIOLENCE.contains(root) && sourceToken >= 0 && Sides.isCommonNoun(tree, sourceToken)
                && EXPLOSIVES.contains(tree.sentence().token(sourceToken).lemma().toLowerCase(Locale.ROOT))) {
            // "a roadside bomb struck a convoy of Afghan soldiers": the bomb's unnamed makers are an
            // armed group of the country attacked, and what a bomb does is a bombing. (Other nouns
            // as subjects, "the attacks struck", "aggressions against", are events, not attackers.)
            ActorRef unnamed = Sides.unnamedAttacker(targets, tree, p, c);
            if (unnamed != null) sources = List.of(unnamed);
            if (chosen.code().equals("190") || chosen.code().equals("180")) {
                CameoCodes.Code bombing = codes.get("183");
                if (bombing != null) chosen = new EventPattern(bombing.code(), chosen.head(), chosen.verb(), chosen.objects(),
                        chosen.targets());
            }
        }
        if (sources.isEmpty() && VIOLENCE.contains(root) && sourceToken >= 0 && Sides.isCommonNoun(tree, sourceToken)
                && AIR_STRIKES.contains(tree.sentence().token(sourceToken).lemma().toLowerCase(Locale.ROOT))) {
            // "A US drone strike killed four militants": the country that struck from the air.
            ActorRef country = Sides.countryIn(tree, sourceToken, c.actors());
            if (country == null) country = Sides.actorWithin(tree, sourceToken, c);
            if (country != null && country.code() != null && country.code().length() > 3) {
                country = new ActorRef(null, country.name(), country.code().substring(0, 3));
            }
            CameoCodes.Code aerial = codes.get("195");
            if (country != null && aerial != null) {
                sources = List.of(new ActorRef(null, country.name(), country.code() + "MIL"));
                chosen = new EventPattern(aerial.code(), chosen.head(), chosen.verb(), chosen.objects(), chosen.targets());
            }
        }
        if (sources.isEmpty() && root.equals("15") && verb) {
            // "The Indian army was put on high alert": the force put on alert is the one showing force.
            int passive = tree.child(p, "nsubj:pass");
            if (passive >= 0) sources = Sides.actorsAt(tree, passive, c, p);
        }
        if (targets.isEmpty() && sources.size() == 1 && sourceToken >= 0 && tree.head(sourceToken) == p
                && RECIPROCAL.contains(root)) {
            // "The foreign ministers of India and Pakistan met", "Chinese and Russian defence ministers
            // consulted": the two sides of a meeting or a deal may both be named in the subject.
            ActorRef other = Sides.otherCountryIn(tree, sourceToken, c.actors(), sources.get(0));
            if (other != null) targets = List.of(other);
        }
        // "claimed responsibility for the attacks", "characterized the attack as a violation": a
        // deed told before. A claim or a retelling of the deed ("carried out the attack") acts on
        // its victim; words about it, on its doer.
        Event referent = null;
        boolean claim = chosen.code().startsWith("015");
        if (targets.isEmpty() && target >= 0 && deeds.refersBack(tree, target)) {
            List<Event> told = new ArrayList<>(earlier);
            told.addAll(unclaimed);
            referent = deeds.referent(text, told, Slots.word(tree.sentence(), target), tree.sentence());
            boolean retelling = referent != null && VIOLENCE.contains(root) && VIOLENCE.contains(referent.root());
            ActorRef side = referent == null ? null : claim || retelling ? referent.target() : referent.source();
            if (side != null) targets = List.of(side);
        }
        // "oil facilities were hit by drone strikes": a deed whose doer is not named waits for a claim.
        boolean doerUnnamed = sources.isEmpty() && VIOLENCE.contains(root) && !targets.isEmpty();
        if (sources.isEmpty() && !doerUnnamed) return List.of();
        ActorRef only = sources.size() == 1 ? sources.get(0) : null;
        if (only != null && !targets.isEmpty() && targets.stream().allMatch(t -> Sides.sameActor(only, t))) {
            // "deployed troops along its border with Iraq": the phrase's "its" is the source itself;
            // another country it names is the target, else the act has none.
            String code0 = only.code() == null ? "" : only.code();
            ActorRef other = target < 0 ? null : Sides.countryIn(tree, target, c.actors(), code0.substring(0, Math.min(3, code0.length())));
            targets = other == null ? List.of() : List.of(other);
        }
        // An easing at home names what it eases ("lifted the state of emergency"); a bare "released a
        // summary" is no release of people.
        // Standing down one's own forces ("suspended operations", 087) is done to no one at home.
        boolean atHome = OWN_COUNTRY_TARGETS.contains(chosen.code().substring(0, 2))
                && (chosen.needsObject() || !chosen.code().startsWith("08")) && !chosen.code().startsWith("087");
        if (targets.isEmpty() && atHome && (targetless || target >= 0) && !sources.isEmpty()) {
            ActorRef home = Sides.ownCountry(sources.get(0));
            if (home != null) targets = List.of(home);
        }
        // "Iran and Syria will continue cooperation", "India and Bangladesh signed an agreement":
        // coordinated sources with no target act on each other, unless the act stands alone.
        // ("friends and relatives of prisoners spoke" are one side, not two.)
        if (targets.isEmpty() && sources.size() > 1 && !(targetless && standsAlone(chosen.code()))
                && !java.util.Objects.equals(sources.get(0).code(), sources.get(1).code())) {
            targets = List.of(sources.get(1));
            sources = List.of(sources.get(0));
        }
        // An interaction needs someone on the other side; protests and shows of force stand alone,
        // and so does condemning a deed whose author the text does not name ("condemned the attack").
        boolean condemnsADeed = chosen.code().startsWith("11") && target >= 0;
        if (targets.isEmpty() && !standsAlone(chosen.code()) && !condemnsADeed) return List.of();
        // "calling it an aggression": a pronoun target outside the speaker's own words names no one.
        boolean spoken = hasSpeaker(quoteAt(c.quotes(), tree.sentence().token(p).start()));
        targets = targets.stream().filter(t -> t.code() != null || spoken).toList();
        if (targets.isEmpty() && !standsAlone(chosen.code()) && !condemnsADeed) return List.of();
        boolean negated = Modality.negated(tree, p);
        boolean threat = Modality.threatened(tree, p)
                || FORCE_AND_PUNISHMENT.contains(root) && Modality.promisedOnACondition(tree, p);
        Event.Modality modality = threat ? Event.Modality.ASSERTED : Modality.of(tree, p);
        if (scope == Scope.DEFAULT && (negated || modality == Event.Modality.HYPOTHETICAL || modality == Event.Modality.DENIED)) {
            return List.of();
        }
        String code = threat ? Modality.threatCode(chosen.code())
                : modality == Event.Modality.INTENDED ? Modality.intentCode(chosen.code()) : chosen.code();
        CameoCodes.Code cameo = codes.get(code);
        if (cameo == null) return List.of();

        Sentence s = tree.sentence();
        int charAt = s.token(p).start();
        Quote quote = quoteAt(c.quotes(), charAt);
        String reportedBy = quote != null && quote.speaker() != null ? quote.speaker().actor() : null;
        TimeExpression time = timeFor(c.times(), s, charAt);
        // An intent is expressed when it is said: "wishes to speak with Hu later this month"
        // dates the wish to the story's day, not to the meeting it hopes for.
        if (modality == Event.Modality.INTENDED && time != null && time.tense() != TimeExpression.Tense.PAST) {
            time = null;
        }
        boolean past = Modality.pastTense(tree, p);
        Place place = placeFor(tree, p, c.places(), c.datelinePlace());

        List<Event> out = new ArrayList<>();
        for (ActorRef source : doerUnnamed ? java.util.Collections.<ActorRef>singletonList(null) : sources) {
            if (source != null && quote != null && quote.speaker() != null && Sides.isFirstPerson(source.name())) source = quote.speaker();
            if (source != null && source.code() == null) continue; // "it", "we" with no speaker to stand for
            String newsDay = time == null ? days.dayOf(s, source, past, quote == null || quote.kind() != Quote.Kind.DIRECT, earlier) : null;
            String date = time != null ? time.value() : newsDay != null ? newsDay : c.dayAt(s.start());
            boolean assumed = time == null && newsDay == null;
            List<ActorRef> ts = targets.isEmpty() ? java.util.Collections.singletonList(null)
                    : targets.stream().map(t -> t.code() == null && quote != null && quote.speaker() != null ? quote.speaker() : t).toList();
            for (ActorRef tgt : ts) {
                // Force is not shown to one's own kind: "commanders of the army were dispatched to the troops".
                if (tgt != null && source != null && (Sides.sameActor(source, tgt) || root.equals("15")
                        && source.code() != null && source.code().equals(tgt.code()))) {
                    continue;
                }
                Mention evidence = sentenceSpan(text, s);
                CameoCodes.Code pairCode = cameo;
                String oneSided = source == null ? null : Sides.oneSidedViolence(cameo.code(), source, tgt);
                if (oneSided != null && codes.get(oneSided) != null) pairCode = codes.get(oneSided);
                out.add(event(pairCode, source, tgt, date, assumed, place, reportedBy, negated, modality, evidence));
            }
        }
        if (claim && referent != null && referent.source() == null && !out.isEmpty() && unclaimed.remove(referent)) {
            // The claim names the doer: the deed is now an event of its own, where and when it was told.
            out.add(referent.withSource(out.get(0).source()));
        }
        return out;
    }

    /**
     * The token in the first target slot, other than none, of any row of the head whose object
     * is there or that needs none; an object slot needs an actor or country, as in the main
     * choice. -1 when there is none.
     */
    private static int targetOfAnyRow(List<EventPattern> candidates, Slots slots, DependencyTree tree, Context c) {
        for (EventPattern pattern : candidates) {
            if (pattern.needsObject() && !slots.hasObject(pattern)) continue;
            for (String slot : pattern.targets()) {
                if (slot.equals("none")) continue;
                int t = slots.target(slot);
                if (t < 0) continue;
                boolean objectSlot = slot.equals("obj") || slot.equals("iobj");
                if (!objectSlot && tree.sentence().token(t).isVerb() && tree.child(t, "nsubj") < 0) continue;
                if (objectSlot && ActorResolver.at(c.actors(), tree, t, -1, false) == null && Sides.countryIn(tree, t, c.actors()) == null) {
                    continue;
                }
                return t;
            }
        }
        return -1;
    }

    /** The source token: the subject (by-agent of a passive), else the subject of the clause above. */
    private static int source(DependencyTree tree, int p, boolean verb) {
        Sentence sentence = tree.sentence();
        if (verb && sentence.token(p).pos().equals("VBG")
                && (tree.is(p, "acl") || tree.is(p, "dep") || p > 0 && sentence.token(p - 1).text().equals(","))) {
            // "posted a message on Twitter blaming Iran", "…, saying": the main clause's subject acts.
            for (int h = 0; h < p; h++) {
                if (!sentence.token(h).isVerb()) continue;
                for (int ch : tree.children(h)) {
                    if (tree.is(ch, "nsubj") && ch < h && !tree.relation(ch).equals("nsubj:pass")) return ch;
                }
            }
        }
        if (!verb) {
            int poss = tree.child(p, "nmod:poss");
            if (poss >= 0) return poss;
            // "strengthened security during the rally": a noun that only says when is no deed of the subject's.
            int when = tree.child(p, "case");
            if (when >= 0 && TIME_PREPOSITIONS.contains(sentence.token(when).text().toLowerCase(Locale.ROOT))) return -1;
            // "the authorities chose to suppress protests", "spoke out against the attack": one does
            // not do the deed one acts against, reports on or judges.
            int governor = tree.head(p);
            if (governor >= 0 && (tree.is(p, "obj") || tree.is(p, "obl")) && sentence.token(governor).isVerb()
                    && BESIDE_THE_DEED.contains(sentence.token(governor).lemma().toLowerCase(Locale.ROOT))) {
                return byPhrase(tree, p);
            }
            // "the bombing of the bus by Chechen militants", "an assassination attempt by separatists";
            // not a noun in another noun's of-phrase: "the imposition of sanctions by the U.S." may
            // name who imposed, or who is talked of.
            int by = tree.is(p, "nmod") ? -1 : byPhrase(tree, p);
            if (by < 0 && tree.is(p, "compound") && tree.head(p) >= 0) by = byPhrase(tree, tree.head(p));
            if (by >= 0) return by;
        }
        for (int h = p, guard = 0; h >= 0 && guard < 6; h = tree.head(h), guard++) {
            int subj = tree.subject(h);
            // "its readiness to cooperate": the noun's possessor intends
            if (h != p && Modality.INTENT_NOUNS.contains(sentence.token(h).lemma().toLowerCase(Locale.ROOT))
                    && tree.child(h, "nmod:poss") >= 0 && subj < 0) {
                return tree.child(h, "nmod:poss");
            }
            // "it was prepared to meet": a state of mind, not a passive; its subject is the one ready.
            boolean readiness = subj >= 0 && tree.agent(h) < 0 && Modality.INTENT.contains(sentence.token(h).lemma().toLowerCase(Locale.ROOT));
            if (subj >= 0 && tree.relation(subj).equals("nsubj:pass") && !readiness) return tree.agent(h);
            if (subj >= 0) return subj;
            // "The intrusion caused Japanese forces to go on alert": the one caused to act acts.
            int above = tree.head(h);
            if (tree.is(h, "xcomp") && above >= 0 && CAUSATIVE.contains(sentence.token(above).lemma().toLowerCase(Locale.ROOT))
                    && tree.child(above, "obj") >= 0) {
                return tree.child(above, "obj");
            }
            boolean intentNoun = tree.is(h, "acl") && tree.head(h) >= 0
                    && Modality.INTENT_NOUNS.contains(sentence.token(tree.head(h)).lemma().toLowerCase(Locale.ROOT));
            if (!(tree.is(h, "conj") || tree.is(h, "xcomp") || tree.is(h, "obl") || tree.is(h, "nmod") || !verb && h == p
                    || tree.is(h, "advcl") || tree.is(h, "obj") || intentNoun)) {
                break;
            }
        }
        return -1;
    }

    /** Verbs whose object does what their infinitive says: "caused X to go on alert", "forced X to withdraw". */
    private static final Set<String> CAUSATIVE = Set.of("cause", "force", "prompt", "compel", "lead", "push", "spur",
            "drive", "oblige");
    /** Verbs whose object deed is someone else's (see source). */
    private static final Set<String> BESIDE_THE_DEED = Set.of("suppress", "crush", "quell", "disperse", "ban", "prohibit",
            "condemn", "criticize", "criticise", "denounce", "oppose", "reject", "deny", "investigate", "probe", "end",
            "stop", "halt", "prevent", "block", "resist", "repel", "survive", "witness", "report", "cover", "describe",
            "welcome", "praise", "applaud", "justify", "defend", "cite", "mention", "discuss", "blame",
            "accuse", "characterize", "characterise", "consider", "call");

    /**
     * Prepositions that put a noun beside the clause's deed, not in it: time ("during the
     * rally") and reason or topic ("sanctioned Iran over alleged assassination plots", "blamed
     * Iran for the attacks", "protested against the war").
     */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("over", "for", "against", "about",
            "during", "after", "before", "since", "amid", "following",
            "despite", "until", "ahead", "throughout");

    /** The noun of a by-phrase that modifies a noun, or -1. */
    private static int byPhrase(DependencyTree tree, int noun) {
        for (int c : tree.children(noun)) {
            if (!tree.is(c, "nmod")) continue;
            for (int cc : tree.children(c)) {
                if (tree.is(cc, "case") && tree.sentence().token(cc).text().equalsIgnoreCase("by")) return c;
            }
        }
        return -1;
    }

    /**
     * "characterized the attack as a violation of Iraqi sovereignty", "described the move as
     * an act of aggression": an event noun in an as-phrase of a verb is a label put on
     * something, not an event of its own.
     */
    private static boolean isLabel(DependencyTree tree, int noun) {
        int head = tree.head(noun);
        if (head < 0 || !tree.sentence().token(head).isVerb()) return false;
        for (int c : tree.children(noun)) {
            if (tree.is(c, "case") && tree.sentence().token(c).text().equalsIgnoreCase("as")) return true;
        }
        return false;
    }

    /**
     * "North Korea's military has been placed on high alert", "Japanese forces went on alert": a
     * show of force that names no one is aimed at whoever the source's country is in conflict
     * with in the story, the other side of most of its conflict events (QuadClass 3 and 4).
     */
    private static Map<String, Event> facingTheAdversary(Map<String, Event> events) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : events.values()) {
            ActorRef adversary = e.target() == null && e.root().equals("15") ? adversaryOf(e.source(), events.values()) : null;
            Event placed = adversary == null ? e : e.withTarget(adversary);
            out.merge(key(placed), placed, EventCoder::withMoreEvidence);
        }
        return out;
    }

    private static ActorRef adversaryOf(ActorRef source, java.util.Collection<Event> events) {
        if (source == null || source.code() == null || source.code().length() < 3) return null;
        String own = source.code().substring(0, 3);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ActorRef> firstRef = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.quadClass() < 3 || e.source() == null || e.target() == null) continue;
            ActorRef other = countryOf(e.source()).equals(own) ? e.target() : countryOf(e.target()).equals(own) ? e.source() : null;
            if (other == null || countryOf(other).equals(own) || countryOf(other).isEmpty()) continue;
            counts.merge(countryOf(other), 1, Integer::sum);
            firstRef.putIfAbsent(countryOf(other), other);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(en -> firstRef.get(en.getKey())).orElse(null);
    }

    private static String countryOf(ActorRef r) {
        return r.code() == null || r.code().length() < 3 ? "" : r.code().substring(0, 3);
    }

    private static final Set<String> INTRANSITIVE_PROTEST = Set.of("demonstrate", "rally", "march");

    /** Whether a quote has a coded speaker, for whom a code-less "us" or "me" in it stands. */
    private static boolean hasSpeaker(Quote quote) {
        return quote != null && quote.speaker() != null && quote.speaker().code() != null;
    }

    /** Roots of deeds that, promised on a condition, are threats: force, punishment, coercion. */
    private static final Set<String> FORCE_AND_PUNISHMENT = Set.of("15", "16", "17", "18", "19", "20");

    /** Roots of acts done together, whose two sides a subject may name ("Israeli and Palestinian negotiators"). */
    private static final Set<String> RECIPROCAL = Set.of("03", "04", "05", "06");

    /** Subjects that are strikes from the air: their country's forces did what they did (195). */
    private static final Set<String> AIR_STRIKES = Set.of("strike", "airstrike", "air strike", "drone", "missile", "raid",
            "air raid", "bombardment");

    /** Roots of violence, whose unnamed bombers are still coded (see unnamedAttacker). */
    private static final Set<String> VIOLENCE = Set.of("18", "19", "20");

    /** Subjects that are bombs: what they strike or kill is a bombing (183). */
    private static final Set<String> EXPLOSIVES = Set.of("bomb", "blast", "explosion", "device", "explosive", "mine", "ied",
            "grenade", "bombing");

    // ---- when, where, evidence ---------------------------------------------------------------

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        Quote best = null;
        for (Quote q : quotes) {
            if (q.kind() == Quote.Kind.TERM || offset < q.start() || offset >= q.end()) continue;
            if (best == null || q.end() - q.start() < best.end() - best.start()) best = q;
        }
        return best;
    }

    /** The time expression of the predicate's sentence nearest to it. */
    static TimeExpression timeFor(List<TimeExpression> times, Sentence s, int offset) {
        TimeExpression best = null;
        for (TimeExpression t : times) {
            if (t.start() < s.start() || t.end() > s.end()) continue;
            if (best == null || Math.abs(t.start() - offset) < Math.abs(best.start() - offset)) best = t;
        }
        return best;
    }

    /** A place in a locative phrase of the predicate ("in Tehran"), else the dateline's. */
    private static Place placeFor(DependencyTree tree, int p, List<Place> places, Place dateline) {
        Sentence s = tree.sentence();
        for (int c : tree.children(p)) {
            if (!tree.is(c, "obl") && !tree.is(c, "nmod")) continue;
            int caseWord = tree.child(c, "case");
            if (caseWord < 0) continue;
            String w = s.token(caseWord).text().toLowerCase(Locale.ROOT);
            if (!w.equals("in") && !w.equals("at")) continue;
            int start = s.token(tree.subtreeStart(c)).start();
            int end = s.token(tree.subtreeEnd(c) - 1).end();
            for (Place place : places) {
                if (place.start() != null && place.start() >= start && place.end() <= end && place.lat() != null) return place;
            }
        }
        return dateline;
    }

    /** An event of one code, with the table's Goldstein score, QuadClass and PLOVER type. */
    static Event event(CameoCodes.Code cameo, ActorRef source, ActorRef target, String date, boolean dateAssumed,
                               Place place, String reportedBy, boolean negated, Event.Modality modality, Mention evidence) {
        return new Event(cameo.code(), cameo.root(), cameo.goldstein(), cameo.quadClass(),
                cameo.ploverType() == null ? null : new Event.Plover(cameo.ploverType(), cameo.ploverMode()),
                source, target, date, dateAssumed, place, reportedBy, negated, modality, evidence, List.of(evidence));
    }

    /** The evidence of an event: its sentence. */
    static Mention sentenceSpan(AnalyzedText text, Sentence s) {
        return new Mention(s.start(), s.end(), text.text().substring(s.start(), s.end()));
    }

    private static String key(Event e) {
        return side(e.source()) + "|" + side(e.target()) + "|" + e.code() + "|" + e.date();
    }

    private static String side(ActorRef r) {
        return r == null ? "-" : r.actor() != null ? r.actor() : r.name();
    }

    private static Event withMoreEvidence(Event first, Event again) {
        List<Mention> all = new ArrayList<>(first.mentions());
        for (Mention m : again.mentions()) {
            if (!all.contains(m)) all.add(m);
        }
        return first.withEvidence(first.evidence(), all);
    }
}
