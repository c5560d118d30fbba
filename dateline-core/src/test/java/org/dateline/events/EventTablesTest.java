package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the two event tables as data: every row well formed, the CAMEO table complete and
 * consistent with the codebook's structure and known Goldstein scores, and every event
 * pattern pointing at a real code without contradicting another pattern.
 */
class EventTablesTest {

    private static final String CODES = "/org/dateline/events/cameo-codes.tsv";
    private static final String PATTERNS = "/org/dateline/events/event-patterns.tsv";

    private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
            "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
            "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final Set<String> PREPOSITIONS = Set.of("with", "on", "upon", "against", "to", "at",
            "from", "for", "into", "in", "of", "about", "over", "between", "near", "along", "off",
            "around", "outside", "behind", "toward", "towards", "by", "beside");

    private static Map<String, List<String>> codes;
    private static List<List<String>> patterns;

    @BeforeAll
    static void load() throws IOException {
        codes = new LinkedHashMap<>();
        for (List<String> row : read(CODES, List.of("code", "name", "goldstein", "quad_class",
                "plover_type", "plover_mode"))) {
            assertThat(codes.put(row.get(0), row)).as("code %s twice", row.get(0)).isNull();
        }
        patterns = read(PATTERNS, List.of("code", "head", "pos", "object", "target", "note"));
    }

    /** Rows after the header, each split on tabs; '#' lines and blank lines skipped. */
    private static List<List<String>> read(String resource, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = EventTablesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean headerSeen = false;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.asList(line.split("\t", -1));
                if (!headerSeen) {
                    assertThat(fields).as("header of %s", resource).isEqualTo(header);
                    headerSeen = true;
                    continue;
                }
                assertThat(fields).as("%s line %d: %s", resource, number, line).hasSize(header.size());
                rows.add(fields);
            }
        }
        return rows;
    }

    @Test
    void everyCodebookCodeIsThereOnce() {
        assertThat(codes).hasSize(296);
        Map<String, Long> perRoot = codes.keySet().stream()
                .collect(Collectors.groupingBy(c -> c.substring(0, 2), TreeMap::new, Collectors.counting()));
        // The codebook's own counts per root, with its 2012 additions (155, 176, 1834, 1951, 1952).
        assertThat(perRoot).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("01", 10L), Map.entry("02", 27L), Map.entry("03", 28L), Map.entry("04", 7L),
                Map.entry("05", 8L), Map.entry("06", 5L), Map.entry("07", 6L), Map.entry("08", 25L),
                Map.entry("09", 5L), Map.entry("10", 27L), Map.entry("11", 12L), Map.entry("12", 26L),
                Map.entry("13", 22L), Map.entry("14", 26L), Map.entry("15", 6L), Map.entry("16", 13L),
                Map.entry("17", 13L), Map.entry("18", 14L), Map.entry("19", 9L), Map.entry("20", 7L))));
    }

    @Test
    void codesNestUnderTheirParents() {
        for (String code : codes.keySet()) {
            assertThat(code).matches("(0[1-9]|1[0-9]|20)[0-9]{1,2}");
            assertThat(codes).as("root code of %s", code).containsKey(code.substring(0, 2) + "0");
            if (code.length() == 4) {
                assertThat(codes).as("parent of %s", code).containsKey(code.substring(0, 3));
            }
        }
    }

    @Test
    void everyRowIsWellFormed() {
        for (List<String> row : codes.values()) {
            String code = row.get(0);
            assertThat(row.get(1)).as("name of %s", code).isNotBlank();
            double goldstein = Double.parseDouble(row.get(2));
            assertThat(goldstein).as("goldstein of %s", code).isBetween(-10.0, 10.0);
            int root = Integer.parseInt(code.substring(0, 2));
            int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertThat(row.get(3)).as("quad class of %s", code).isEqualTo(String.valueOf(quad));
            String type = row.get(4);
            if (type.isEmpty()) {
                assertThat(row.get(5)).as("mode without a type: %s", code).isEmpty();
            } else {
                assertThat(PLOVER_TYPES).as("PLOVER type of %s", code).contains(type);
            }
            assertThat(row.get(5)).matches("[a-z-]*");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "010, 0.0", "011, -0.1", "018, 3.4", "020, 3.0", "036, 4.0", "042, 1.9", "043, 2.8",
        "046, 7.0", "051, 3.4", "057, 8.0", "0874, 10.0", "111, -2.0", "130, -4.4", "141, -6.5",
        "145, -7.5", "163, -8.0", "173, -5.0", "182, -9.5", "186, -10.0", "190, -10.0",
        "191, -9.5", "2041, -10.0"
    })
    void goldsteinScoresAreTheTablesOwn(String code, double expected) {
        assertThat(Double.parseDouble(codes.get(code).get(2))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "041, CONSULT, phone", "042, CONSULT, visit", "044, CONSULT, third-party",
        "057, SUPPORT, ''", "0841, RETREAT, release", "0871, RETREAT, ceasefire",
        "112, ACCUSE, disapprove", "141, PROTEST, demo", "161, SANCTION, withdraw",
        "173, COERCE, arrest", "192, COERCE, confiscate", "195, ASSAULT, heavy-weapons"
    })
    void ploverReadingsFollowTheMapping(String code, String type, String mode) {
        assertThat(codes.get(code).subList(4, 6)).containsExactly(type, mode);
    }

    @Test
    void statementsHaveNoPloverType() {
        codes.keySet().stream().filter(c -> c.startsWith("01"))
                .forEach(c -> assertThat(codes.get(c).get(4)).as(c).isEmpty());
    }

    @Test
    void patternsAreWellFormedAndPointAtRealCodes() {
        assertThat(patterns).hasSizeGreaterThan(600);
        for (List<String> p : patterns) {
            String where = String.join(" | ", p);
            assertThat(codes).as(where).containsKey(p.get(0));
            assertThat(p.get(1)).as(where).matches("[a-z][a-z' -]*[a-z]");
            assertThat(p.get(2)).as(where).isIn("v", "n");
            if (!p.get(3).isEmpty()) {
                for (String object : p.get(3).split("\\|", -1)) {
                    assertThat(object).as(where).matches("\\S.*\\S|\\S").isEqualTo(object.toLowerCase());
                }
            }
            for (String slot : p.get(4).split("\\|", -1)) {
                if (!slot.equals("obj") && !slot.equals("iobj") && !slot.equals("none")) {
                    assertThat(PREPOSITIONS).as(where).contains(slot);
                }
            }
            assertThat(p.get(5)).as(where).isNotBlank();
        }
    }

    @Test
    void everyRootHasPatternsAndSoDoTheCommonSubCodes() {
        Set<String> covered = patterns.stream().map(p -> p.get(0)).collect(Collectors.toSet());
        for (int root = 1; root <= 20; root++) {
            String prefix = String.format("%02d", root);
            long count = patterns.stream().filter(p -> p.get(0).startsWith(prefix)).count();
            assertThat(count).as("patterns of root %s", prefix).isGreaterThanOrEqualTo(20);
        }
        assertThat(covered).contains("010", "012", "015", "016", "018", "020", "0253", "0256", "030",
                "033", "036", "040", "041", "042", "043", "046", "051", "054", "055", "057", "061",
                "062", "064", "070", "073", "075", "0841", "085", "0871", "0874", "090", "100",
                "1041", "1053", "111", "112", "1121", "1122", "1123", "1124", "1125", "114", "115",
                "116", "120", "125", "127", "129", "130", "138", "1384", "139", "141", "143", "145",
                "152", "154", "161", "162", "163", "164", "166", "171", "1723", "1724", "173", "174",
                "175", "181", "183", "186", "190", "191", "192", "193", "194", "195", "1952", "196",
                "202", "203", "2041");
    }

    /**
     * Two patterns for one head contradict each other when they could both match a clause
     * (their objects overlap or both have none, and a target slot is shared) but give
     * different codes: the program could not tell which to take.
     */
    @Test
    void noTwoPatternsContradictEachOther() {
        Map<String, List<List<String>>> byHead = new HashMap<>();
        for (List<String> p : patterns) {
            byHead.computeIfAbsent(p.get(1) + "/" + p.get(2), k -> new ArrayList<>()).add(p);
        }
        List<String> clashes = new ArrayList<>();
        for (List<List<String>> rows : byHead.values()) {
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    List<String> a = rows.get(i);
                    List<String> b = rows.get(j);
                    if (!a.get(0).equals(b.get(0)) && overlap(a.get(3), b.get(3), true)
                            && overlap(a.get(4), b.get(4), false)) {
                        clashes.add(a + " / " + b);
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static boolean overlap(String left, String right, boolean emptyMatchesEmpty) {
        if (left.isEmpty() || right.isEmpty()) {
            return emptyMatchesEmpty && left.isEmpty() && right.isEmpty();
        }
        Set<String> shared = new HashSet<>(Arrays.asList(left.split("\\|")));
        shared.retainAll(Arrays.asList(right.split("\\|")));
        return !shared.isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "meet, v, '', with, 040",
        "visit, v, '', obj, 042",
        "host, v, '', obj, 043",
        "sign, v, treaty, with, 057",
        "impose, v, sanction, against, 163",
        "launch, v, offensive, against, 190",
        "open, v, fire, on, 190",
        "lift, v, sanction, on, 085",
        "accuse, v, espionage, obj, 1125",
        "talk, n, '', with, 046",
        "airstrike, n, '', on, 195",
        "aggression, n, '', against, 190"
    })
    void newsPhrasesFindTheirCode(String head, String pos, String object, String target, String code) {
        List<String> found = patterns.stream()
                .filter(p -> p.get(1).equals(head) && p.get(2).equals(pos))
                .filter(p -> object.isEmpty() ? p.get(3).isEmpty()
                        : Arrays.asList(p.get(3).split("\\|")).contains(object))
                .filter(p -> Arrays.asList(p.get(4).split("\\|")).contains(target))
                .map(p -> p.get(0))
                .distinct()
                .toList();
        assertThat(found).containsExactly(code);
    }
}
