package org.dateline.pipeline;

import org.dateline.ingest.Source;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.InputException;
import org.dateline.ingest.Metadata;
import org.dateline.model.Actor;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Record;
import org.dateline.model.TimeExpression;
import org.dateline.output.RecordJson;
import org.dateline.testing.Corpus;
import org.dateline.testing.Slow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Slow
class PipelineTest {
    private static final Pipeline PIPELINE = Pipeline.standard(List.of());

    private static Record extract(String id) throws InputException {
        return PIPELINE.extract(new ArticleReader().read(Corpus.txt(id), Metadata.EMPTY, p -> { }));
    }

    @Test
    void theSeedArticleReadsItsFurnitureAndKeepsOffsetsIntoTheOriginalText() throws Exception {
        Record r = extract("mehr-2019-iran-syria");
        String text = new ArticleReader().read(Corpus.txt("mehr-2019-iran-syria"), Metadata.EMPTY, p -> { }).text();

        assertThat(r.dateline().place()).isEqualTo("Tehran");
        assertThat(r.dateline().country()).isEqualTo("IRN");
        assertThat(r.license()).isEqualTo("CC BY 4.0");
        assertThat(r.published()).isEqualTo("2019-01-08");
        // The sign-off "NA/PA" and the licence trailer are furniture, not actors.
        assertThat(r.actors()).noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().contains("PA")
                || m.text().contains("Commons")));
        for (Actor a : r.actors()) {
            for (Mention m : a.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        for (TimeExpression t : r.times()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void aStoryWithoutSidecarTakesItsTitleFromItsHeadline() {
        Record r = PIPELINE.extract(org.dateline.model.Article.builder("h",
                "Iraqi Parliament votes on troops\n\nYesterday, the Parliament of Iraq voted on a resolution.\n").build());
        assertThat(r.title()).isEqualTo("Iraqi Parliament votes on troops");
    }

    @Test
    void datesResolveByTenseAgainstThePublicationDate() throws Exception {
        Record r = extract("mehr-2019-iran-syria");
        assertThat(r.times()).extracting(TimeExpression::text, TimeExpression::value).contains(
                org.assertj.core.groups.Tuple.tuple("Tuesday", "2019-01-08"),
                org.assertj.core.groups.Tuple.tuple("May 2018", "2018-05"),
                // "went into force on August 6" in a January article is last August.
                org.assertj.core.groups.Tuple.tuple("August 6", "2018-08-06"),
                org.assertj.core.groups.Tuple.tuple("November 4", "2018-11-04"));
    }

    @Test
    void theDateLineOfAWikinewsStoryAnchorsItsRelativeDatesAndQuotesSpeakFromTheirOwnDay() throws Exception {
        Record r = extract("wikinews-046");
        // "On Monday" in a story dated Thursday, October 10, 2019.
        assertThat(r.times()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("Monday");
            assertThat(t.value()).isEqualTo("2019-10-07");
        });
        // "... we've raised or are raising today", said on that Monday.
        assertThat(r.times()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("today");
            assertThat(t.value()).isEqualTo("2019-10-07");
        });
    }

    @Test
    void placesAreGeocoded() throws Exception {
        Record r = extract("mehr-2019-iran-syria");
        assertThat(r.places()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Tehran");
            assertThat(p.country()).isEqualTo("IRN");
            assertThat(p.lat()).isBetween(35.0, 36.5);
        });
        assertThat(r.places()).extracting(Place::country).contains("SYR", "ISR");
    }

    @Test
    void theJsonRecordKeepsTheContractFieldNames() throws Exception {
        JsonNode json = RecordJson.mapper().readTree(RecordJson.toLine(extract("mehr-2019-iran-syria")));
        assertThat(json.fieldNames()).toIterable().contains("id", "title", "source", "url", "published", "dateline",
                "license", "actors", "quotes", "events", "times", "places");
        JsonNode actor = json.get("actors").get(0);
        assertThat(actor.fieldNames()).toIterable().contains("id", "name", "code", "country", "sector", "title", "mentions");
        assertThat(json.get("times").get(0).fieldNames()).toIterable().contains("text", "value", "start", "end");
    }

    @Test
    void theWholeCorpusGoesThroughOnAllCoresInInputOrder() throws Exception {
        List<Source> inputs = new ArrayList<>();
        try (var corpus = new org.dateline.ingest.Corpus(ArticleReader.DEFAULT_MAX_BYTES, null, p -> { })) {
            corpus.sources(List.of(Corpus.dir())).forEachRemaining(inputs::add);
        }
        List<BatchRunner.Outcome> outcomes = new ArrayList<>();
        new BatchRunner(PIPELINE, 2).run(inputs, outcomes::add);
        assertThat(outcomes).hasSize(inputs.size()).allMatch(BatchRunner.Outcome::ok);
        assertThat(outcomes).extracting(BatchRunner.Outcome::input)
                .containsExactlyElementsOf(inputs.stream().map(Source::name).toList());
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(60);
    }
}
