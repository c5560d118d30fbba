package org.dateline.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PetrarchReaderTest {

    @Test
    void importsDatedActorsSynonymsAndAgents(@TempDir Path dir) throws IOException {
        Path actors = dir.resolve("phoenix.actors.txt");
        Files.writeString(actors, String.join("\n",
                "# PETRARCH actor dictionary excerpt",
                "BARACK_OBAMA_",
                "+PRESIDENT_OBAMA_",
                "[USAELI 19970101-20041102]",
                "[USALEG 20050103-20081116]",
                "[USAGOV >20090120]",
                "HAMID_KARZAI_ [AFGGOV 20011222-20140929]",
                "KURDISTAN_WORKERS_PARTY_ [TURREB]",
                ""));
        Path agents = dir.resolve("agents.txt");
        Files.writeString(agents, "HEADMASTER_ {HEADMASTERS_} [~EDU]\nPOLICE_CONSTABLE_ [~COP]  # a comment\n!minist! [~GOV]\n");

        Dictionaries d = Dictionaries.withFiles(List.of(actors, agents));

        assertThat(d.officeHolders().find("Barack Obama", LocalDate.of(2010, 5, 1)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("USAGOV"));
        assertThat(d.officeHolders().find("President Obama", LocalDate.of(2006, 5, 1)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("USALEG"));
        assertThat(d.officeHolders().find("Hamid Karzai", LocalDate.of(2005, 1, 1)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("AFGGOV"));
        assertThat(d.lexicon().lookup("Kurdistan Workers Party"))
                .anySatisfy(e -> assertThat(e.code()).isEqualTo("TURREB"));
        assertThat(d.lexicon().lookup("headmasters"))
                .anySatisfy(e -> assertThat(e.sector()).isEqualTo("EDU"));
        assertThat(d.lexicon().lookup("police constable"))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(Entry.Kind.ROLE));
        assertThat(d.lexicon().lookup("minist")).isEmpty();
    }

    @Test
    void namesAreTitleCasedButShortAcronymsStay() {
        assertThat(PetrarchReader.name("ABDUL_RASHID_DOSTUM_")).isEqualTo("Abdul Rashid Dostum");
        assertThat(PetrarchReader.name("NATO_")).isEqualTo("NATO");
    }

    @Test
    void aCodeWithNoNameIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "# nothing above\n[USAGOV]\n");
        assertThatThrownBy(() -> Dictionaries.withFiles(List.of(bad)))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("bad.txt:2");
    }
}
