package org.dateline.events;

import org.dateline.actors.ActorIndex;
import org.dateline.model.Actor;
import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.Sentence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The day of a story's news, for past deeds told without a time of their own. A sentence
 * outside quotes that opens with a past day of the last week ("On Wednesday, the German
 * government said …", "Yesterday, oil facilities … were hit") opens a frame, which lasts
 * until the next such sentence. Within a frame, a past-tense clause with no time takes the
 * frame's day when
 * <ul>
 * <li>it stands in the frame sentence's own paragraph, after it: the lead goes on telling
 *     that day ("… were hit. The Houthi movement claimed responsibility for the attacks"); or
 * <li>its source is who acted or spoke in the frame sentence: a government's spokesperson or
 *     leader for the government, a person only for that person ("Merkel demanded an
 *     explanation from Russia", two paragraphs after "On Wednesday, the German government said").
 * </ul>
 * Present and future clauses ("South Korea says the broadcasts will continue") are said on
 * the publication day, and frames further back than a week are background, not news.
 */
final class NewsDays {
    private static final int NEWS_WEEK = 7;
    /** How many words may come before a day that opens its sentence ("Late on Sunday,"). */
    private static final int OPENING = 2;

    private final List<Quote> quotes;
    private final ActorIndex actors;
    /** Frame sentences by start offset. */
    private final TreeMap<Integer, Frame> frames = new TreeMap<>();
    private final List<Integer> paragraphStarts = new ArrayList<>();

    private record Frame(Sentence sentence, String day) {
    }

    NewsDays(AnalyzedText text, List<TimeExpression> times, List<Quote> quotes, ActorIndex actors, LocalDate reference) {
        this.quotes = quotes;
        this.actors = actors;
        paragraphStarts.add(0);
        String t = text.text();
        for (int i = t.indexOf("\n\n"); i >= 0; i = t.indexOf("\n\n", i + 2)) paragraphStarts.add(i + 2);
        if (reference == null) return;
        for (TimeExpression time : times) {
            if (time.value().length() != 10 || insideQuote(time.start())) continue;
            LocalDate day = day(time.value());
            if (day == null || !day.isBefore(reference) || day.isBefore(reference.minusDays(NEWS_WEEK))) continue;
            Sentence s = text.sentenceAt(time.start());
            // The day must open the sentence, as a frame does ("On Wednesday, …"); "police
            // revealed on Saturday" dates the telling, not the deeds told around it.
            if (s != null && s.tokenAt(time.start()) <= OPENING) frames.putIfAbsent(s.start(), new Frame(s, time.value()));
        }
    }

    /**
     * The frame's day for a past deed by {@code source} told in {@code s} with no time, or
     * null when none applies. {@code earlier} are the events found before {@code s}. Words in
     * quotation marks ({@code byParagraph} false) are dated by their speaker alone: a news
     * agency's statement quoted after "Yesterday, North Korea fired …" is today's.
     */
    String dayOf(Sentence s, ActorRef source, boolean pastTense, boolean byParagraph, Collection<Event> earlier) {
        if (!pastTense) return null;
        Map.Entry<Integer, Frame> entry = frames.floorEntry(s.start());
        if (entry == null) return null;
        Frame frame = entry.getValue();
        if (frame.sentence().start() == s.start()) return null;
        if (byParagraph && paragraph(frame.sentence().start()) == paragraph(s.start())) return frame.day();
        return source != null && actedIn(frame.sentence(), source, earlier) ? frame.day() : null;
    }

    /** Whether {@code source} is, or speaks for, someone who acted or spoke in the frame sentence. */
    private boolean actedIn(Sentence frame, ActorRef source, Collection<Event> earlier) {
        List<ActorRef> there = new ArrayList<>();
        for (Event e : earlier) {
            if (e.evidence().start() >= frame.start() && e.evidence().start() < frame.end() && e.source() != null) {
                there.add(e.source());
            }
        }
        for (Quote q : quotes) {
            if (q.kind() != Quote.Kind.TERM && q.speaker() != null && q.start() >= frame.start() && q.start() < frame.end()) {
                there.add(q.speaker());
            }
        }
        for (ActorRef actor : there) {
            if (actor.actor() != null && actor.actor().equals(source.actor())) return true;
            // A body speaks through its members: the spokesperson, the chancellor.
            boolean body = kindOf(actor) != Actor.Kind.PERSON;
            if (body && actor.code() != null && actor.code().length() > 3 && actor.code().equals(source.code())) return true;
        }
        return false;
    }

    private Actor.Kind kindOf(ActorRef ref) {
        for (Actor a : actors.actors()) {
            if (a.id().equals(ref.actor())) return a.kind();
        }
        return null;
    }

    private int paragraph(int offset) {
        int n = 0;
        for (int i = 0; i < paragraphStarts.size() && paragraphStarts.get(i) <= offset; i++) n = i;
        return n;
    }

    private boolean insideQuote(int offset) {
        for (Quote q : quotes) {
            if (q.kind() != Quote.Kind.TERM && offset >= q.start() && offset < q.end()) return true;
        }
        return false;
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
