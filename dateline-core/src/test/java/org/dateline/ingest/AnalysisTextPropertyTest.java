package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.dateline.ingest.ArticleLayout.Span;

/**
 * {@link ArticleLayout#analysisText()} keeps every offset: it is as long as the text and
 * differs only where the text has whitespace or blanked furniture.
 */
class AnalysisTextPropertyTest {

    /** Pieces of news pages, furniture included, to build texts that exercise every rule. */
    private static final List<String> PIECES = List.of(
            "TEHRAN - ", "WASHINGTON (Reuters) — ", "BEIRUT, Lebanon (AP) -- ", "Kabul, Sept 23 (Reuters) - ",
            "Iran", "Syria", "Zarif", "highlights", "necessity", "of", "regional", "unity", "the", "minister",
            "said", "In", "On", "The", "A", "He", "However", "a", "separate", "meeting", "type", "Bank",
            "America", "Ministry", "Defence", "Monday, September 23, 2019", "December 2004", "NA/PA", "/ak/",
            "—AB", "(Reporting by Parisa Hafezi; Editing by Alison Williams)",
            "All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.",
            "This article is licensed under CC BY-SA 3.0.", "© 2019 Reuters. All rights reserved.",
            "“", "”", "\"", "(", ")", ". ", ", ", "; ", " ", " ", " ", "  ", "\u00A0", "\t", "\n", "\n", "\n\n",
            "\r\n", "\r\n\r\n", "\r", "U.S.", "Mr.", "2019", "-", "–", "—");

    /** Whole furniture-bearing stretches, so that every rule fires often. */
    private static final List<String> SCENES = List.of(
            ". Zarif highlights necessity of regional unity In a separate meeting, ",
            "\nIran ready to help rebuild war-torn country He said ",
            ". Larijani urges expansion of economic ties During the talks ",
            " the minister\nsaid that the\r\ntalks would go on",
            " Snapped back on November 4. NA/PA \u00A0 All Content by Mehr News Agency is licensed under a "
                    + "Creative Commons Attribution 4.0 International License.",
            " Stocks fell.\n(Reporting by Parisa Hafezi; Editing by Alison Williams) /ak/",
            "Iran and Syria vow cooperation\n\nMonday, September 23, 2019\n\nTEHRAN - ");

    /** How pages end: often with sign-offs and trailers, which only count at the very end. */
    private static final List<String> ENDINGS = List.of("", "", ".", ". NA/PA", ".\nNA/PA\n",
            ". NA/PA \u00A0 All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 "
                    + "International License.",
            ".\n(Reporting by Parisa Hafezi;\nEditing by Alison Williams) /ak/\n",
            ". —AB", ".\r\n© 2019 Reuters. All rights reserved.\r\n",
            ". This article is licensed under\nCC BY-SA 3.0.");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of(PIECES)),
                Tuple.of(2, Arbitraries.of(SCENES)),
                Tuple.of(4, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)),
                Tuple.of(2, Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6)));
        Arbitrary<String> body = piece.list().ofMaxSize(120).map(parts -> String.join("", parts));
        Arbitrary<String> top = Arbitraries.of("", "", "Iran and Syria vow cooperation\n\n",
                "Iran and Syria vow cooperation\r\n\r\nMonday, September 23, 2019\r\n\r\n", "TEHRAN - ",
                "BEIRUT, Lebanon (AP) -- ");
        Arbitrary<String> end = Arbitraries.of(ENDINGS);
        return Combinators.combine(top, body, end).as((t, b, e) -> t + b + e);
    }

    @Property(tries = 1000)
    @StatisticsReport(onFailureOnly = true)
    void pagesKeepTheirLengthAndText(@ForAll("pages") String text) {
        ArticleLayout layout = check(text);
        // The pages must exercise every rule, or this property proves little.
        collect("heading break", !layout.headingBreaks().isEmpty());
        collect("licence trailer", layout.licenseTrailer().isPresent());
        collect("sign-off", !layout.authorInitials().isEmpty());
        collect("hard wrap", layout.analysisText().chars().filter(c -> c == '\n').count()
                < text.chars().filter(c -> c == '\n').count());
        collect("dateline", layout.datelinePlace().isPresent());
    }

    private static void collect(String label, boolean seen) {
        Statistics.label(label).collect(seen);
        Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 3));
    }

    @Property(tries = 500)
    void anyStringKeepsItsLengthAndText(@ForAll String text) {
        check(text);
    }

    @Property(tries = 200)
    void wordsAndLineBreaksKeepTheirLengthAndText(@ForAll("wordsAndBreaks") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> wordsAndBreaks() {
        return Arbitraries.strings().withChars("aAbB iIn.\n\r\u00A0/—(").ofMaxLength(400);
    }

    private static ArticleLayout check(String text) {
        ArticleLayout layout = ArticleLayout.of(text);
        String a = layout.analysisText();
        assertThat(a).hasSameSizeAs(text);

        List<Span> spans = new ArrayList<>(layout.authorInitials());
        layout.licenseTrailer().ifPresent(spans::add);
        boolean[] furniture = new boolean[text.length()];
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                furniture[i] = true;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char was = text.charAt(i);
            char is = a.charAt(i);
            if (was == is) {
                continue;
            }
            if (furniture[i]) {
                assertThat(is).as("blanked furniture at %d", i).isEqualTo(' ');
                assertThat(was).as("line break kept at %d", i).isNotIn('\n', '\r');
            } else {
                assertThat(Character.isWhitespace(was)).as("only whitespace changes, at %d: '%s'", i, was).isTrue();
                assertThat(is).isIn(' ', '\n');
            }
        }

        List<Span> all = new ArrayList<>(spans);
        layout.headline().ifPresent(all::add);
        layout.dateLine().ifPresent(all::add);
        layout.datelinePlace().ifPresent(all::add);
        layout.datelineRegion().ifPresent(all::add);
        for (Span s : all) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        for (int gap : layout.headingBreaks()) {
            assertThat(text.charAt(gap)).isEqualTo(' ');
            assertThat(a.charAt(gap)).isEqualTo('\n');
        }
        // Headline and date line are kept as they are.
        layout.headline().ifPresent(h -> assertThat(a.substring(h.start(), h.end())).isEqualTo(h.text()));
        layout.dateLine().ifPresent(d -> assertThat(a.substring(d.start(), d.end())).isEqualTo(d.text()));
        return layout;
    }
}
