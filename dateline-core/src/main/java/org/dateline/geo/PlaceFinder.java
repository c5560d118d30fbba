package org.dateline.geo;

import org.dateline.model.Place;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds the named places of an analysed text and geocodes them: every run of tokens the
 * recogniser tagged LOCATION, and proper nouns the gazetteer knows as countries. A run the
 * gazetteer does not know whole ("Baghdad International Airport") is placed by the
 * longest known name inside it. Thread-safe.
 */
public final class PlaceFinder {
    private final Gazetteer gazetteer;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @param contextCountries ISO3 codes of the story's countries, most relevant first */
    public List<Place> find(AnalyzedText text, Collection<String> contextCountries) {
        List<Place> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            int i = 0;
            while (i < s.size()) {
                Token t = s.token(i);
                boolean location = "LOCATION".equals(t.ner());
                boolean properNoun = t.isProperNoun() && !t.isEntity();
                if (!location && !properNoun) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < s.size() && (location ? "LOCATION".equals(s.token(end).ner())
                        : s.token(end).isProperNoun() && !s.token(end).isEntity())) {
                    end++;
                }
                Optional<Place> place = place(text.text(), s, i, end, contextCountries, location);
                place.ifPresent(out::add);
                i = end;
            }
        }
        return out;
    }

    private Optional<Place> place(String text, Sentence s, int from, int to, Collection<String> context, boolean location) {
        int start = s.token(from).start();
        int end = s.token(to - 1).end();
        String written = text.substring(start, end);
        Optional<GeoName> whole = gazetteer.lookup(written, context);
        if (whole.isPresent()) {
            GeoName g = whole.get();
            // An untagged proper noun counts only as a country name ("Iran" in "Iran-Syria").
            if (!location && g.kind() != GeoName.Kind.COUNTRY) return Optional.empty();
            return Optional.of(new Place(g.name(), g.country(), g.lat(), g.lon(), start, end));
        }
        if (!location) return Optional.empty();
        for (int len = to - from - 1; len >= 1; len--) {
            for (int a = from; a + len <= to; a++) {
                String part = text.substring(s.token(a).start(), s.token(a + len - 1).end());
                Optional<GeoName> g = gazetteer.lookup(part, context);
                if (g.isPresent()) {
                    return Optional.of(new Place(written, g.get().country(), g.get().lat(), g.get().lon(), start, end));
                }
            }
        }
        return Optional.of(new Place(written, null, null, null, start, end));
    }
}
