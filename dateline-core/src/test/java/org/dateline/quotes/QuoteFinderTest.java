package org.dateline.quotes;

import org.dateline.actors.ActorIndex;
import org.dateline.actors.ActorRecognizer;
import org.dateline.actors.Dictionaries;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GeoName;
import org.dateline.model.Quote;
import org.dateline.nlp.AnalyzedText;
import org.dateline.nlp.CoreNlpAnalyzer;
import org.dateline.nlp.Parses;
import org.dateline.testing.Slow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and their speakers on real news sentences, one construction per test. */
@Slow
class QuoteFinderTest {
    private static final ActorRecognizer ACTORS = new ActorRecognizer(Dictionaries.standard(),
            n -> Gazetteer.standard().lookup(n, List.of()).map(GeoName::country).orElse(null));
    private static final QuoteFinder FINDER = new QuoteFinder(SpeechVerbs.standard());

    private static List<Quote> quotes(String text) {
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        AnalyzedText analyzed = analyzer.analyze(text);
        ActorIndex actors = ACTORS.recognize(analyzed, LocalDate.of(2019, 1, 8), null);
        return FINDER.find(analyzed, actors, new Parses(analyzer));
    }

    private static Quote only(List<Quote> quotes, Quote.Kind kind, String startOfText) {
        List<Quote> found = quotes.stream().filter(q -> q.kind() == kind && q.text().startsWith(startOfText)).toList();
        assertThat(found).as("a %s quote starting '%s' in %s", kind, startOfText, quotes).hasSize(1);
        return found.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void reportedSpeechWithThatAndWithout() {
        List<Quote> qs = quotes("Ali Shamkhani said on Tuesday that Iran and Syria will continue cooperation. "
                + "Larijani said the two countries will expand their relations.");
        Quote first = only(qs, Quote.Kind.INDIRECT, "Iran and Syria will continue cooperation");
        assertThat(speaker(first)).isEqualTo("Ali Shamkhani");
        assertThat(first.verb()).isEqualTo("said");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "the two countries will expand"))).isEqualTo("Larijani");
    }

    @Test
    void aQuoteFollowedByItsSpeakerAndOneInterruptedByIt() {
        List<Quote> qs = quotes("“This process will continue,” Shamkhani explained. "
                + "“While we await clarification,” Ortagus said, “we strongly urge Iraqi leaders to reconsider.”");
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "This process will continue"))).isEqualTo("Shamkhani");
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "While we await"))).isEqualTo("Ortagus");
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "we strongly urge"))).isEqualTo("Ortagus");
        // The quotes are the report: no second, indirect copy of them.
        assertThat(qs).noneMatch(q -> q.kind() == Quote.Kind.INDIRECT);
    }

    @Test
    void aQuotedFragmentOfReportedSpeechHasTheReportersSpeaker() {
        List<Quote> qs = quotes("The Iranian Foreign Minister Mohammad Javad Zarif said the Israeli raids are “unacceptable”.");
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "unacceptable"))).isEqualTo("Mohammad Javad Zarif");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "the Israeli raids are"))).isEqualTo("Mohammad Javad Zarif");
    }

    @Test
    void pronounsAndDescriptionsSpeakForTheirActor() {
        List<Quote> qs = quotes("Syrian Foreign Minister Walid Muallem arrived in Tehran on Monday. "
                + "He said that the war was ending. The chief Syrian diplomat also said sanctions would fail.");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "the war was ending"))).isEqualTo("Walid Muallem");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "sanctions would fail"))).isEqualTo("Walid Muallem");
    }

    @Test
    void accordingToAndParticipleClauses() {
        List<Quote> qs = quotes("According to the World Food Programme, some helicopters are unable to land. "
                + "The Iranian security chief Ali Shamkhani said the raids were illegal, warning that Israel would pay a price.");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "some helicopters are unable"))).isEqualTo("World Food Programme");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "Israel would pay a price"))).isEqualTo("Ali Shamkhani");
    }

    @Test
    void objectReportsAndSubjunctives() {
        List<Quote> qs = quotes("The Foreign Ministry of Iraq characterized the attack as a serious violation of sovereignty. "
                + "British Foreign Secretary Dominic Raab urged the embassy to reconsider.");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "the attack as a serious violation"))).isEqualTo("Foreign Ministry of Iraq");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "the embassy to reconsider"))).isEqualTo("Dominic Raab");
    }

    @Test
    void countriesAndOrganisationsSpeakAndItAddedIsTheLastOfThem() {
        List<Quote> qs = quotes("South Korea says the broadcasts will continue. "
                + "\"Six shells hit the area near the posts\", said KCNA. \"Provocation deserves punishment\", it added.");
        assertThat(speaker(only(qs, Quote.Kind.INDIRECT, "the broadcasts will continue"))).isEqualTo("South Korea");
        assertThat(only(qs, Quote.Kind.DIRECT, "Six shells").speaker().code()).isEqualTo("PRKMED");
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "Provocation deserves"))).isEqualTo("KCNA");
    }

    @Test
    void anUnnamedSpeakerStaysUnnamedAndAScareQuoteIsATerm() {
        List<Quote> qs = quotes("A spokesman said the talks would resume. The so-called \"peace plan\" was published on Monday.");
        assertThat(only(qs, Quote.Kind.INDIRECT, "the talks would resume").speaker()).isNull();
        assertThat(only(qs, Quote.Kind.TERM, "peace plan").speaker()).isNull();
    }

    @Test
    void speechInsideSomeonesQuoteIsNotANewReport() {
        List<Quote> qs = quotes("Johnson said, \"I think everybody's sympathies are with the family.\"");
        assertThat(qs).noneMatch(q -> q.kind() == Quote.Kind.INDIRECT && q.text().startsWith("everybody"));
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "I think"))).isEqualTo("Johnson");
    }

    @Test
    void aQuoteThatCarriesOnInTheNextParagraphKeepsItsSpeaker() {
        List<Quote> qs = quotes("\"These attacks are our right,\" Houthi spokesman Yahya Sarea said.\n\n"
                + "\"We have the right to strike back.\"");
        assertThat(speaker(only(qs, Quote.Kind.DIRECT, "We have the right"))).isEqualTo("Yahya Sarea");
    }
}
