package org.dateline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.geo.GeoName.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZ = Gazetteer.standard();

    private static GeoName find(String name, String... context) {
        return GAZ.lookup(name, List.of(context)).orElseThrow(() -> new AssertionError("not found: " + name));
    }

    @Test
    void tehranIsTheIranianCapital() {
        GeoName tehran = find("Tehran");
        assertThat(tehran.country()).isEqualTo("IRN");
        assertThat(tehran.kind()).isEqualTo(Kind.CAPITAL);
        assertThat(tehran.lat()).isCloseTo(35.7, within(0.1));
        assertThat(tehran.lon()).isCloseTo(51.4, within(0.1));
    }

    @Test
    void parisIsTheFrenchCapitalEvenInAnAmericanArticle() {
        assertThat(find("Paris").country()).isEqualTo("FRA");
        // Paris, Texas (25,000) is under a tenth of the capital: a US context does not move it.
        GeoName paris = find("Paris", "USA");
        assertThat(paris.country()).isEqualTo("FRA");
        assertThat(paris.lat()).isCloseTo(48.85, within(0.05));
    }

    @Test
    void tripoliIsLibyanUnlessTheArticleIsAboutLebanon() {
        assertThat(find("Tripoli").country()).isEqualTo("LBY");
        assertThat(find("Tripoli", "LBN").country()).isEqualTo("LBN");
        assertThat(find("Tripoli", "LBN", "LBY").country()).isEqualTo("LBN");
        assertThat(find("Tripoli", "LBY", "LBN").country()).isEqualTo("LBY");
    }

    @Test
    void georgiaIsTheCountryUnlessOnlyTheUnitedStatesIsInContext() {
        GeoName country = find("Georgia");
        assertThat(country.country()).isEqualTo("GEO");
        assertThat(country.kind()).isEqualTo(Kind.COUNTRY);
        assertThat(find("Georgia", "RUS").country()).isEqualTo("GEO");
        assertThat(find("Georgia", "USA", "GEO").country()).isEqualTo("GEO");

        GeoName state = find("Georgia", "USA");
        assertThat(state.country()).isEqualTo("USA");
        assertThat(state.kind()).isEqualTo(Kind.REGION);
        assertThat(state.lat()).isCloseTo(32.7, within(1.0));
    }

    @Test
    void aCountryNameIsNotTakenByATownInTheContextCountry() {
        // Lebanon, Pennsylvania and Palestine, Texas exist; only regions may beat a country.
        assertThat(find("Lebanon", "USA").country()).isEqualTo("LBN");
        assertThat(find("Palestine", "USA").country()).isEqualTo("PSE");
        assertThat(find("Armenia", "COL").country()).isEqualTo("ARM");
    }

    @Test
    void damascusIsTheSyrianCapitalNotTheMarylandTown() {
        assertThat(find("Damascus").country()).isEqualTo("SYR");
        assertThat(find("Damascus", "USA").country()).isEqualTo("SYR");
    }

    @Test
    void kyivAndKievAreTheSamePlace() {
        GeoName kyiv = find("Kyiv");
        assertThat(kyiv.country()).isEqualTo("UKR");
        assertThat(find("Kiev")).isEqualTo(kyiv);
        assertThat(find("KIEV")).isEqualTo(kyiv);
    }

    @Test
    void erbilAndArbilAreTheSamePlace() {
        GeoName erbil = find("Erbil");
        assertThat(erbil.country()).isEqualTo("IRQ");
        assertThat(find("Arbil")).isEqualTo(erbil);
        assertThat(find("Irbil")).isEqualTo(erbil);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        GeoName saoPaulo = find("São Paulo");
        assertThat(saoPaulo.country()).isEqualTo("BRA");
        assertThat(find("Sao Paulo")).isEqualTo(saoPaulo);
        assertThat(find("sao paulo")).isEqualTo(saoPaulo);
        assertThat(find("Sanaa")).isEqualTo(find("Sana'a"));
        assertThat(find("Sanaa").country()).isEqualTo("YEM");
        assertThat(find("Deir ez-Zor")).isEqualTo(find("Deir ez Zor"));
    }

    @Test
    void aLeadingTheIsIgnored() {
        assertThat(find("the Netherlands").country()).isEqualTo("NLD");
        assertThat(find("The Gambia").country()).isEqualTo("GMB");
        assertThat(find("the Persian Gulf").kind()).isEqualTo(Kind.REGION);
    }

    @Test
    void aleppoIsInSyria() {
        GeoName aleppo = find("Aleppo");
        assertThat(aleppo.country()).isEqualTo("SYR");
        assertThat(aleppo.population()).isGreaterThan(1_000_000);
    }

    @Test
    void watfordIsTheEnglishTownNotTheOntarioVillage() {
        assertThat(find("Watford").country()).isEqualTo("GBR");
        assertThat(find("Watford", "GBR", "USA").country()).isEqualTo("GBR");
    }

    @Test
    void omskIsInRussia() {
        GeoName omsk = find("Omsk");
        assertThat(omsk.country()).isEqualTo("RUS");
        assertThat(omsk.lon()).isCloseTo(73.4, within(0.1));
    }

    @Test
    void northamptonshireIsAnEnglishCounty() {
        GeoName county = find("Northamptonshire");
        assertThat(county.country()).isEqualTo("GBR");
        assertThat(county.kind()).isEqualTo(Kind.REGION);
    }

    @Test
    void gazaIsPalestinian() {
        assertThat(find("Gaza").country()).isEqualTo("PSE");
        assertThat(find("Gaza Strip").country()).isEqualTo("PSE");
        assertThat(find("Gaza City").kind()).isEqualTo(Kind.CITY);
        assertThat(find("West Bank").country()).isEqualTo("PSE");
    }

    @Test
    void namesThatNewsUsesForCities() {
        assertThat(find("Washington").kind()).isEqualTo(Kind.CAPITAL);
        assertThat(find("Washington").country()).isEqualTo("USA");
        assertThat(find("New York").lat()).isCloseTo(40.7, within(0.1));
        assertThat(find("Hong Kong").country()).isEqualTo("HKG");
    }

    @Test
    void aContextCountryDecidesBetweenPlacesOfSimilarSize() {
        // Birmingham, Alabama is a fifth of Birmingham, England: the context decides.
        assertThat(find("Birmingham").country()).isEqualTo("GBR");
        assertThat(find("Birmingham", "USA").country()).isEqualTo("USA");
        // Surrey, British Columbia against the English county.
        assertThat(find("Surrey").country()).isEqualTo("GBR");
        assertThat(find("Surrey", "CAN").country()).isEqualTo("CAN");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Places in the gold readings of the dev articles, with the countries those articles name.
        "Niamey, NER, NER NGA BEN",
        "Niger, NER, NER NGA",
        "Nigeria, NGA, NER NGA",
        "Abqaiq, SAU, SAU YEM IRN",
        "Riyadh, SAU, SAU YEM IRN",
        "Pyongyang, PRK, PRK KOR",
        "North Korea, PRK, PRK KOR",
        "Okinawa, JPN, JPN CHN CHL",
        "Aceh, IDN, IDN",
        "Banda Aceh, IDN, IDN",
        "Berlin, DEU, DEU RUS",
        "London, GBR, GBR USA",
        "United Kingdom, GBR, GBR USA",
        "United States, USA, USA IRQ",
    })
    void goldPlacesOfTheDevArticles(String name, String country, String context) {
        assertThat(find(name, context.split(" ")).country()).isEqualTo(country);
    }

    @Test
    void unknownNamesGiveNothing() {
        assertThat(GAZ.lookup("Xqzzyville", List.of())).isEmpty();
        assertThat(GAZ.lookup("", List.of())).isEmpty();
        assertThat(GAZ.lookup(null, List.of())).isEmpty();
        assertThat(GAZ.isKnown("Xqzzyville")).isFalse();
        assertThat(GAZ.isKnown("Kiev")).isTrue();
        assertThat(GAZ.isKnown("the Strait of Hormuz")).isTrue();
    }

    @Test
    void countryRowsByCode() {
        GeoName iran = GAZ.country("IRN").orElseThrow();
        assertThat(iran.name()).isEqualTo("Iran");
        assertThat(iran.kind()).isEqualTo(Kind.COUNTRY);
        assertThat(iran.lat()).isCloseTo(32, within(1.0));
        assertThat(GAZ.country("pse").orElseThrow().name()).isEqualTo("Palestine");
        assertThat(GAZ.country("XXX")).isEmpty();
        assertThat(GAZ.country(null)).isEmpty();
    }

    @Test
    void theBundledTableIsLargeAndShared() {
        assertThat(GAZ.size()).isBetween(50_000, 80_000);
        assertThat(Gazetteer.standard()).isSameAs(GAZ);
    }

    @Test
    void theBundledTableLoadsQuickly() throws Exception {
        // A loose bound (the target is under 0.5 s in a fresh JVM, about 0.1 s once warm):
        // it catches a quadratic slip in the parser, not a slow CI machine.
        long start = System.nanoTime();
        try (var in = Gazetteer.class.getResourceAsStream("places.tsv")) {
            assertThat(PlacesReader.read(in).size()).isEqualTo(GAZ.size());
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500);
    }

    @Test
    void concurrentLookupsAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<String> task = () -> find("Tripoli", "LBN").country() + find("Kiev").name();
            List<Future<String>> results = pool.invokeAll(Collections.nCopies(16, task));
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("LBNKyiv");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aUserTableLoadsThroughAReader() throws Exception {
        String tsv = """
                # a user's own places
                name\tcountry\tlat\tlon\tpopulation\tkind\talt
                Springfield\tUSA\t39.7817\t-89.6501\t114394\tcity\tSpringfield IL
                Springfield\tUSA\t42.1015\t-72.5898\t155929\tcity\t
                Gdańsk\tPOL\t54.3520\t18.6466\t470907\tCITY\tDanzig
                Nowhere Sea\t\t10.0\t20.0\t0\tregion
                """;
        Gazetteer own = Gazetteer.load(new StringReader(tsv));
        assertThat(own.size()).isEqualTo(4);
        assertThat(own.lookup("Springfield", Set.of()).orElseThrow().lat()).isCloseTo(42.1, within(0.01));
        assertThat(own.lookup("springfield il", Set.of()).orElseThrow().lat()).isCloseTo(39.78, within(0.01));
        assertThat(own.lookup("Gdansk", Set.of()).orElseThrow().name()).isEqualTo("Gdańsk");
        assertThat(own.lookup("Danzig", Set.of()).orElseThrow().country()).isEqualTo("POL");
        assertThat(own.lookup("Nowhere Sea", Set.of()).orElseThrow().country()).isEmpty();
        assertThat(own.lookup("Paris", Set.of())).isEmpty();
    }

    @Test
    void aMalformedUserTableIsRejectedWithItsLineNumber() {
        String tsv = "name\tcountry\tlat\tlon\tpopulation\tkind\talt\nAtlantis\tGRC\tnorth\t20.0\t0\tcity\t\n";
        assertThatThrownBy(() -> Gazetteer.load(new StringReader(tsv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
        String badKind = "Atlantis\tGRC\t37.0\t25.0\t0\tmyth\n";
        assertThatThrownBy(() -> Gazetteer.load(new StringReader(badKind)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void aSmallNamesakeInAContextCountryDoesNotTakeABigCityAway() {
        // Geneva, Illinois has about a ninth of Geneva's people: a story that names the US
        // ("the interim accord was signed in Geneva") still means Switzerland.
        assertThat(Gazetteer.standard().lookup("Geneva", List.of("IRN", "USA"))).hasValueSatisfying(
                g -> assertThat(g.country()).isEqualTo("CHE"));
    }
}
