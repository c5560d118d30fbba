package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MetadataTest {

    @Test
    void readsTheSidecarFieldsAndIgnoresUnknownKeys() throws InputException {
        Metadata m = Metadata.parseJson("x.json", """
                {"id": "mehr-2019-iran-syria", "title": null, "source": "Mehr News Agency",
                 "url": "https://en.mehrnews.com/news/141790", "published": "2019-01-08",
                 "language": "en", "license": "CC BY 4.0", "tags": ["Iran", "Syria"], "words": 412}
                """);
        assertThat(m).isEqualTo(new Metadata("mehr-2019-iran-syria", null, "Mehr News Agency",
                "https://en.mehrnews.com/news/141790", "2019-01-08", "en", "CC BY 4.0"));
    }

    @Test
    void blankStringsAreUnsetAndNumbersAreText() throws InputException {
        Metadata m = Metadata.parseJson("x.json", "{\"title\": \"  \", \"published\": 20190108}");
        assertThat(m.title()).isNull();
        assertThat(m.published()).isEqualTo("20190108");
    }

    @Test
    void syntaxErrorNamesTheSidecarAndThePosition() {
        assertThatThrownBy(() -> Metadata.parseJson("corpus/x.json", "{\"id\": \"x\",\n \"title\": }"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("not valid JSON at line 2, column 11")
                .extracting(e -> ((InputException) e).problem().line())
                .asString().startsWith("dateline: error: corpus/x.json: not valid JSON at line 2");
    }

    @Test
    void textAfterTheObjectIsAnError() {
        assertThatThrownBy(() -> Metadata.parseJson("x.json", "{\"id\": \"x\"} {\"id\": \"y\"}"))
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void anArrayIsNotASidecar() {
        assertThatThrownBy(() -> Metadata.parseJson("x.json", "[{\"id\": \"x\"}]"))
                .hasMessage("not a JSON object but an array");
        assertThatThrownBy(() -> Metadata.parseJson("x.json", "   "))
                .hasMessage("not valid JSON: no content");
        assertThatThrownBy(() -> Metadata.parseJson("x.json", "{\"title\": {\"en\": \"x\"}}"))
                .hasMessage("field \"title\" is an object, not a string");
    }

    @Test
    void overridesWinFieldByField() {
        Metadata sidecar = new Metadata("a", "Title", "Src", null, "2019-01-08", "en", "CC BY 4.0");
        Metadata cli = new Metadata(null, "Other title", null, "https://x.invalid/a", null, null, null);
        assertThat(sidecar.overriddenBy(cli)).isEqualTo(
                new Metadata("a", "Other title", "Src", "https://x.invalid/a", "2019-01-08", "en", "CC BY 4.0"));
        assertThat(sidecar.overriddenBy(null)).isEqualTo(sidecar);
        assertThat(Metadata.EMPTY.overriddenBy(sidecar)).isEqualTo(sidecar);
    }
}
