package org.dateline.store;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.InputException;
import org.dateline.ingest.Metadata;
import org.dateline.model.Actor;
import org.dateline.model.ActorRef;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Record;
import org.dateline.model.TimeExpression;
import org.dateline.testing.Corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles from the shared corpus and records built by hand from the model, without CoreNLP. */
final class Fixtures {
    private Fixtures() {
    }

    static Article corpus(String id) {
        try {
            return new ArticleReader().read(Corpus.txt(id), Metadata.EMPTY, p -> { });
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A syndicated copy: another publisher's headline and dateline, the same body without its
     * last paragraph, and a copyright footer.
     */
    static Article wireCopy(Article original, String id, String source, String headline, String dateline) {
        String[] paragraphs = original.text().strip().split("\n\\s*\n");
        StringBuilder body = new StringBuilder(headline).append("\n\n").append(dateline).append(" — ");
        // paragraphs[0] is the original headline; the last paragraph is dropped
        for (int i = 1; i < paragraphs.length - 1; i++) body.append(paragraphs[i]).append("\n\n");
        body.append("(c) ").append(source).append(". All rights reserved. Distributed by wire.\n");
        return Article.builder(id, body.toString()).title(headline).source(source).url("https://example.org/" + id)
                .published(original.published()).language(original.language()).license(original.license()).build();
    }

    static ActorRef ref(String id, String name, String code) {
        return new ActorRef(id, name, code);
    }

    /** An event whose evidence is the first occurrence of {@code phrase} (and later ones as further spans). */
    static Event event(Article a, String phrase, String code, int quad, double goldstein,
                       ActorRef source, ActorRef target, String date, Place place) {
        List<Mention> spans = spans(a.text(), phrase);
        if (spans.isEmpty()) throw new IllegalArgumentException("no '" + phrase + "' in " + a.id());
        return new Event(code, code.substring(0, 2), goldstein, quad, new Event.Plover("CONSULT", "meet"),
                source, target, date, false, place, source == null ? null : source.actor(), false,
                Event.Modality.ASSERTED, spans.get(0), spans);
    }

    static List<Mention> spans(String text, String phrase) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length())) {
            out.add(new Mention(i, i + phrase.length(), phrase));
        }
        return out;
    }

    /** A record of an article with these events; actors are the events' sides, with their mentions in the text. */
    static Record record(Article a, Event... events) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Event e : events) {
            for (ActorRef r : new ActorRef[] {e.source(), e.target()}) {
                if (r == null || actors.containsKey(r.actor())) continue;
                String code = r.code();
                actors.put(r.actor(), new Actor(r.actor(), r.name(), code, code.substring(0, 3),
                        code.length() > 3 ? code.substring(3) : null, null, Actor.Kind.PERSON,
                        spans(a.text(), r.name())));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        int open = a.text().indexOf('"');
        int close = open < 0 ? -1 : a.text().indexOf('"', open + 1);
        if (close > open + 1) {
            ActorRef speaker = events.length == 0 ? null : events[0].source();
            quotes.add(new Quote(a.text().substring(open + 1, close), Quote.Kind.DIRECT, open + 1, close, speaker, "said"));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (String day : List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
            int i = a.text().indexOf(day);
            if (i >= 0 && a.published() != null) {
                times.add(new TimeExpression(day, a.published().toString(), i, i + day.length(), TimeExpression.Tense.PAST));
            }
        }
        List<Place> places = new ArrayList<>();
        int berlin = a.text().indexOf("Berlin");
        if (berlin >= 0) places.add(new Place("Berlin", "DEU", 52.52, 13.40, berlin, berlin + 6));
        return new Record(a.id(), a.title(), a.source(), a.url(),
                a.published() == null ? null : a.published().toString(), "en", a.license(),
                new Dateline("Berlin", "DEU", 0, 0), new ArrayList<>(actors.values()), quotes, List.of(events),
                times, places);
    }

    static Article article(String id, String text, String source, LocalDate published) {
        return Article.builder(id, text).source(source).published(published).url("https://example.org/" + id)
                .language("en").authors(List.of("A. Writer", "B. Editor")).build();
    }
}
