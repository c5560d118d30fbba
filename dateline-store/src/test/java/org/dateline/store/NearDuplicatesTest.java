package org.dateline.store;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {
    @TempDir
    Path dir;

    /** From 900 words in many paragraphs down to 130 words in three. */
    private static final List<String> LONG_AND_SHORT = List.of("globalvoices-017", "wikinews-046", "wikinews-004",
            "wikinews-062", "wikinews-002");

    @Test
    void aWireCopyWithOtherFurnitureAndNoLastParagraphScoresOverTheThreshold() {
        for (String id : LONG_AND_SHORT) {
            Article original = Fixtures.corpus(id);
            Article copy = Fixtures.wireCopy(original, id + "-copy", "Other Wire", "A different headline for " + id, "LONDON");
            double s = MinHash.similarity(MinHash.signature(original.text()), MinHash.signature(copy.text()));
            assertThat(s).as(id).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        }
    }

    @Test
    void aStoryOfTwoParagraphsThatLostOneIsNoLongerACopy() {
        // Jaccard, not containment: two thirds of wikinews-001 is its last paragraph.
        Article original = Fixtures.corpus("wikinews-001");
        Article half = Fixtures.wireCopy(original, "half", "Other Wire", "Delegation back from funeral", "BRASILIA");
        assertThat(MinHash.similarity(MinHash.signature(original.text()), MinHash.signature(half.text())))
                .isLessThan(NearDuplicates.THRESHOLD);
    }

    @Test
    void differentStoriesOnOneTopicScoreFarBelowIt() {
        // Navalny airlifted / Navalny poisoned; two Peru Amazon stories; two Hong Kong protest stories
        String[][] pairs = {{"wikinews-061", "wikinews-062"}, {"globalvoices-017", "globalvoices-021"},
                {"wikinews-032", "wikinews-044"}, {"wikinews-001", "wikinews-002"}};
        for (String[] p : pairs) {
            double s = MinHash.similarity(MinHash.signature(Fixtures.corpus(p[0]).text()),
                    MinHash.signature(Fixtures.corpus(p[1]).text()));
            assertThat(s).as(p[0] + " ~ " + p[1]).isLessThan(0.1);
        }
    }

    @Test
    void theEstimateFollowsTheTrueJaccardOfTheShingles() {
        Article a = Fixtures.corpus("globalvoices-021");
        Article b = Fixtures.wireCopy(a, "b", "Other", "Headline", "LIMA");
        var sa = MinHash.shingles(a.text());
        var sb = MinHash.shingles(b.text());
        var union = new java.util.HashSet<>(sa);
        union.addAll(sb);
        var both = new java.util.HashSet<>(sa);
        both.retainAll(sb);
        double truth = both.size() / (double) union.size();
        double estimate = MinHash.similarity(MinHash.signature(a.text()), MinHash.signature(b.text()));
        assertThat(estimate).isCloseTo(truth, org.assertj.core.api.Assertions.within(0.15));
        assertThat(MinHash.signature("")).isNull();
        assertThat(MinHash.similarity(MinHash.signature("Short text."), MinHash.signature("short TEXT"))).isEqualTo(1.0);
    }

    @Test
    void copiesLinkToTheFirstStoredCopyAcrossChainsAndReopens() {
        Path db = dir.resolve("dups.duckdb");
        Article original = Fixtures.corpus("wikinews-062");
        Article copy1 = Fixtures.wireCopy(original, "copy-1", "Wire One", "Berlin says Navalny was poisoned", "BERLIN");
        Article other = Fixtures.corpus("wikinews-061");
        try (Store store = Store.open(db)) {
            assertThat(store.add(original, Fixtures.record(original)).status()).isEqualTo(AddResult.Status.ADDED);
            assertThat(store.add(other, Fixtures.record(other)).status()).isEqualTo(AddResult.Status.ADDED);
            AddResult r = store.add(copy1, Fixtures.record(copy1));
            assertThat(r.status()).isEqualTo(AddResult.Status.NEAR_DUPLICATE);
            assertThat(r.duplicateOf()).isEqualTo("wikinews-062");
            assertThat(r.similarity()).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        }
        // A copy of the copy (which lost another paragraph), in a later run: still the first copy.
        Article copy2 = Fixtures.wireCopy(copy1, "copy-2", "Wire Two", "Novichok found in Navalny's blood", "MOSCOW");
        try (Store store = Store.open(db)) {
            AddResult r = store.add(copy2, Fixtures.record(copy2));
            assertThat(r.status()).isEqualTo(AddResult.Status.NEAR_DUPLICATE);
            assertThat(r.duplicateOf()).isEqualTo("wikinews-062");
            assertThat(store.query("SELECT id, duplicate_of FROM articles ORDER BY seq").rows()).containsExactly(
                    java.util.Arrays.asList("wikinews-062", null), java.util.Arrays.asList("wikinews-061", null),
                    List.of("copy-1", "wikinews-062"), List.of("copy-2", "wikinews-062"));
        }
    }
}
