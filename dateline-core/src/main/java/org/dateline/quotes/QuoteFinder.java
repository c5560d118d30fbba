package org.dateline.quotes;

import org.dateline.actors.ActorIndex;
import org.dateline.actors.ActorResolver;
import org.dateline.model.Actor;
import org.dateline.model.ActorRef;
import org.dateline.model.Quote;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the quotes of an article: direct speech between quotation marks and reported speech
 * after speech verbs, each with its speaker resolved to an actor. Only sentences with a
 * speech verb are parsed. A direct quote takes the speaker of the report it stands in (a
 * quoted fragment of reported speech), else of the speech verb next to it ("…,” he said),
 * else of the quote just before it when it carries straight on; otherwise it has no
 * speaker, and a short one with no speech around it is a term (a scare quote, a name), not
 * speech. Thread-safe.
 */
public final class QuoteFinder {
    private static final int TERM_WORDS = 4;

    private final ReportedSpeech reported;

    public QuoteFinder(SpeechVerbs verbs) {
        this.reported = new ReportedSpeech(verbs);
    }

    /**
     * @param parse the dependency parse of a sentence (called only for sentences with a speech verb)
     * @return the quotes in text order
     */
    public List<Quote> find(AnalyzedText text, ActorIndex actors, Function<Sentence, DependencyTree> parse) {
        String body = text.text();
        List<QuotedSpan> spans = QuotationMarks.find(body);
        List<Attribution> attributions = new ArrayList<>();
        java.util.function.IntPredicate insideSpeech = offset -> spans.stream().anyMatch(q -> q.contains(offset) && words(body, q) > 2);
        for (Sentence s : text.sentences()) {
            if (reported.mayReport(s, insideSpeech)) attributions.addAll(reported.find(parse.apply(s)));
        }
        // A speech verb inside someone's quoted words is part of what they said.
        attributions.removeIf(a -> insideSpeech.test(a.verbStart()));
        attributions.sort(Comparator.comparingInt(Attribution::verbStart));
        Map<Attribution, ActorRef> speakers = resolveSpeakers(attributions, actors);
        // "According to X" counts only when X is someone.
        attributions.removeIf(a -> a.verbText().equalsIgnoreCase("according") && speakers.get(a) == null);

        List<Quote> quotes = new ArrayList<>();
        List<Attribution> backed = new ArrayList<>();
        Map<Integer, ActorRef> quotationSpeaker = new HashMap<>();
        List<Quote> direct = new ArrayList<>();
        List<Integer> quotationOf = new ArrayList<>();
        Quote previousDirect = null;
        QuotedSpan previousSpan = null;
        Attribution previousAttribution = null;
        for (QuotedSpan q : spans) {
            int end = trimEnd(body, q.start(), q.end());
            if (end <= q.start()) continue;
            Attribution a = attributionOf(q, attributions, text);
            ActorRef speaker = a == null ? null : speakers.get(a);
            String verb = a == null ? null : a.verbText();
            if (a == null) {
                ActorIndex.ActorMention framing = framingSpeaker(q, text, actors);
                if (framing == null) framing = subjectOfQuotingVerb(q, text, actors, parse);
                if (framing != null) {
                    speaker = ActorRef.of(framing.actor());
                }
            }
            if (a == null && previousDirect != null && continues(previousSpan, previousAttribution, q, text, attributions)) {
                speaker = previousDirect.speaker();
                verb = previousDirect.verb();
            }
            // The quote is the report's own words, not a second statement beside it.
            if (a != null && covers(q, a) && a.charStart() >= q.open()) backed.add(a);
            if (speaker != null) quotationSpeaker.putIfAbsent(q.quotation(), speaker);
            boolean speech = a != null || speaker != null || words(body, q) > TERM_WORDS;
            Quote quote = new Quote(body.substring(q.start(), end), speech ? Quote.Kind.DIRECT : Quote.Kind.TERM,
                    q.start(), end, speaker, verb);
            direct.add(quote);
            quotationOf.add(q.quotation());
            if (speech) {
                previousDirect = quote;
                previousSpan = q;
                previousAttribution = a;
            }
        }
        // The paragraphs of one quotation share the speaker that any of them has.
        for (int k = 0; k < direct.size(); k++) {
            Quote d = direct.get(k);
            ActorRef shared = quotationSpeaker.get(quotationOf.get(k));
            if (d.speaker() == null && shared != null) {
                d = new Quote(d.text(), Quote.Kind.DIRECT, d.start(), d.end(), shared, d.verb());
            }
            quotes.add(d);
        }
        for (Attribution a : attributions) {
            if (backed.contains(a) || holdsAnother(a, attributions)) continue;
            int start = a.charStart();
            int end = a.charEnd();
            quotes.add(new Quote(body.substring(start, end), Quote.Kind.INDIRECT, start, end, speakers.get(a), a.verbText()));
        }
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparing(q -> q.kind().ordinal()));
        return quotes;
    }

    /**
     * A verb that no speech-verb list has but that frames the quote by its position:
     * "Johnson continued, “…”" or "“…,” Johnson went on." The actor named right next to it speaks.
     */
    private static ActorIndex.ActorMention framingSpeaker(QuotedSpan q, AnalyzedText text, ActorIndex actors) {
        Sentence s = text.sentenceAt(q.open());
        if (s != null) {
            int i = s.tokenAt(q.open()) - 1;
            while (i >= 0 && (s.token(i).text().equals(",") || s.token(i).text().equals(":"))) i--;
            if (i >= 1 && s.token(i).isVerb() && i < s.tokenAt(q.open()) - 1) {
                ActorIndex.ActorMention m = mentionEndingAt(actors, s, i);
                if (m != null) return m;
            }
        }
        int closeAt = q.close() < 0 ? -1 : q.close();
        Sentence after = closeAt < 0 ? null : text.sentenceAt(closeAt);
        if (after != null) {
            int i = after.tokenAt(closeAt) + 1;
            while (i < after.size() && after.token(i).text().equals(",")) i++;
            for (ActorIndex.ActorMention m : actors.mentionsIn(after.index())) {
                boolean verbThenName = i < after.size() && after.token(i).isVerb() && m.first() == i + 1;
                boolean nameThenVerb = m.first() == i && m.last() < after.size() && after.token(m.last()).isVerb();
                if (verbThenName || nameThenVerb) return m;
            }
        }
        return null;
    }

    /**
     * "Netanyahu denounced the agreement as “a historic mistake”": words quoted in what an
     * actor's verb says of something are that actor's, when the actor is its active subject.
     */
    private static ActorIndex.ActorMention subjectOfQuotingVerb(QuotedSpan q, AnalyzedText text, ActorIndex actors,
                                                               Function<Sentence, DependencyTree> parse) {
        Sentence s = text.sentenceAt(q.start());
        if (s == null || actors.mentionsIn(s.index()).isEmpty()) return null;
        DependencyTree tree = parse.apply(s);
        int first = s.tokenAt(q.start());
        for (int h = tree.head(first), guard = 0; h >= 0 && guard < 8; h = tree.head(h), guard++) {
            if (!s.token(h).isVerb() || s.token(h).start() >= q.start()) continue;
            for (int c : tree.children(h)) {
                if (tree.relation(c).equals("nsubj") && c < h) {
                    ActorIndex.ActorMention m = ActorResolver.at(actors, tree, c, h);
                    if (m != null) return m;
                }
            }
            return null;
        }
        return null;
    }

    private static ActorIndex.ActorMention mentionEndingAt(ActorIndex actors, Sentence s, int verb) {
        for (ActorIndex.ActorMention m : actors.mentionsIn(s.index())) {
            if (m.last() == verb || m.last() == verb - 1 && s.token(verb - 1).pos().startsWith("RB")) return m;
        }
        return null;
    }

    /** "NPR reported X recommended Y": the inner report is the statement; the outer one only carries it. */
    private static boolean holdsAnother(Attribution outer, List<Attribution> all) {
        for (Attribution inner : all) {
            if (inner != outer && inner.verbStart() >= outer.charStart() && inner.verbStart() < outer.charEnd()
                    && !inner.participle()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Speakers in text order: the actor the subject names; for "it" or "they", the organisation
     * or country that spoke last ("…”, it added").
     */
    private static Map<Attribution, ActorRef> resolveSpeakers(List<Attribution> attributions, ActorIndex actors) {
        Map<Attribution, ActorRef> speakers = new HashMap<>();
        ActorRef lastCollective = null;
        for (Attribution a : attributions) {
            ActorRef speaker = speakerOf(a, actors);
            if (speaker == null && a.speaker() >= 0 && lastCollective != null) {
                String w = a.tree().sentence().token(a.speaker()).text().toLowerCase(java.util.Locale.ROOT);
                if (w.equals("it") || w.equals("they")) speaker = lastCollective;
            }
            if (speaker != null && speaker.actor() != null && kindOf(speaker, actors) != Actor.Kind.PERSON) lastCollective = speaker;
            speakers.put(a, speaker);
        }
        return speakers;
    }

    private static Actor.Kind kindOf(ActorRef ref, ActorIndex actors) {
        for (Actor actor : actors.actors()) {
            if (actor.id().equals(ref.actor())) return actor.kind();
        }
        return null;
    }

    private static int words(String body, QuotedSpan q) {
        return body.substring(q.start(), q.end()).strip().split("\\s+").length;
    }

    /** The report a quoted span belongs to: the one whose content holds it, else the nearest verb beside it. */
    private static Attribution attributionOf(QuotedSpan q, List<Attribution> attributions, AnalyzedText text) {
        Attribution holding = null;
        for (Attribution a : attributions) {
            if (q.contains(a.verbStart())) continue; // a speech verb inside the quote speaks for someone quoted
            if (a.charStart() <= q.start() && q.end() <= a.charEnd() + 1
                    && (holding == null || a.charEnd() - a.charStart() < holding.charEnd() - holding.charStart())) {
                holding = a;
            }
        }
        if (holding != null) return holding;
        Sentence first = text.sentenceAt(q.open());
        Sentence last = text.sentenceAt(Math.max(q.start(), q.close() < 0 ? q.end() - 1 : q.close()));
        Attribution nearest = null;
        int best = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            if (q.contains(a.verbStart())) continue;
            boolean beside = first != null && a.sentence() == first.index() || last != null && a.sentence() == last.index();
            boolean introduces = first != null && a.sentence() == first.index() - 1 && endsWithColon(a);
            if (!beside && !introduces) continue;
            int distance = a.verbStart() < q.start() ? q.start() - a.verbStart() : a.verbStart() - q.end();
            if (distance < best) {
                best = distance;
                nearest = a;
            }
        }
        return nearest;
    }

    private static boolean endsWithColon(Attribution a) {
        Sentence s = a.tree().sentence();
        String last = s.token(s.size() - 1).text();
        return last.equals(":");
    }

    /** A report whose content is (mostly) this quote: the quote is its evidence, not a second statement. */
    private static boolean covers(QuotedSpan q, Attribution a) {
        int overlap = Math.min(q.end(), a.charEnd()) - Math.max(q.start(), a.charStart());
        int length = a.charEnd() - a.charStart();
        return length > 0 && overlap >= 0.6 * length;
    }

    /**
     * Whether a quote with no speech verb of its own carries straight on from the previous
     * one: it opens the next sentence or paragraph, and no report stands between them.
     */
    private static boolean continues(QuotedSpan previous, Attribution previousReport, QuotedSpan q, AnalyzedText text,
                                     List<Attribution> attributions) {
        if (previous == null) return false;
        int previousEnd = previous.close() < 0 ? previous.end() : previous.close();
        Sentence before = text.sentenceAt(previousEnd);
        Sentence here = text.sentenceAt(q.start());
        if (before == null || here == null || here.index() - before.index() > 1) return false;
        for (Attribution a : attributions) {
            if (a != previousReport && a.verbStart() > previousEnd && a.verbStart() < q.open()) return false;
        }
        // Only the attribution of the previous quote may stand between them ("…,” X said.¶“…”).
        Sentence last = text.sentenceAt(previousEnd);
        int gapStart = last == null ? previousEnd + 1 : Math.max(previousEnd + 1, last.end());
        String between = text.text().substring(Math.min(gapStart, q.open()), q.open()).strip();
        return between.isEmpty() || between.length() <= 2 || previous.close() < 0;
    }

    /**
     * The actor that the speaker token names: the mention on it, else the last name inside
     * its phrase, people first ("The BBC's Rachel Harvey", "a State Department spokesperson,
     * Morgan Ortagus,").
     */
    private static ActorRef speakerOf(Attribution a, ActorIndex actors) {
        if (a.speaker() < 0) return null;
        ActorRef named = namedSpeaker(a, actors);
        if (named != null) return named;
        // A name the actor stage did not take ("Ortagus said"): still the speaker, by name.
        org.dateline.nlp.Token t = a.tree().sentence().token(a.speaker());
        if (t.isProperNoun() && Character.isUpperCase(t.text().charAt(0))) {
            return new ActorRef(null, properName(a.tree().sentence(), a.speaker()), null);
        }
        return null;
    }

    private static String properName(Sentence s, int head) {
        int from = head;
        while (from > 0 && s.token(from - 1).isProperNoun()) from--;
        return s.tokens().subList(from, head + 1).stream().map(org.dateline.nlp.Token::text)
                .reduce((x, y) -> x + " " + y).orElse(s.token(head).text());
    }

    private static ActorRef namedSpeaker(Attribution a, ActorIndex actors) {
        ActorIndex.ActorMention m = ActorResolver.at(actors, a.tree(), a.speaker(), a.verb());
        return m == null ? null : ActorRef.of(m.actor());
    }

    private static int trimEnd(String body, int start, int end) {
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) end--;
        return end;
    }
}
