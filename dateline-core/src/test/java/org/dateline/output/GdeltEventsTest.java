package org.dateline.output;

import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Record;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GdeltEventsTest {

    @Test
    void anEventBecomesOneRowOfTheSixtyOneGdeltColumns() {
        Mention evidence = new Mention(0, 48, "Trump ordered sanctions against Iran in May 2018");
        Event sanctions = new Event("163", "16", -8.0, 4, new Event.Plover("SANCTION", "discontinue"),
                new ActorRef("a1", "Donald Trump", "USAGOV"), new ActorRef("a2", "Iran", "IRN"), "2018-05", false,
                new Place("Tehran", "IRN", 35.69, 51.42, null, null), null, false, Event.Modality.ASSERTED,
                evidence, List.of(evidence, new Mention(60, 70, "sanctions")));
        Event visit = new Event("043", "04", 2.8, 1, new Event.Plover("CONSULT", "host"),
                new ActorRef("a3", "Ali Shamkhani", "IRNGOV"), new ActorRef("a4", "UN", "IGOUNO"), "2019-01-08", true,
                null, null, false, Event.Modality.ASSERTED, new Mention(80, 90, "met"), List.of(new Mention(80, 90, "met")));
        Record r = new Record("mehr", null, "Mehr", "https://example.org/a", "2019-01-08", "en", null, null,
                List.of(), List.of(), List.of(sanctions, visit), List.of(), List.of());

        List<String> rows = GdeltEvents.rows(r);

        assertThat(rows).hasSize(2);
        String[] first = rows.get(0).split("\t", -1);
        assertThat(first).hasSize(GdeltEvents.COLUMNS.size()).hasSize(61);
        assertThat(col(first, "Day")).isEqualTo("20180501");
        assertThat(col(first, "MonthYear")).isEqualTo("201805");
        assertThat(col(first, "Actor1Code")).isEqualTo("USAGOV");
        assertThat(col(first, "Actor1Name")).isEqualTo("DONALD TRUMP");
        assertThat(col(first, "Actor1CountryCode")).isEqualTo("USA");
        assertThat(col(first, "Actor1Type1Code")).isEqualTo("GOV");
        assertThat(col(first, "Actor2CountryCode")).isEqualTo("IRN");
        assertThat(col(first, "EventCode")).isEqualTo("163");
        assertThat(col(first, "EventRootCode")).isEqualTo("16");
        assertThat(col(first, "QuadClass")).isEqualTo("4");
        assertThat(col(first, "GoldsteinScale")).isEqualTo("-8.0");
        assertThat(col(first, "NumMentions")).isEqualTo("2");
        assertThat(col(first, "IsRootEvent")).isEqualTo("1");
        assertThat(col(first, "ActionGeo_FullName")).isEqualTo("Tehran");
        assertThat(col(first, "ActionGeo_Lat")).isEqualTo("35.6900");
        assertThat(col(first, "DATEADDED")).isEqualTo("20190108000000");
        assertThat(col(first, "SOURCEURL")).isEqualTo("https://example.org/a");

        String[] second = rows.get(1).split("\t", -1);
        // An IGO is no country: its own code is GDELT's known group.
        assertThat(col(second, "Actor2CountryCode")).isEmpty();
        assertThat(col(second, "Actor2KnownGroupCode")).isEqualTo("UNO");
        assertThat(col(second, "IsRootEvent")).isEqualTo("0");
        assertThat(col(second, "GlobalEventID")).isNotEqualTo(col(first, "GlobalEventID"));
        assertThat(GdeltEvents.rows(r).get(1)).isEqualTo(rows.get(1)); // ids are stable across runs
    }

    private static String col(String[] row, String name) {
        return row[GdeltEvents.COLUMNS.indexOf(name)];
    }
}
