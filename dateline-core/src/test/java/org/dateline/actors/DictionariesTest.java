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

class DictionariesTest {

    @Test
    void bundledDictionariesKnowCountriesOrganisationsRolesAndOfficeHolders() {
        Dictionaries d = Dictionaries.standard();
        assertThat(d.lexicon().lookup("Iranian")).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Entry.Kind.DEMONYM);
            assertThat(e.country()).isEqualTo("IRN");
        });
        assertThat(d.lexicon().lookup("the U.S.")).anySatisfy(e -> assertThat(e.country()).isEqualTo("USA"));
        assertThat(d.lexicon().lookup("Zionist regime")).anySatisfy(e -> assertThat(e.country()).isEqualTo("ISR"));
        assertThat(d.lexicon().lookup("Washington")).anySatisfy(e -> assertThat(e.kind()).isEqualTo(Entry.Kind.CAPITAL));
        assertThat(d.lexicon().lookup("United Nations")).anySatisfy(e -> assertThat(e.code()).startsWith("IGOUNO"));
        assertThat(d.lexicon().lookup("NATO")).anySatisfy(e -> assertThat(e.code()).isEqualTo("IGOWSTNAT"));
        assertThat(d.lexicon().lookup("foreign minister")).anySatisfy(e -> assertThat(e.sector()).isEqualTo("GOV"));
        assertThat(d.lexicon().lookup("troop")).anySatisfy(e -> assertThat(e.sector()).isEqualTo("MIL"));
        assertThat(d.lexicon().lookup("judge")).anySatisfy(e -> assertThat(e.sector()).isEqualTo("JUD"));
        assertThat(d.officeHolders().find("Zarif", LocalDate.of(2019, 1, 8)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("IRNGOV"));
        assertThat(d.officeHolders().find("Angela Merkel", LocalDate.of(2020, 9, 5)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("DEUGOV"));
        assertThat(d.countryName("SYR")).isEqualTo("Syria");
    }

    @Test
    void officeHoldersAreCodedByTheArticleDate() {
        OfficeHolders people = Dictionaries.standard().officeHolders();
        // Netanyahu was out of office from June 2021 to December 2022: the nearest term still
        // tells his country, and in office he is government.
        assertThat(people.find("Benjamin Netanyahu", LocalDate.of(2019, 3, 1)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("ISRGOV"));
        assertThat(people.find("Nobody Atall", LocalDate.of(2019, 3, 1))).isEmpty();
    }

    @Test
    void userFilesAddEntriesInTheBundledFormats(@TempDir Path dir) throws IOException {
        Path roles = dir.resolve("my-roles.tsv");
        Files.writeString(roles, "# my roles\nterm\tsector\tkind\nharbour master\tGOV\tperson\n");
        Path people = dir.resolve("my-people.tsv");
        Files.writeString(people, "name\taliases\tcode\tfrom\tto\ttitle\nJane Roe\tRoe\tNZLGOV\t2020-01\t\tharbour master\n");
        Dictionaries d = Dictionaries.withFiles(List.of(roles, people));
        assertThat(d.lexicon().lookup("Harbour Master")).anySatisfy(e -> assertThat(e.sector()).isEqualTo("GOV"));
        assertThat(d.officeHolders().find("Roe", LocalDate.of(2024, 2, 2)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("NZLGOV"));
        // The bundled entries are still there.
        assertThat(d.lexicon().lookup("Iran")).isNotEmpty();
    }

    @Test
    void aMalformedUserFileIsRefusedWithItsNameAndLine(@TempDir Path dir) throws IOException {
        Path people = dir.resolve("broken.tsv");
        Files.writeString(people, "name\taliases\tcode\tfrom\tto\ttitle\nJane Roe\tRoe\tNZLGOV\tlast year\t\tmayor\n");
        assertThatThrownBy(() -> Dictionaries.withFiles(List.of(people)))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("broken.tsv:2")
                .hasMessageContaining("last year");
    }
}
