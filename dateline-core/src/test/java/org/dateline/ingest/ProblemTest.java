package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void lineNamesSeverityInputAndMessage() {
        Problem p = Problem.error("corpus/x.txt", "not text (binary data: NUL bytes at offset 12)");
        assertThat(p.line()).isEqualTo("dateline: error: corpus/x.txt: not text (binary data: NUL bytes at offset 12)");
        assertThat(Problem.warning("a.json", "x").line()).isEqualTo("dateline: warning: a.json: x");
    }

    @Test
    void messageIsKeptToOneLine() {
        Problem p = Problem.warning("a.json", "Unexpected character\n at [Source: x]\r\n");
        assertThat(p.message()).isEqualTo("Unexpected character at [Source: x]");
        assertThat(p.line()).doesNotContain("\n", "\r");
    }

    @Test
    void inputExceptionCarriesTheReasonAndAnErrorProblem() {
        InputException e = new InputException("in.txt", "empty file");
        assertThat(e.getMessage()).isEqualTo("empty file");
        assertThat(e.input()).isEqualTo("in.txt");
        assertThat(e.problem()).isEqualTo(new Problem("in.txt", Problem.Severity.ERROR, "empty file"));
    }
}
