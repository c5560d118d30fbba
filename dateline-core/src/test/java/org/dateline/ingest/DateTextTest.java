package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    private static final LocalDate JAN_8 = LocalDate.of(2019, 1, 8);

    @ParameterizedTest
    @ValueSource(strings = {"2019-01-08", "2019-01-08T10:15:00Z", "2019-01-08T10:15:00+03:30",
        "2019-01-08T23:59:59.123-05:00", "2019-01-08T10:15:00+01:00[Europe/Paris]", "2019-01-08T10:15",
        "2019-01-08 10:15:00", "2019-01-08T10:15:00+0330", "Tue, 8 Jan 2019 10:15:00 GMT",
        "Tue, 08 Jan 2019 10:15:00 +0000", "January 8, 2019", "8 January 2019", "Jan 8, 2019", "Jan. 8 2019",
        "20190108", "Tuesday, January 8, 2019", "8th of January 2019", " 2019-01-08 "})
    void acceptsTheUsualShapes(String text) {
        assertThat(DateText.parse(text)).contains(JAN_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-30", "20190230", "February 30, 2019", "30 Feb 2019",
        "Sat, 30 Feb 2019 10:15:00 GMT", "2019-13-01", "next tuesday", "yesterday", "2019-01", "", "8/1/2019",
        "January 2019", "2019-01-08T25:00:00Z"})
    void rejectsImpossibleAndVagueDates(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"December 2004", "Dec. 2004", "2004", "2004-12"})
    void knowsPartialDates(String text) {
        assertThat(DateText.isPartial(text)).isTrue();
        assertThat(DateText.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keepsTheDateWhereItWasWritten() {
        assertThat(DateText.parse("2019-01-08T23:30:00-05:00")).contains(JAN_8);
    }
}
