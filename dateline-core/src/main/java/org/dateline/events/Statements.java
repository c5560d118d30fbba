package org.dateline.events;

import org.dateline.actors.ActorIndex;
import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Events made of what is said: a statement is an event when its words say how the speaker
 * stands. "Shamkhani said the Israeli aggressions are unacceptable" is Iran criticising
 * Israel (111); "the envoy said he was pessimistic about a settlement in Syria" is a
 * pessimistic comment (012); "Li said he was optimistic that trade with Japan would recover"
 * an optimistic one (013). A word of blame comes before one of gloom, and gloom before hope.
 * The target is the first actor or country the statement names other than the speaker's own;
 * blame needs one, a mood may have none. Bare "said" is no event: the quote finder keeps it.
 */
final class Statements {
    private record Cue(String code, Set<String> words, boolean needsTarget) {
    }

    /** The bundled cue words, read once per JVM. */
    private static final List<Cue> CUES = List.of(new Cue("111", load("criticism-words.txt"), true),
            new Cue("012", load("pessimism-words.txt"), false),
            new Cue("013", load("optimism-words.txt"), false));

    private final CameoCodes codes;

    Statements(CameoCodes codes) {
        this.codes = codes;
    }

    List<Event> code(AnalyzedText text, EventCoder.Context c, NewsDays days, List<Event> earlier) {
        List<Event> out = new ArrayList<>();
        for (Quote q : c.quotes()) {
            if (q.kind() == Quote.Kind.TERM || q.speaker() == null || q.speaker().code() == null) continue;
            for (Cue cue : CUES) {
                int at = cueAt(text, q, cue.words());
                if (at < 0) continue;
                CameoCodes.Code cameo = codes.get(cue.code());
                String own = q.speaker().code().substring(0, Math.min(3, q.speaker().code().length()));
                ActorRef target = named(c, q, own, at);
                if (cameo == null || target == null && cue.needsTarget()) continue;
                out.add(said(text, c, days, earlier, q, cameo, target));
                break;
            }
        }
        return out;
    }

    private static Event said(AnalyzedText text, EventCoder.Context c, NewsDays days, List<Event> earlier, Quote q,
                              CameoCodes.Code cameo, ActorRef target) {
        Sentence s = text.sentenceAt(q.start());
        // Said when the frame says ("said on Tuesday"); a day inside the words is of the deed spoken of.
        List<TimeExpression> frame = c.times().stream().filter(t -> t.end() <= q.start() || t.start() >= q.end()).toList();
        TimeExpression time = s == null ? null : EventCoder.timeFor(frame, s, q.start());
        String newsDay = time == null && s != null
                ? days.dayOf(s, q.speaker(), saidInPast(s, q), q.kind() != Quote.Kind.DIRECT, earlier) : null;
        String date = time != null ? time.value() : newsDay != null ? newsDay : c.dayAt(q.start());
        Mention evidence = new Mention(q.start(), q.end(), q.text());
        return EventCoder.event(cameo, q.speaker(), target, date, time == null && newsDay == null, c.datelinePlace(),
                q.speaker().actor(), false, Event.Modality.ASSERTED, evidence);
    }

    /** Whether the verb that frames a quote is in the past tense ("said", not "says"). */
    private static boolean saidInPast(Sentence s, Quote q) {
        if (q.verb() == null) return false;
        for (Token t : s.tokens()) {
            if ((t.end() <= q.start() || t.start() >= q.end()) && t.text().equalsIgnoreCase(q.verb())) return t.pos().equals("VBD");
        }
        return false;
    }

    /** The offset of the first cue word (or two-word cue) in the quote, or -1. */
    private static int cueAt(AnalyzedText text, Quote q, Set<String> words) {
        for (Sentence s : text.sentences()) {
            if (s.end() <= q.start() || s.start() >= q.end()) continue;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (t.start() < q.start() || t.end() > q.end()) continue;
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (words.contains(lemma) || words.contains(t.text().toLowerCase(Locale.ROOT))) return t.start();
                if (i + 1 < s.size() && words.contains(lemma + " " + s.token(i + 1).lemma().toLowerCase(Locale.ROOT))) return t.start();
            }
        }
        return -1;
    }

    /** Who is spoken of: the first actor or country the statement names before its cue, else after it. */
    private static ActorRef named(EventCoder.Context c, Quote q, String ownCountry, int cue) {
        ActorRef before = named(c, q, ownCountry, q.start(), cue);
        // "was disappointed by the Parliament's decision": the one blamed may come after the word.
        return before != null ? before : named(c, q, ownCountry, cue, q.end());
    }

    private static ActorRef named(EventCoder.Context c, Quote q, String ownCountry, int from, int to) {
        ActorIndex.ActorMention firstMention = null;
        for (ActorIndex.ActorMention m : c.actors().mentions()) {
            if (m.start() < from || m.end() > to || m.form() == ActorIndex.Form.PRONOUN) continue;
            if (m.actor().code() == null || m.actor().code().startsWith(ownCountry) || m.actor().id().equals(q.speaker().actor())) continue;
            firstMention = m;
            break;
        }
        ActorIndex.CountryWord firstWord = null;
        for (ActorIndex.CountryWord w : c.actors().countryWords()) {
            if (w.start() < from || w.end() > to || w.country().equals(ownCountry)) continue;
            firstWord = w;
            break;
        }
        if (firstWord != null && (firstMention == null || firstWord.start() < firstMention.start())) {
            return new ActorRef(null, firstWord.country(), firstWord.country());
        }
        return firstMention == null ? null : ActorRef.of(firstMention.actor());
    }

    private static Set<String> load(String name) {
        try (InputStream in = Statements.class.getResourceAsStream("/org/dateline/events/" + name)) {
            if (in == null) throw new IllegalStateException(name + " is not bundled");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
