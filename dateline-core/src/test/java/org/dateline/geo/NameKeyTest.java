package org.dateline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldsCaseAccentsAndLettersWithoutDecomposition() {
        assertThat(NameKey.of("São Paulo")).isEqualTo("sao paulo");
        assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
        assertThat(NameKey.of("Diyarbakır")).isEqualTo("diyarbakir");
        assertThat(NameKey.of("Straße")).isEqualTo("strasse");
        assertThat(NameKey.of("Tromsø")).isEqualTo("tromso");
    }

    @Test
    void dropsApostrophesAndStopsAndSplitsOnOtherPunctuation() {
        assertThat(NameKey.of("Sana'a")).isEqualTo("sanaa");
        assertThat(NameKey.of("Dar‘ā")).isEqualTo("dara");
        assertThat(NameKey.of("Kramators’k")).isEqualTo("kramatorsk");
        assertThat(NameKey.of("Washington, D.C.")).isEqualTo("washington dc");
        assertThat(NameKey.of("  Deir   ez-Zor ")).isEqualTo("deir ez zor");
    }

    @Test
    void dropsALeadingTheOnly() {
        assertThat(NameKey.of("The Hague")).isEqualTo("hague");
        assertThat(NameKey.of("the  Gambia")).isEqualTo("gambia");
        assertThat(NameKey.of("Thessaloniki")).isEqualTo("thessaloniki");
        assertThat(NameKey.of("The")).isEqualTo("the");
        assertThat(NameKey.of(null)).isEmpty();
    }
}
