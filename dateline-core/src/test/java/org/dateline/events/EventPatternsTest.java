package org.dateline.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventPatternsTest {

    @Test
    void theBundledDictionaryCoversEveryRootAndItsCodesAreInTheTable() {
        EventPatterns patterns = EventPatterns.standard();
        assertThat(patterns.size()).isGreaterThan(500);
        for (String head : List.of("meet", "praise", "accuse", "threaten", "protest", "attack", "sanction", "expel")) {
            assertThat(patterns.isHead(head)).as(head).isTrue();
        }
        assertThat(patterns.verb("meet")).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("040");
            assertThat(p.targets()).contains("with");
        });
        assertThat(CameoCodes.standard().get("043").ploverType()).isEqualTo("CONSULT");
        assertThat(CameoCodes.standard().get("1384").root()).isEqualTo("13");
        assertThat(CameoCodes.standard().get("190").quadClass()).isEqualTo(4);
    }

    @Test
    void intendedActsAreCodedAsIntentOrThreat() {
        assertThat(Modality.intentCode("043")).isEqualTo("036");
        assertThat(Modality.intentCode("061")).isEqualTo("031");
        assertThat(Modality.intentCode("190")).isEqualTo("138");
        assertThat(Modality.intentCode("111")).isEqualTo("111");
    }

    @Test
    void userFilesAddPatternsInTheDatelineAndPetrarchFormats(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("mine.tsv");
        Files.writeString(tsv, "code\thead\tpos\tobject\ttarget\tnote\n0874\tstand down\tv\t\tnone\tX stands down\n");
        Path petrarch = dir.resolve("verbs.txt");
        Files.writeString(petrarch, String.join("\n",
                "--- SNUB  [1245] ---",
                "SNUB",
                "SNUBBED",
                "- * + AT SUMMIT [125]",
                "--- PARLEY  [046] ---",
                "- * WITH +  [046]", ""));
        EventPatterns patterns = EventPatterns.withFiles(List.of(tsv, petrarch));
        assertThat(patterns.verb("stand down")).anySatisfy(p -> assertThat(p.code()).isEqualTo("0874"));
        assertThat(patterns.verb("snub")).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("125");
            assertThat(p.objects()).contains("summit");
        });
        assertThat(patterns.verb("parley")).anySatisfy(p -> assertThat(p.targets()).containsExactly("with"));
        assertThat(patterns.verb("meet")).isNotEmpty();
    }

    @Test
    void aPetrarchPatternBeforeAnyVerbBlockIsRefused(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "- * WITH + [040]\n");
        assertThatThrownBy(() -> EventPatterns.withFiles(List.of(bad))).hasMessageContaining("bad.txt:1");
    }
}
