package org.dateline.model;

import java.util.List;

/**
 * What Dateline reads in one article: the contract of {@code record-format.md}.
 * {@code published} is the ISO date, or null when unknown.
 */
public record Record(String id, String title, String source, String url, String published,
                     String language, String license, Dateline dateline,
                     List<Actor> actors, List<Quote> quotes, List<Event> events,
                     List<TimeExpression> times, List<Place> places) {

    public Record {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        times = List.copyOf(times);
        places = List.copyOf(places);
    }
}
