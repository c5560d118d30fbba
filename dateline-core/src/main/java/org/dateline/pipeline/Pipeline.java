package org.dateline.pipeline;

import org.dateline.actors.ActorIndex;
import org.dateline.actors.ActorRecognizer;
import org.dateline.actors.Dictionaries;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GeoName;
import org.dateline.geo.PlaceFinder;
import org.dateline.events.CameoCodes;
import org.dateline.events.EventCoder;
import org.dateline.events.EventPatterns;
import org.dateline.ingest.ArticleLayout;
import org.dateline.model.Event;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Place;
import org.dateline.model.Record;
import org.dateline.model.TimeExpression;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.CoreNlpAnalyzer;
import org.dateline.nlp.TextAnalyzer;
import org.dateline.model.Quote;
import org.dateline.nlp.Parses;
import org.dateline.quotes.QuoteFinder;
import org.dateline.quotes.QuotationMarks;
import org.dateline.quotes.SpeechVerbs;
import org.dateline.quotes.QuotedSpan;
import org.dateline.time.ClauseTense;
import org.dateline.time.NarrativeDays;
import org.dateline.time.TimeContext;
import org.dateline.time.TimeFinder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one article into one record: layout, linguistic analysis, actors, times, quotes, places.
 * Immutable and thread-safe: build one per JVM (the analyser's models are large) and call
 * {@link #extract} from as many threads as there are cores.
 */
public final class Pipeline {
    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final ActorRecognizer actors;
    private final TimeFinder times = new TimeFinder();
    private final PlaceFinder places;
    private final QuoteFinder quotes = new QuoteFinder(SpeechVerbs.standard());
    private final StageClock clock = new StageClock();
    private final EventCoder events;

    public Pipeline(TextAnalyzer analyzer, Dictionaries dictionaries, Gazetteer gazetteer) {
        this(analyzer, dictionaries, gazetteer, new EventCoder(EventPatterns.standard(), CameoCodes.standard(), EventCoder.Scope.DEFAULT));
    }

    public Pipeline(TextAnalyzer analyzer, Dictionaries dictionaries, Gazetteer gazetteer, EventCoder events) {
        this.events = events;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.actors = new ActorRecognizer(dictionaries, name -> gazetteer.lookup(name, List.of()).map(GeoName::country).orElse(null));
        this.places = new PlaceFinder(gazetteer);
    }

    /** The standard pipeline: CoreNLP, the bundled dictionaries plus the user's, the bundled gazetteer. */
    public static Pipeline standard(List<Path> userDictionaries) {
        return new Pipeline(CoreNlpAnalyzer.shared(), Dictionaries.withFiles(userDictionaries), Gazetteer.standard());
    }

    /**
     * The standard pipeline with the user's actor dictionaries and event patterns (Dateline
     * TSV or PETRARCH verb dictionaries), keeping events of every modality or only the default ones.
     */
    public static Pipeline standard(List<Path> userDictionaries, List<Path> userVerbs, EventCoder.Scope scope)
            throws java.io.IOException {
        EventCoder coder = new EventCoder(EventPatterns.withFiles(userVerbs), CameoCodes.standard(), scope);
        return new Pipeline(CoreNlpAnalyzer.shared(), Dictionaries.withFiles(userDictionaries), Gazetteer.standard(), coder);
    }

    /** Time spent per stage since this pipeline was built (or the clock was reset). */
    public StageClock clock() {
        return clock;
    }

    public Record extract(Article article) {
        String text = article.text();
        long t0 = System.nanoTime();
        ArticleLayout layout = ArticleLayout.of(text);
        String prepared = layout.analysisText();
        long t1 = System.nanoTime();
        AnalyzedText analyzed = new AnalyzedText(text, analyzer.analyze(prepared).sentences());
        long t2 = System.nanoTime();

        // The date line inside the text ("Monday, September 23, 2019") is the day the story speaks from.
        LocalDate reference = layout.dateLineDate().orElse(article.published());
        Dateline dateline = dateline(layout);
        String home = dateline == null ? null : dateline.country();
        ActorIndex actorIndex = actors.recognize(analyzed, reference, home);
        long t3 = System.nanoTime();
        ClauseTense tense = new ClauseTense(analyzed);
        List<QuotedSpan> quoted = QuotationMarks.find(text);
        NarrativeDays days = narrativeDays(text, quoted, tense, reference);
        List<TimeExpression> timeList = findTimes(text, quoted, days, tense, reference);
        long t4 = System.nanoTime();
        Parses parses = new Parses(analyzer);
        List<Quote> quoteList = quotes.find(analyzed, actorIndex, parses);
        long t5 = System.nanoTime();
        List<Place> placeList = places.find(analyzed, contextCountries(dateline, actorIndex));
        long t6 = System.nanoTime();
        List<Event> eventList = events.code(analyzed, new EventCoder.Context(actorIndex, quoteList, timeList, placeList,
                datelinePlace(dateline), reference), parses);
        long t7 = System.nanoTime();

        clock.add(StageClock.Stage.LAYOUT, t1 - t0);
        clock.add(StageClock.Stage.ANALYSIS, t2 - t1);
        clock.add(StageClock.Stage.ACTORS, t3 - t2);
        clock.add(StageClock.Stage.TIMES, t4 - t3);
        clock.add(StageClock.Stage.QUOTES, t5 - t4);
        clock.add(StageClock.Stage.PLACES, t6 - t5);
        clock.add(StageClock.Stage.EVENTS, t7 - t6);
        clock.countSentences(analyzed.sentences().size(), parses.count());

        // Metadata the sidecar left out comes from the text itself: its headline, its licence trailer.
        String title = article.title() != null ? article.title() : layout.headline().map(ArticleLayout.Span::text).orElse(null);
        return new Record(article.id(), title, article.source(), article.url(),
                article.published() == null ? null : article.published().toString(), article.language(),
                article.license() != null ? article.license() : layout.license().orElse(null),
                dateline, actorIndex.actors(), quoteList, eventList, timeList, placeList);
    }

    /** The days the story names outside quotes, relative to its own date ("On Wednesday", "Yesterday"). */
    private NarrativeDays narrativeDays(String text, List<QuotedSpan> quoted, ClauseTense tense, LocalDate reference) {
        List<TimeExpression> plain = times.find(text, context(offset -> reference, tense));
        return new NarrativeDays(plain.stream().filter(t -> quoteAt(quoted, t.start()) == null).toList());
    }

    /** Inside a quote, "today" is the day the words were spoken: the story's last named day before it. */
    private List<TimeExpression> findTimes(String text, List<QuotedSpan> quoted, NarrativeDays days, ClauseTense tense,
                                           LocalDate reference) {
        return times.find(text, context(offset -> {
            QuotedSpan q = reference == null ? null : quoteAt(quoted, offset);
            return q == null ? reference : days.before(q.open(), reference);
        }, tense));
    }

    private static QuotedSpan quoteAt(List<QuotedSpan> quoted, int offset) {
        for (QuotedSpan q : quoted) {
            if (q.contains(offset)) return q;
        }
        return null;
    }

    private static TimeContext context(java.util.function.IntFunction<LocalDate> anchor, ClauseTense tense) {
        return new TimeContext() {
            @Override
            public LocalDate anchor(int offset) {
                return anchor.apply(offset);
            }

            @Override
            public TimeExpression.Tense tense(int start, int end) {
                return tense.at(start, end);
            }
        };
    }

    private Dateline dateline(ArticleLayout layout) {
        Optional<ArticleLayout.Span> span = layout.datelinePlace();
        if (span.isEmpty()) return null;
        ArticleLayout.Span s = span.get();
        Optional<GeoName> place = gazetteer.lookup(s.text(), List.of());
        return place.map(p -> new Dateline(p.name(), p.country(), s.start(), s.end()))
                .orElseGet(() -> new Dateline(titleCase(s.text()), null, s.start(), s.end()));
    }

    private Place datelinePlace(Dateline dateline) {
        if (dateline == null) return null;
        Optional<GeoName> g = gazetteer.lookup(dateline.place(), dateline.country() == null ? List.of() : List.of(dateline.country()));
        return g.map(p -> new Place(p.name(), p.country(), p.lat(), p.lon(), null, null))
                .orElse(new Place(dateline.place(), dateline.country(), null, null, null, null));
    }

    private static Set<String> contextCountries(Dateline dateline, ActorIndex index) {
        Set<String> countries = new LinkedHashSet<>();
        if (dateline != null && dateline.country() != null) countries.add(dateline.country());
        List<String> named = new ArrayList<>();
        for (Actor a : index.actors()) {
            if (a.country() != null && a.country().length() == 3 && !a.country().equals("IGO") && !a.country().equals("NGO")) {
                named.add(a.country());
            }
        }
        countries.addAll(named);
        return countries;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }
}
