package org.dateline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacesReaderTest {

    @Test
    void decimalsParseExactlyAsTheGeneralParserDoes() {
        Random random = new Random(20240601);
        for (int i = 0; i < 50_000; i++) {
            double value = (random.nextDouble() * 360 - 180);
            String text = String.format(Locale.ROOT, "%." + random.nextInt(8) + "f", value);
            assertThat(PlacesReader.decimal(text.toCharArray(), 0, text.length()))
                    .as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void unusualDecimalsFallBackToTheGeneralParser() {
        for (String text : new String[] {"+3.5", "1e2", "12.", ".5", "-0.0", "0.123456789012345678"}) {
            assertThat(PlacesReader.decimal(text.toCharArray(), 0, text.length())).as(text).isEqualTo(Double.parseDouble(text));
        }
        String padded = "x\t51.6553\ty";
        assertThat(PlacesReader.decimal(padded.toCharArray(), 2, 9)).isEqualTo(51.6553);
    }
}
