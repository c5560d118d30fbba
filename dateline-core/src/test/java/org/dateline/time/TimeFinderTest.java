package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimeExpression.Tense;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimeFinderTest {

    private static final TimeFinder FINDER = new TimeFinder();

    /** One anchor and one tense for the whole text. */
    private record Fixed(LocalDate anchor, Tense tense) implements TimeContext {
        @Override
        public LocalDate anchor(int offset) {
            return anchor;
        }

        @Override
        public Tense tense(int start, int end) {
            return tense;
        }
    }

    private static List<TimeExpression> find(String text, String anchor, Tense tense) {
        List<TimeExpression> found = FINDER.find(text, new Fixed(anchor == null ? null : LocalDate.parse(anchor), tense));
        for (TimeExpression t : found) {
            assertThat(text.substring(t.start(), t.end())).as("span of %s", t).isEqualTo(t.text());
        }
        return found;
    }

    private static List<TimeExpression> past(String text, String anchor) {
        return find(text, anchor, Tense.PAST);
    }

    @Nested
    class FullDates {
        @Test
        void monthDayYear() {
            assertThat(past("The ceasefire took effect on September 23, 2019, the ministry said.", "2019-10-01"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("September 23, 2019", "2019-09-23"));
        }

        @Test
        void dayMonthYear() {
            assertThat(past("The accord was signed in Geneva on 23 September 2019.", "2019-10-01"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("23 September 2019", "2019-09-23"));
        }

        @Test
        void weekdayIsPartOfTheSpan() {
            String text = "Rebels shell border town\n\nFriday, August 21, 2015\n\nArtillery fire was exchanged.";
            assertThat(past(text, "2015-08-21"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Friday, August 21, 2015", "2015-08-21"));
        }

        @Test
        void abbreviationsOrdinalsAndNumericForms() {
            assertThat(past("Talks resumed on Sept. 23, 2019 and again on Sep 24 2019.", "2019-10-01"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Sept. 23, 2019", "2019-09-23"), tuple("Sep 24 2019", "2019-09-24"));
            assertThat(past("The decree dated 2019-09-23 was published on September 25th, 2019.", "2019-10-01"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("2019-09-23", "2019-09-23"), tuple("September 25th, 2019", "2019-09-25"));
            assertThat(past("He was arrested on the 4th of July 2018 in Tbilisi.", "2019-10-01"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("4th of July 2018", "2018-07-04"));
        }

        @Test
        void numericDatesOnlyWhenTheDayIsUnambiguous() {
            assertThat(past("The letter is dated 23/09/2019.", "2019-10-01"))
                    .extracting(TimeExpression::value).containsExactly("2019-09-23");
            assertThat(past("The letter is dated 09/23/2019.", "2019-10-01"))
                    .extracting(TimeExpression::value).containsExactly("2019-09-23");
            // 3 September or March 9: left out, and its year is not read on its own either
            assertThat(past("The letter is dated 03/09/2019.", "2019-10-01")).isEmpty();
        }

        @Test
        void impossibleDatesAreNotDates() {
            assertThat(past("The vote was set for February 30, 2019.", "2019-01-10"))
                    .extracting(TimeExpression::text).doesNotContain("February 30, 2019", "February 30");
        }

        @Test
        void yearSharedByARangeOfDays() {
            assertThat(past("The election was held on December 1 and 2, 2004, and results followed.", "2004-12-22"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .contains(tuple("December 1", "2004-12-01"));
        }
    }

    @Nested
    class MonthDaysWithoutYear {
        // The seed article: published 2019-01-08, sanctions that came back the year before.
        private static final String SANCTIONS = "Trump ordered sanctions against Iran in May 2018. "
                + "The first round of sanctions went into force on August 6 and the second round "
                + "were snapped back on November 4.";

        @Test
        void pastTenseTakesTheLatestOnOrBeforeTheAnchor() {
            assertThat(past(SANCTIONS, "2019-01-08"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("May 2018", "2018-05"), tuple("August 6", "2018-08-06"),
                            tuple("November 4", "2018-11-04"));
        }

        @Test
        void futureTenseTakesTheEarliestOnOrAfterTheAnchor() {
            assertThat(find("The two ministers will meet on August 6 in Damascus.", "2019-01-08", Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("August 6", "2019-08-06"));
        }

        @Test
        void unknownTenseTakesTheNearestWithTiesToThePast() {
            assertThat(find("The deadline is July 20.", "2019-07-10", Tense.UNKNOWN))
                    .extracting(TimeExpression::value).containsExactly("2019-07-20");
            assertThat(find("The deadline was June 30.", "2019-07-10", Tense.PRESENT))
                    .extracting(TimeExpression::value).containsExactly("2019-06-30");
            // 2019-09-01 and 2020-09-01 are both 183 days from 2020-03-02
            assertThat(find("The report covers September 1.", "2020-03-02", Tense.UNKNOWN))
                    .extracting(TimeExpression::value).containsExactly("2019-09-01");
        }

        @Test
        void yearBoundaries() {
            assertThat(past("Protests began on December 28 in the capital.", "2019-01-08"))
                    .extracting(TimeExpression::value).containsExactly("2018-12-28");
            assertThat(find("The new parliament will sit on January 3.", "2019-12-20", Tense.FUTURE))
                    .extracting(TimeExpression::value).containsExactly("2020-01-03");
            assertThat(past("The strike was on Nov. 4.", "2019-01-08"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Nov. 4", "2018-11-04"));
        }

        @Test
        void leapDay() {
            assertThat(past("The referendum took place on February 29.", "2020-03-10"))
                    .extracting(TimeExpression::value).containsExactly("2020-02-29");
            assertThat(past("The referendum took place on February 29.", "2021-01-10"))
                    .extracting(TimeExpression::value).containsExactly("2020-02-29");
            assertThat(find("The count will end on February 29.", "2019-06-01", Tense.FUTURE))
                    .extracting(TimeExpression::value).containsExactly("2020-02-29");
            // no February 29 within a year of the anchor: better nothing than a wrong year
            assertThat(past("The referendum took place on February 29.", "2021-06-01")).isEmpty();
            assertThat(past("It happened on February 29, 2020.", "2021-06-01"))
                    .extracting(TimeExpression::value).containsExactly("2020-02-29");
        }

        @Test
        void weekdayPicksTheYearWhenTheTenseDisagrees() {
            // 2004-12-31 was a Friday, 2005-12-31 a Saturday
            assertThat(find("Donations reached $200 million as of Friday, December 31st.", "2005-01-03", Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Friday, December 31st", "2004-12-31"));
        }

        @Test
        void dayBeforeMonth() {
            assertThat(past("The intrusion occurred on 10 November, Japanese time.", "2004-11-18"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("10 November", "2004-11-10"));
        }

        @Test
        void dayOfAYearNamedRelatively() {
            assertThat(past("Ministers met on March 20 last year.", "2020-01-10"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("March 20 last year", "2019-03-20"));
        }
    }

    @Nested
    class Months {
        @Test
        void monthAndYear() {
            assertThat(past("Bolton had held the position since April 2018.", "2019-09-12"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("April 2018", "2018-04"));
            assertThat(past("The summit was first planned in May of 2018.", "2019-09-12"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("May of 2018", "2018-05"));
        }

        @Test
        void bareMonthByTense() {
            String said = "The International Monetary Fund said in May the trade zone could change Africa.";
            assertThat(past(said, "2019-07-10"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("May", "2019-05"));
            assertThat(find("Elections will be held in May.", "2019-07-10", Tense.FUTURE))
                    .extracting(TimeExpression::value).containsExactly("2020-05");
            assertThat(find("The season starts in August.", "2019-07-10", Tense.UNKNOWN))
                    .extracting(TimeExpression::value).containsExactly("2019-08");
            // six months either way: the past wins the tie
            assertThat(find("The report is from January.", "2019-07-10", Tense.UNKNOWN))
                    .extracting(TimeExpression::value).containsExactly("2019-01");
        }

        @Test
        void lastNextAndThisMonthNames() {
            assertThat(past("Khashoggi was murdered last October in Istanbul.", "2019-09-29"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("last October", "2018-10"));
            assertThat(past("The law was passed last May.", "2019-07-10"))
                    .extracting(TimeExpression::value).containsExactly("2019-05");
            assertThat(past("The law was passed last May.", "2019-05-20"))
                    .extracting(TimeExpression::value).containsExactly("2018-05");
            assertThat(find("The vote is due next March.", "2019-07-10", Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("next March", "2020-03"));
            assertThat(past("Crowds have filled the streets since early this June.", "2019-09-06"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("this June", "2019-06"));
            assertThat(past("He was named in March of this year as a threat.", "2019-09-17"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("March of this year", "2019-03"));
        }

        @Test
        void coordinatedMonthsAndSharedYears() {
            assertThat(find("Parliament will be suspended for parts of September and October.", "2019-08-29", Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("September", "2019-09"), tuple("October", "2019-10"));
            assertThat(find("A first summit is planned for March or April of 2005 in Brazil.", "2004-12-10", Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("March", "2005-03"), tuple("April of 2005", "2005-04"));
        }

        @Test
        void mayMarchAndOtherFalseFriends() {
            assertThat(past("Prime Minister Theresa May said the deal was lousy.", "2019-03-28")).isEmpty();
            assertThat(past("Theresa May's proposed Brexit deal was rejected.", "2019-03-28")).isEmpty();
            assertThat(past("Officials may delay the vote, and protesters march on Sunday.", "2019-03-28"))
                    .extracting(TimeExpression::text).containsExactly("Sunday");
            assertThat(past("Thousands plan to March on parliament.", "2019-03-28")).isEmpty();
            assertThat(past("The Long March 5 rocket lifted off.", "2019-03-28")).isEmpty();
            assertThat(past("April Ryan asked about the report.", "2019-03-28")).isEmpty();
            assertThat(past("Jan Egeland said aid was arriving.", "2005-01-03")).isEmpty();
        }

        @Test
        void monthUsedAsASurnameElsewhereIsNotADateInAWeakPosition() {
            String text = "Theresa May faces a revolt. The plan was criticised by May in a speech. "
                    + "Talks began in May.";
            assertThat(past(text, "2019-07-10"))
                    .extracting(TimeExpression::text, TimeExpression::start)
                    .containsExactly(tuple("May", text.lastIndexOf("May")));
        }
    }

    @Nested
    class Years {
        @Test
        void yearsAfterPrepositionsAndAsModifiers() {
            String text = "In 2015, Saudi Arabia began strikes. Abqaiq was attacked in 2006. The class was "
                    + "first built in the 1974. Immunity was extended in a 1994 agreement before the 2016 "
                    + "elections, along the pre-1948 borders.";
            assertThat(past(text, "2019-09-15"))
                    .extracting(TimeExpression::text)
                    .containsExactly("2015", "2006", "1974", "1994", "2016", "1948");
        }

        @Test
        void countsTimesLabelsAndAmountsAreNotYears() {
            String text = "The army sent 2,000 troops and 2000 soldiers; 2015 people fled. More than 2010 "
                    + "were hurt, about 1990 remain. Resolution 2254 and Flight 1549 were cited. Fire began "
                    + "at 8:30 p.m. (1930 UTC) and cost $2019. The 2015-16 season was cancelled. "
                    + "The vote was 51.2019 percent.";
            assertThat(past(text, "2019-09-15")).isEmpty();
        }

        @Test
        void rangesOfYears() {
            assertThat(past("Rainfall was low in 2015-2019 and between 2000 and 2005.", "2019-09-15"))
                    .extracting(TimeExpression::text)
                    .containsExactly("2015", "2019", "2000", "2005");
        }

        @Test
        void decadesAndSeasons() {
            assertThat(past("The submarine was designed in the 1990s and refitted in summer 2019.", "2019-11-01"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("1990s", "199"), tuple("summer 2019", "2019"));
            assertThat(past("The building dates from the 1900s.", "2019-11-01")).isEmpty();
        }

        @Test
        void yearsAreOnlyYearsWithinRange() {
            assertThat(past("The posts 542 and 1799 and 2101 were hit.", "2019-11-01")).isEmpty();
        }
    }

    @Nested
    class Weekdays {
        // 2019-10-10 is a Thursday
        private static final String THURSDAY = "2019-10-10";

        @Test
        void pastTakesTheLastOneOnOrBefore() {
            assertThat(past("On Monday, Prime Minister Boris Johnson joined the calls.", THURSDAY))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Monday", "2019-10-07"));
            assertThat(past("Police revealed on Thursday that she had left.", THURSDAY))
                    .extracting(TimeExpression::value).containsExactly(THURSDAY);
            assertThat(find("The report says Monday was calm.", THURSDAY, Tense.UNKNOWN))
                    .extracting(TimeExpression::value).containsExactly("2019-10-07");
        }

        @Test
        void futureTakesTheNextOneOnOrAfter() {
            assertThat(find("The envoy will travel to Kabul on Monday.", THURSDAY, Tense.FUTURE))
                    .extracting(TimeExpression::value).containsExactly("2019-10-14");
            assertThat(find("He will speak on Thursday.", THURSDAY, Tense.FUTURE))
                    .extracting(TimeExpression::value).containsExactly(THURSDAY);
        }

        @Test
        void partOfDayIsInTheSpan() {
            assertThat(past("The shelling began on Thursday afternoon and resumed Monday night.", "2015-08-21"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Thursday afternoon", "2015-08-20"), tuple("Monday night", "2015-08-17"));
        }

        @Test
        void lastNextAndThis() {
            assertThat(past("The delegations met last Tuesday.", THURSDAY))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("last Tuesday", "2019-10-08"));
            assertThat(past("The delegations met last Thursday.", THURSDAY))
                    .extracting(TimeExpression::value).containsExactly("2019-10-03");
            assertThat(find("The delegations meet next Friday.", THURSDAY, Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("next Friday", "2019-10-11"));
            assertThat(find("This Friday the court will rule.", THURSDAY, Tense.FUTURE))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("This Friday", "2019-10-11"));
            assertThat(past("This Monday the court ruled.", THURSDAY))
                    .extracting(TimeExpression::value).containsExactly("2019-10-07");
        }

        @Test
        void weekdayNamesThatAreNotDays() {
            String text = "The Sunday Times reported on Bloody Sunday and the Good Friday Agreement, "
                    + "as did the Mail on Sunday and Saturday Night Live.";
            assertThat(past(text, THURSDAY)).isEmpty();
        }

        @Test
        void possessiveWeekday() {
            assertThat(past("With Sunday's signings, all but one member state signed.", "2019-07-10"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Sunday", "2019-07-07"));
        }
    }

    @Nested
    class RelativeDaysMonthsYears {
        @Test
        void namedDays() {
            String text = "Yesterday, oil facilities were hit. Today the fires are under control, the minister "
                    + "said this morning, and tonight exports resume. Talks start tomorrow.";
            assertThat(past(text, "2019-09-15"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Yesterday", "2019-09-14"), tuple("Today", "2019-09-15"),
                            tuple("this morning", "2019-09-15"), tuple("tonight", "2019-09-15"),
                            tuple("tomorrow", "2019-09-16"));
        }

        @Test
        void countedDays() {
            String text = "The strike came two days ago, after a raid the day before yesterday and one "
                    + "last night; the marchers left yesterday afternoon.";
            assertThat(past(text, "2019-09-15"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("two days ago", "2019-09-13"),
                            tuple("the day before yesterday", "2019-09-13"),
                            tuple("last night", "2019-09-14"), tuple("yesterday afternoon", "2019-09-14"));
        }

        @Test
        void weeksAreSkipped() {
            assertThat(past("The vote was last week, a week ago; another is this week and next week.", "2019-09-15"))
                    .isEmpty();
        }

        @Test
        void todayAsANameIsNotADay() {
            assertThat(past("The claim was reported by USA Today.", "2019-09-15")).isEmpty();
        }

        @Test
        void months() {
            String text = "Last month, Navalny was airlifted to Berlin. A summit follows later this month; "
                    + "ministers met earlier this month and meet again next month.";
            assertThat(past(text, "2020-09-05"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("Last month", "2020-08"), tuple("later this month", "2020-09"),
                            tuple("earlier this month", "2020-09"), tuple("next month", "2020-10"));
            assertThat(past("The deal was signed last month.", "2020-01-06"))
                    .extracting(TimeExpression::value).containsExactly("2019-12");
        }

        @Test
        void years() {
            String text = "Turnout was up on last year; this year's vote was calm. Earlier this year a law "
                    + "passed, and another comes next year.";
            assertThat(past(text, "2019-11-27"))
                    .extracting(TimeExpression::text, TimeExpression::value)
                    .containsExactly(tuple("last year", "2018"), tuple("this year", "2019"),
                            tuple("Earlier this year", "2019"), tuple("next year", "2020"));
        }

        @Test
        void spansOfTimeAreNotCalendarUnits() {
            assertThat(past("Africa negotiated the deal over the last four years and the last year.", "2019-07-10"))
                    .isEmpty();
        }
    }

    @Nested
    class ContextAndSpans {
        @Test
        void withoutAnchorOnlyFixedDatesAreFound() {
            assertThat(find("On Tuesday, talks set in May 2018 resumed; they end tomorrow.", null, Tense.PAST))
                    .extracting(TimeExpression::text).containsExactly("May 2018");
        }

        @Test
        void anchorIsAskedPerOffset() {
            // the quote was spoken on Monday 2019-10-07; the article is dated Thursday 2019-10-10
            String text = "On Monday Johnson said: \"We are raising it today with the ambassador.\" "
                    + "The embassy replied today.";
            int quoteEnd = text.indexOf("The embassy");
            TimeContext ctx = new TimeContext() {
                @Override
                public LocalDate anchor(int offset) {
                    return offset < quoteEnd && offset > text.indexOf('"')
                            ? LocalDate.of(2019, 10, 7) : LocalDate.of(2019, 10, 10);
                }

                @Override
                public Tense tense(int start, int end) {
                    return start < quoteEnd ? Tense.PRESENT : Tense.PAST;
                }
            };
            assertThat(FINDER.find(text, ctx))
                    .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::tense)
                    .containsExactly(tuple("Monday", "2019-10-07", Tense.PRESENT),
                            tuple("today", "2019-10-07", Tense.PRESENT),
                            tuple("today", "2019-10-10", Tense.PAST));
        }

        @Test
        void tenseIsRecordedAsTheContextGaveIt() {
            assertThat(find("Elections are due on June 4, 2021.", "2020-01-01", Tense.FUTURE))
                    .extracting(TimeExpression::tense).containsExactly(Tense.FUTURE);
            assertThat(find("Elections are due on June 4, 2021.", "2020-01-01", null))
                    .extracting(TimeExpression::tense).containsExactly(Tense.UNKNOWN);
        }

        @Test
        void longestWinsAndNothingOverlaps() {
            String text = "Sunday, September 15, 2019\n\nIn the summer of 2019 and in May 2018, and last May 2017.";
            List<TimeExpression> found = past(text, "2019-09-15");
            assertThat(found).extracting(TimeExpression::text)
                    .containsExactly("Sunday, September 15, 2019", "summer of 2019", "May 2018", "May 2017");
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
            }
        }

        @Test
        void offsetsPointIntoTheText() {
            String text = "TEHRAN - Ali Shamkhani said on Tuesday that cooperation will continue.";
            TimeExpression t = past(text, "2019-01-08").get(0);
            assertThat(t.start()).isEqualTo(text.indexOf("Tuesday"));
            assertThat(t.end()).isEqualTo(text.indexOf("Tuesday") + "Tuesday".length());
            assertThat(t.value()).isEqualTo("2019-01-08");
        }
    }

    /**
     * The dev gold, read with the publication date as anchor and past tense everywhere (what a
     * news article mostly is): at most the times that need a quote's own anchor may be missed.
     */
    @Test
    void devGoldTimes() throws IOException {
        Path gold = Path.of("../../shared/gold/dev");
        Path corpus = Path.of("../../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(gold) && Files.isDirectory(corpus), "no shared gold beside the project");
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        List<String> missed = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode doc = json.readTree(g.toFile());
                String id = doc.get("id").asText();
                String text = Files.readString(corpus.resolve(id + ".txt"));
                List<TimeExpression> found = past(text, doc.get("published").asText());
                for (JsonNode t : doc.path("times")) {
                    total++;
                    boolean hit = found.stream().anyMatch(f -> f.text().equalsIgnoreCase(t.get("text").asText())
                            && f.value().equals(t.get("value").asText()));
                    if (!hit) {
                        missed.add(id + ": " + t);
                    }
                }
            }
        }
        assertThat(total).isGreaterThan(20);
        assertThat(missed).as("missed gold times").hasSizeLessThanOrEqualTo(2);
    }

    // ---- properties

    private static String sentence(Month month, int day) {
        return "The ministers met on " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day + ".";
    }

    @Property
    void pastMonthDayIsOnOrBeforeTheAnchorWithinAYear(
            @ForAll @LongRange(min = -25_000, max = 45_000) long epochDay,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int day) {
        Month m = Month.of(month);
        Assume.that(day <= m.maxLength());
        LocalDate anchor = LocalDate.ofEpochDay(epochDay);
        List<TimeExpression> found = FINDER.find(sentence(m, day), new Fixed(anchor, Tense.PAST));
        if (found.isEmpty()) {
            // only a February 29 with no leap day in the past year may be left out
            assertThat(MonthDay.of(m, day)).isEqualTo(MonthDay.of(2, 29));
            return;
        }
        LocalDate d = LocalDate.parse(found.get(0).value());
        assertThat(MonthDay.from(d)).isEqualTo(MonthDay.of(m, day));
        assertThat(d).isBeforeOrEqualTo(anchor).isAfterOrEqualTo(anchor.minusYears(1));
    }

    @Property
    void futureMonthDayIsOnOrAfterTheAnchorWithinAYear(
            @ForAll @LongRange(min = -25_000, max = 45_000) long epochDay,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int day) {
        Month m = Month.of(month);
        Assume.that(day <= m.maxLength());
        LocalDate anchor = LocalDate.ofEpochDay(epochDay);
        List<TimeExpression> found = FINDER.find(sentence(m, day), new Fixed(anchor, Tense.FUTURE));
        if (found.isEmpty()) {
            assertThat(MonthDay.of(m, day)).isEqualTo(MonthDay.of(2, 29));
            return;
        }
        LocalDate d = LocalDate.parse(found.get(0).value());
        assertThat(MonthDay.from(d)).isEqualTo(MonthDay.of(m, day));
        assertThat(d).isAfterOrEqualTo(anchor).isBeforeOrEqualTo(anchor.plusYears(1));
    }

    @Property
    void weekdaysLieWithinAWeekOfTheAnchorOnTheSideTheTenseSays(
            @ForAll @LongRange(min = -25_000, max = 45_000) long epochDay,
            @ForAll @IntRange(min = 1, max = 7) int weekday,
            @ForAll boolean future) {
        LocalDate anchor = LocalDate.ofEpochDay(epochDay);
        String name = java.time.DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<TimeExpression> found = FINDER.find("They met on " + name + ".",
                new Fixed(anchor, future ? Tense.FUTURE : Tense.PAST));
        LocalDate d = LocalDate.parse(found.get(0).value());
        assertThat(d.getDayOfWeek().getValue()).isEqualTo(weekday);
        if (future) {
            assertThat(d).isAfterOrEqualTo(anchor).isBefore(anchor.plusDays(7));
        } else {
            assertThat(d).isBeforeOrEqualTo(anchor).isAfter(anchor.minusDays(7));
        }
    }
}
