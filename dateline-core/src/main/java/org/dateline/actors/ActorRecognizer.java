package org.dateline.actors;

import org.dateline.model.Actor;
import org.dateline.model.Mention;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and codes the actors of an analysed article. Codes come from the text first
 * (titles, appositives, organisation names), then from the dated office-holders, then from
 * the story's home country (its dateline, else the country it names most). Thread-safe.
 */
public final class ActorRecognizer {
    private final Dictionaries dictionaries;
    private final Function<String, String> placeCountry;
    private final MentionFinder finder;

    /**
     * @param placeCountry the ISO3 country of a place name, or null when it is not a place
     *                     (lets "Northamptonshire police" be British)
     */
    public ActorRecognizer(Dictionaries dictionaries, Function<String, String> placeCountry) {
        this.dictionaries = dictionaries;
        this.placeCountry = placeCountry;
        this.finder = new MentionFinder(placeCountry);
    }

    /**
     * @param date        the date the article speaks from, for dated office-holders; may be null
     * @param homeCountry the dateline's country, or null to take the country named most
     */
    public ActorIndex recognize(AnalyzedText text, LocalDate date, String homeCountry) {
        Coreference coreference = new Coreference(dictionaries.officeHolders(), date, dictionaries::genderOf);
        Map<String, Integer> countryCounts = new LinkedHashMap<>();
        List<SentenceView> views = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            SentenceView view = new SentenceView(text.text(), sentence, dictionaries.lexicon());
            views.add(view);
            countCountries(view, countryCounts);
            countPlaces(view, countryCounts);
            coreference.link(finder.find(view));
        }
        String home = home(homeCountry, countryCounts);
        coreference.mergeCountriesIntoGovernments();
        return build(coreference.entities(), views, home);
    }

    /**
     * The country words of a sentence, counted once per phrase; where the story happens
     * ("in Iraq") counts twice what it talks about ("Iraq said").
     */
    static void countCountries(SentenceView view, Map<String, Integer> counts) {
        view.forEachCountryPhrase((m, e) -> {
            int weight = m.first() > 0 && MentionFinder.isLocative(view.lower(m.first() - 1)) ? 2 : 1;
            counts.merge(e.country(), weight, Integer::sum);
        });
    }

    /** Places the dictionaries do not know as countries ("Watford", "Northamptonshire") count for theirs. */
    private void countPlaces(SentenceView view, Map<String, Integer> counts) {
        int i = 0;
        while (i < view.size()) {
            if (!"LOCATION".equals(view.token(i).ner()) || view.cover[i] != null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < view.size() && "LOCATION".equals(view.token(end).ner()) && view.cover[end] == null) end++;
            String country = placeCountry.apply(view.span(i, end));
            if (country != null) counts.merge(country, 2, Integer::sum);
            i = end;
        }
    }

    /**
     * The story's home country: its dateline's, when the story names that country at least half
     * as often as the one it names most (a Vienna dateline does not make a story about Iran
     * Austrian); otherwise the one it names most.
     */
    private static String home(String dateline, Map<String, Integer> counts) {
        String most = mostNamed(counts);
        if (dateline == null || most == null) return dateline != null ? dateline : most;
        return 2 * counts.getOrDefault(dateline, 0) >= counts.get(most) ? dateline : most;
    }

    private static String mostNamed(Map<String, Integer> counts) {
        String best = null;
        int max = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }

    private ActorIndex build(List<Entity> entities, List<SentenceView> views, String home) {
        List<Entity> ordered = new ArrayList<>(entities);
        ordered.sort((a, b) -> Integer.compare(firstStart(a), firstStart(b)));
        List<Actor> actors = new ArrayList<>();
        List<ActorIndex.ActorMention> mentions = new ArrayList<>();
        Map<Entity, Actor> byEntity = new HashMap<>();
        for (Entity e : ordered) {
            Coding coding = finalCoding(e, views, home);
            List<Mention> ms = e.mentions.stream().map(RawMention::toMention).distinct()
                    .sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
            Actor actor = new Actor("a" + (actors.size() + 1), e.name(), coding.code(), coding.country(),
                    coding.sector(), coding.title(), e.kind, ms);
            actors.add(actor);
            byEntity.put(e, actor);
        }
        for (Entity e : ordered) {
            for (RawMention m : e.mentions) {
                ActorIndex.Form form = switch (m.type) {
                    case PRONOUN -> ActorIndex.Form.PRONOUN;
                    case DESCRIPTION -> ActorIndex.Form.DESCRIPTION;
                    default -> ActorIndex.Form.NAME;
                };
                mentions.add(new ActorIndex.ActorMention(byEntity.get(e), form, m.sentence(), m.first, m.last, m.start(), m.end()));
            }
        }
        List<ActorIndex.CountryWord> countryWords = new ArrayList<>();
        for (SentenceView v : views) {
            v.forEachCountryPhrase((m, e) -> countryWords.add(new ActorIndex.CountryWord(e.country(), m.start(), m.end())));
        }
        return new ActorIndex(actors, mentions, countryWords);
    }

    private static int firstStart(Entity e) {
        return e.mentions.stream().mapToInt(RawMention::start).min().orElse(0);
    }

    /** Fills what the text and the dictionaries left open. */
    private Coding finalCoding(Entity e, List<SentenceView> views, String home) {
        Coding c = e.coding();
        String country = c.country();
        String sector = c.sector();
        if ("***".equals(country)) country = null;
        if (country == null) {
            switch (e.kind) {
                case PERSON -> country = home;
                case GROUP -> country = sentenceCountry(e, views, home);
                // An organisation the dictionaries do not place ("the ministry", "National
                // Elections Committee") works in the story's country.
                case ORGANIZATION -> country = home;
                default -> { }
            }
        }
        if (e.kind == Actor.Kind.PERSON && sector == null && country != null && !country.startsWith("IGO")
                && !country.equals("NGO")) {
            sector = "CVL";
        }
        return new Coding(country, sector, c.title());
    }

    /** A country named in the sentence of the entity's first mention, else the home country. */
    private static String sentenceCountry(Entity e, List<SentenceView> views, String home) {
        RawMention first = e.mentions.get(0);
        SentenceView v = views.get(first.sentence());
        for (int k = 0; k < v.size(); k++) {
            if (k >= first.first && k < first.last) continue;
            Entry c = v.countryEntry(k);
            if (c != null) return c.country();
        }
        return home;
    }
}
