package org.dateline.ingest;

import org.dateline.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dateline.ingest.ArticleLayout.Span;
import org.dateline.model.Article;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleLayoutTest {

    private static Article corpus(String id) throws Exception {
        List<Problem> warnings = new ArrayList<>();
        Article a = new ArticleReader().read(Corpus.txt(id), null, warnings::add);
        assertThat(warnings).isEmpty();
        return a;
    }

    @Nested
    class MehrArticle {
        private final String text;
        private final ArticleLayout layout;

        MehrArticle() throws Exception {
            text = corpus("mehr-2019-iran-syria").text();
            layout = ArticleLayout.of(text);
        }

        @Test
        void hasNoHeadlineOrDateLine() {
            assertThat(layout.headline()).isEmpty();
            assertThat(layout.dateLine()).isEmpty();
            assertThat(layout.dateLineDate()).isEmpty();
        }

        @Test
        void datelineIsTehran() {
            assertThat(layout.datelinePlace()).contains(new Span(0, 6, "TEHRAN"));
            assertThat(layout.datelineRegion()).isEmpty();
        }

        @Test
        void licenceTrailerIsCcBy4() {
            String trailer = "All Content by Mehr News Agency is licensed under a Creative Commons Attribution "
                    + "4.0 International License.";
            int start = text.indexOf("All Content");
            assertThat(layout.licenseTrailer()).contains(new Span(start, start + trailer.length(), trailer));
            assertThat(layout.license()).contains("CC BY 4.0");
        }

        @Test
        void authorInitialsAreNaPa() {
            int start = text.indexOf("NA/PA");
            assertThat(layout.authorInitials()).containsExactly(new Span(start, start + 5, "NA/PA"));
        }

        @Test
        void gluedHeadingBreaksBeforeInASeparateMeeting() {
            int gap = text.indexOf(" In a separate meeting");
            assertThat(layout.headingBreaks()).containsExactly(gap);
            assertThat(text.substring(text.lastIndexOf(". ", gap) + 2, gap))
                    .isEqualTo("Zarif highlights necessity of regional unity");
        }

        @Test
        void analysisTextSplitsTheHeadingAndBlanksTheFurniture() {
            String a = layout.analysisText();
            assertThat(a).hasSameSizeAs(text);
            assertThat(a).contains("regional unity\nIn a separate meeting");
            assertThat(a).doesNotContain("NA/PA", "Creative Commons", "licensed");
            assertThat(a.substring(text.indexOf("NA/PA"))).matches("[ \u00A0]+");
            assertThat(a).startsWith("TEHRAN - Ali Shamkhani");
            assertThat(a.replaceAll("[\\s\u00A0]+$", "")).endsWith("were snapped back on November 4.");
        }
    }

    @Nested
    class WikinewsArticle {
        private final Article article;
        private final ArticleLayout layout;

        WikinewsArticle() throws Exception {
            article = corpus("wikinews-046");
            layout = ArticleLayout.of(article.text());
        }

        @Test
        void headlineIsTheTitle() {
            assertThat(layout.headline()).map(Span::text).contains(article.title());
            assertThat(layout.headline()).map(Span::start).contains(0);
        }

        @Test
        void dateLineIsThePublicationDay() {
            String line = "Thursday, October 10, 2019";
            int start = article.text().indexOf(line);
            assertThat(start).isGreaterThan(layout.headline().orElseThrow().end());
            assertThat(layout.dateLine()).contains(new Span(start, start + line.length(), line));
            assertThat(layout.dateLineDate()).contains(LocalDate.of(2019, 10, 10)).contains(article.published());
        }

        @Test
        void hasNoWireFurniture() {
            assertThat(layout.datelinePlace()).isEmpty();
            assertThat(layout.licenseTrailer()).isEmpty();
            assertThat(layout.license()).isEmpty();
            assertThat(layout.authorInitials()).isEmpty();
            assertThat(layout.headingBreaks()).isEmpty();
        }

        @Test
        void analysisTextKeepsHeadlineAndDateLine() {
            assertThat(layout.analysisText()).isEqualTo(article.text());
        }
    }

    @Test
    void wikinewsWithAWireDateline() throws Exception {
        ArticleLayout layout = ArticleLayout.of(corpus("wikinews-003").text());
        assertThat(layout.headline()).map(Span::text).contains("Brazilian President meets President of South Korea");
        assertThat(layout.datelinePlace()).map(Span::text).contains("BRASÍLIA");
        assertThat(layout.datelineRegion()).map(Span::text).contains("Brazil");
    }

    @Test
    void monthOnlyDateLine() throws Exception {
        ArticleLayout layout = ArticleLayout.of(Files.readString(Corpus.txt("wikinews-006")));
        assertThat(layout.dateLine()).map(Span::text).contains("December 2004");
        assertThat(layout.dateLineDate()).isEmpty();
    }

    @Test
    void everyCorpusArticleKeepsItsLength() throws Exception {
        try (var files = Files.list(Corpus.dir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(p);
                assertThat(ArticleLayout.of(text).analysisText()).as(p.toString()).hasSameSizeAs(text);
            }
        }
    }

    @Nested
    class Datelines {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                TEHRAN - Iran said on Tuesday.                                  | TEHRAN        |
                WASHINGTON (Reuters) — The U.S. Senate voted.                   | WASHINGTON    |
                BEIRUT, Lebanon (AP) -- Syrian troops advanced.                 | BEIRUT        | Lebanon
                Kabul, Sept 23 (Reuters) - A car bomb exploded.                 | Kabul         |
                Kabul, Afghanistan – A car bomb exploded.                       | Kabul         | Afghanistan
                NEW YORK/WASHINGTON (Reuters) - Stocks fell.                    | NEW YORK/WASHINGTON |
                RIO DE JANEIRO — Brazil's president said.                       | RIO DE JANEIRO |
                TEHRAN, Jan. 8 (MNA) – Iran's top security official said.       | TEHRAN        |
                WASHINGTON—The Senate voted.                                    | WASHINGTON    |
                Austin, Texas (AP) — The governor said.                         | Austin        | Texas
                """)
        void found(String line, String place, String region) {
            String text = "Headline here\n\n" + line.strip() + "\n";
            ArticleLayout layout = ArticleLayout.of(text);
            int start = text.indexOf(place);
            assertThat(layout.datelinePlace()).contains(new Span(start, start + place.length(), place));
            assertThat(layout.datelineRegion().map(Span::text).orElse(null)).isEqualTo(region);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "The United Nations (UN) emergency relief coordinator said.",
            "Leaders of African Union (AU) member states met.",
            "US-led forces withdrew on Monday.",
            "Thursday, United States military forces killed a commander.",
            "Meanwhile, Russia – which denies it – said nothing.",
            "UPDATE 2 - Oil prices rose.",
            "NATO said on Monday it would stay.",
            "Yesterday, the Parliament of Iraq voted.",
            "Kabul, Sept 23 - A car bomb exploded.",
            "Zarif - who arrived late - spoke."})
        void notFound(String line) {
            assertThat(ArticleLayout.of(line).datelinePlace()).isEmpty();
        }

        @Test
        void onlyAtTheStartOfTheBody() {
            assertThat(ArticleLayout.of("Iran said so. TEHRAN - It did.").datelinePlace()).isEmpty();
        }
    }

    @Nested
    class Headlines {
        @Test
        void needsABlankLineAfterIt() {
            assertThat(ArticleLayout.of("Iran and Syria vow cooperation\nThe two said.").headline()).isEmpty();
            assertThat(ArticleLayout.of("Iran and Syria vow cooperation\r\n\r\nThe two said.").headline())
                    .contains(new Span(0, 30, "Iran and Syria vow cooperation"));
        }

        @Test
        void endsWithoutAPeriodAndIsShort() {
            assertThat(ArticleLayout.of("The two ministers met in Tehran.\n\nThey spoke.").headline()).isEmpty();
            assertThat(ArticleLayout.of("Iran ".repeat(45) + "\n\nThey spoke.").headline()).isEmpty();
            assertThat(ArticleLayout.of("Is Iran ready?\n\nThey spoke.").headline()).map(Span::text)
                    .contains("Is Iran ready?");
        }

        @Test
        void aDateFirstLineIsADateLineNotAHeadline() {
            ArticleLayout layout = ArticleLayout.of("Monday, September 23, 2019\n\nIran's president spoke.");
            assertThat(layout.headline()).isEmpty();
            assertThat(layout.dateLineDate()).contains(LocalDate.of(2019, 9, 23));
        }

        @Test
        void aSentenceStartingWithAWeekdayIsNoDateLine() {
            ArticleLayout layout = ArticleLayout.of("Strike kills commander\n\nThursday, United States forces struck.");
            assertThat(layout.dateLine()).isEmpty();
        }
    }

    @Nested
    class Trailers {
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                This article is licensed under CC BY-SA 3.0.                                          | CC BY-SA 3.0
                This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 Unported License. | CC BY-SA 3.0
                Content is fine. Licensed under Creative Commons Attribution 2.5.                     | CC BY 2.5
                All content is licensed under CC-BY-NC-ND 4.0                                          | CC BY-NC-ND 4.0
                This story was released under a Creative Commons Attribution-NonCommercial 4.0 license. | CC BY-NC 4.0
                This article is in the public domain.                                                 | public domain
                © 2019 Reuters. All rights reserved.                                                  | © 2019 Reuters. All rights reserved.
                Copyright 2019 The Associated Press. All rights reserved.                             | Copyright 2019 The Associated Press. All rights reserved.
                """)
        void normalisedLicence(String trailer, String license) {
            String body = "Iran and Syria will continue cooperation, Shamkhani said.";
            String text = body + "\n\n" + trailer.strip() + "\n";
            String expected = trailer.strip().startsWith("Content is fine.")
                    ? trailer.strip().substring("Content is fine. ".length()) : trailer.strip();
            ArticleLayout layout = ArticleLayout.of(text);
            assertThat(layout.licenseTrailer()).map(Span::text).contains(expected);
            assertThat(layout.license()).contains(license);
        }

        @Test
        void sameLineAfterASentence() {
            String text = "Iran said so. © 2019 Reuters";
            assertThat(ArticleLayout.of(text).licenseTrailer()).contains(new Span(14, 28, "© 2019 Reuters"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "The company said the code is licensed under the GPL and will stay free.",
            "This article is licensed under CC BY 4.0, the minister said, adding more.\n\nHe left on Monday.",
            "He cited copyright 2019 laws."})
        void notATrailer(String text) {
            assertThat(ArticleLayout.of(text).licenseTrailer()).isEmpty();
        }
    }

    @Nested
    class SignOffMarks {
        @Test
        void reutersCredits() {
            String text = "Stocks fell on Monday.\n(Reporting by Parisa Hafezi; Editing by Alison Williams)\n";
            assertThat(ArticleLayout.of(text).authorInitials()).map(Span::text)
                    .containsExactly("(Reporting by Parisa Hafezi; Editing by Alison Williams)");
        }

        @Test
        void severalMarksInTextOrder() {
            String text = "Stocks fell on Monday. (Writing by Tom Perry; editing by Jon Boyle) —AB /ak/";
            ArticleLayout layout = ArticleLayout.of(text);
            assertThat(layout.authorInitials()).map(Span::text)
                    .containsExactly("(Writing by Tom Perry; editing by Jon Boyle)", "—AB", "/ak/");
            assertThat(layout.analysisText().strip()).isEqualTo("Stocks fell on Monday.");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "The aid came from the UN/WFP",
            "He spoke to the BBC",
            "The deal was signed in 2019/20",
            "NA/PA"})
        void notASignOff(String text) {
            assertThat(ArticleLayout.of(text).authorInitials()).isEmpty();
        }
    }

    @Nested
    class GluedHeadings {
        private List<String> headings(String text) {
            return ArticleLayout.of(text).headingBreaks().stream()
                    .map(gap -> text.substring(text.lastIndexOf(". ", gap) + 2, gap)).toList();
        }

        @Test
        void headingAfterASentence() {
            assertThat(headings("Talks ended on Monday. Larijani urges expansion of economic ties During the "
                    + "meeting, he said so. Iran ready to help rebuild war-torn country In a separate meeting, "
                    + "Zarif spoke."))
                    .containsExactly("Larijani urges expansion of economic ties", "Iran ready to help rebuild war-torn country");
        }

        @Test
        void headingAtTheStartOfALine() {
            String text = "Talks ended.\nLarijani meets visiting minister He said the two countries agree.";
            assertThat(ArticleLayout.of(text).headingBreaks()).containsExactly(text.indexOf(" He said"));
            assertThat(ArticleLayout.of(text).analysisText()).contains("visiting minister\nHe said");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "He met officials of the Bank of America In the morning.",
            "The envoy met the Ministry of Defence In a separate meeting, he said.",
            "Pilgrims visited the Church of The Holy Sepulchre on Sunday.",
            "He wrote for the newspaper The Guardian last year.",
            "Doctors said the patient has type A blood and is stable.",
            "The team from Group A won their match.",
            "He said the minister was in Tehran.",
            "She said: \"we are going into the talks In good faith\" and left.",
            "Iran said on Monday that it would In the end agree.",
            "The two sides agreed. they signed In good faith.",
            "Officials said talks will continue. He In the end left.",
            "Talks ended. Iran and Syria, Iraq; Lebanon and Jordan agree In a meeting they spoke."})
        void ordinaryProseIsNotBroken(String text) {
            assertThat(ArticleLayout.of(text).headingBreaks()).isEmpty();
        }

        @Test
        void abbreviationIsNoSentenceEnd() {
            // "U.S." does not end a sentence: the heading starts at "U.S.", and "Mr. Smith ..." is too long.
            String text = "He met Mr. Smith of the U.S. team at the talks. U.S. envoy meets Syrian foreign "
                    + "minister In a separate meeting, he spoke. Mr. Smith said the U.S. delegation and its "
                    + "many advisers from several agencies would stay in the region for two more weeks of talks "
                    + "about trade In a statement, he said so.";
            assertThat(ArticleLayout.of(text).headingBreaks()).containsExactly(text.indexOf(" In a separate"));
        }

        @Test
        void proseWordsAreNotHeadlinese() {
            assertThat(ArticleLayout.of("Talks ended. Iran said it would stay In the end, it left.").headingBreaks())
                    .isEmpty();
        }

        @Test
        void tooLongOrTooShortStretchesAreNotHeadings() {
            assertThat(ArticleLayout.of("It ended. Two words In the meeting, he spoke.").headingBreaks()).isEmpty();
            assertThat(ArticleLayout.of("It ended. One two three four five six seven eight nine ten eleven twelve "
                    + "thirteen fourteen fifteen sixteen In the meeting, he spoke.").headingBreaks()).isEmpty();
        }
    }

    @Nested
    class HardWraps {
        @Test
        void singleBreakBetweenLowerCaseWordsBecomesASpace() {
            String text = "The minister said the\r\ntalks would go on.\n\nA new paragraph\nbegins here.\nIran agreed.";
            String a = ArticleLayout.of(text).analysisText();
            assertThat(a).isEqualTo("The minister said the  talks would go on.\n\nA new paragraph begins here.\nIran agreed.");
        }

        @Test
        void paragraphBreaksAndCapitalisedLinesStay() {
            String text = "He left the\n\ntalks.\nIran\nsaid so.\nThe end\nIn short";
            assertThat(ArticleLayout.of(text).analysisText()).isEqualTo(text);
        }
    }
}
