package org.dateline.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationMarksTest {

    private static List<String> texts(String s) {
        return QuotationMarks.find(s).stream().map(q -> s.substring(q.start(), q.end())).toList();
    }

    @Test
    void everyMarkStyleGivesTheWordsBetweenTheMarks() {
        assertThat(texts("He said “we will respond” and left.")).containsExactly("we will respond");
        assertThat(texts("He said \"we will respond\" and left.")).containsExactly("we will respond");
        assertThat(texts("Er sagte „wir antworten“ dann.")).containsExactly("wir antworten");
        assertThat(texts("Il a dit « nous répondrons » hier.")).containsExactly(" nous répondrons ");
        assertThat(texts("She called it ‘a disgrace’ on Monday.")).containsExactly("a disgrace");
    }

    @Test
    void apostrophesAreNotClosingMarks() {
        assertThat(texts("the country’s ‘development’ plan")).containsExactly("development");
        assertThat(texts("Iran’s supports and the Iranians’ determination")).isEmpty();
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsTwoSpans() {
        String s = "“While we await clarification,” he said, “we strongly urge Iraqi leaders to reconsider.”";
        assertThat(texts(s)).containsExactly("While we await clarification,", "we strongly urge Iraqi leaders to reconsider.");
    }

    @Test
    void aQuotationOverParagraphsIsOneSpanPerParagraphWithOneNumber() {
        String s = "He said: “The first part goes on.\n\n“The second part ends here,” he added.";
        List<QuotedSpan> spans = QuotationMarks.find(s);
        assertThat(texts(s)).containsExactly("The first part goes on.", "The second part ends here,");
        assertThat(spans.get(0).quotation()).isEqualTo(spans.get(1).quotation());
        assertThat(spans.get(0).close()).isEqualTo(-1);
    }

    @Test
    void straightQuotesRunningOverParagraphsWithoutReopeningAreSplitToo() {
        String s = "\"War maniacs made another provocation.\n\nThey fired 36 shells\", said KCNA.";
        assertThat(texts(s)).containsExactly("War maniacs made another provocation.", "They fired 36 shells");
    }

    @Test
    void anUnclosedMarkSwallowsNothing() {
        assertThat(texts("He said “this never closes.\n\nAnother paragraph.")).isEmpty();
    }
}
