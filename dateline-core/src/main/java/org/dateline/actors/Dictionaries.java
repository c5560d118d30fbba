package org.dateline.actors;

import org.dateline.internal.Tsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actor dictionaries: countries, organisations, role nouns and dated office-holders.
 * The bundled files are listed in {@code org/dateline/actors/dictionaries.txt}; a user adds
 * files of the same formats, or PETRARCH/TABARI actor and agent files, with
 * {@link #withFiles}. The format of a file is told by its header row (see README
 * "Dictionaries"). Immutable; {@link #standard()} is loaded once per JVM.
 */
public final class Dictionaries {
    private static final String ROOT = "/org/dateline/actors/";

    private final Lexicon lexicon;
    private final OfficeHolders officeHolders;
    private final Map<String, String> countryNames;
    private final Map<String, Character> genders;

    private Dictionaries(Lexicon lexicon, OfficeHolders officeHolders, Map<String, String> countryNames) {
        this.lexicon = lexicon;
        this.officeHolders = officeHolders;
        this.countryNames = Map.copyOf(countryNames);
        this.genders = FirstNames.GENDERS;
    }

    /** 'm' or 'f' for a given name that news uses for one sex only ("Rachel", "Boris"), else 0. */
    char genderOf(String givenName) {
        Character g = genders.get(Phrases.normalize(givenName));
        return g == null ? 0 : g;
    }

    /** The given names of first-names.tsv, loaded once. */
    private static final class FirstNames {
        static final Map<String, Character> GENDERS = load();

        private static Map<String, Character> load() {
            Map<String, Character> out = new HashMap<>();
            for (Map<String, String> row : Tsv.bundled(ROOT + "first-names.tsv")) {
                String gender = row.get("gender");
                if (!gender.isEmpty()) out.put(Phrases.normalize(row.get("name")), gender.charAt(0));
            }
            return Map.copyOf(out);
        }
    }

    private static final class Holder {
        static final Dictionaries STANDARD = load(List.of());
    }

    /** The bundled dictionaries. */
    public static Dictionaries standard() {
        return Holder.STANDARD;
    }

    /**
     * The bundled dictionaries plus the user's files, which are read after them: a user's
     * entry adds to the bundled ones for the same phrase.
     *
     * @throws DictionaryException naming the file and line of the first malformed entry
     */
    public static Dictionaries withFiles(List<Path> files) {
        return files.isEmpty() ? standard() : load(files);
    }

    private static Dictionaries load(List<Path> userFiles) {
        Loader loader = new Loader();
        for (String name : bundledFiles()) {
            try (InputStream in = Dictionaries.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new DictionaryException(name + ": listed in dictionaries.txt but not bundled");
                }
                loader.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path file : userFiles) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                loader.read(file.toString(), in);
            } catch (IOException e) {
                throw new DictionaryException(file + ": cannot read (" + e.getMessage() + ")");
            }
        }
        return new Dictionaries(loader.lexicon.build(), loader.people.build(), loader.countryNames);
    }

    private static List<String> bundledFiles() {
        try (InputStream in = Dictionaries.class.getResourceAsStream(ROOT + "dictionaries.txt")) {
            if (in == null) {
                return List.of();
            }
            String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return list.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Lexicon lexicon() {
        return lexicon;
    }

    OfficeHolders officeHolders() {
        return officeHolders;
    }

    /** The canonical short name of a country code ("IRN" → "Iran"), or the code itself. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** Reads dictionary files of every format into one lexicon. */
    private static final class Loader {
        final Lexicon.Builder lexicon = new Lexicon.Builder();
        final OfficeHolders.Builder people = new OfficeHolders.Builder();
        final Map<String, String> countryNames = new HashMap<>();

        void read(String name, Reader reader) throws IOException {
            List<String> lines = new BufferedReader(reader).lines().toList();
            String[] header = null;
            int n = 0;
            for (String line : lines) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header == null) {
                    if (looksLikePetrarch(lines)) {
                        new PetrarchReader(name, lexicon, people).read(lines);
                        return;
                    }
                    header = line.strip().toLowerCase(Locale.ROOT).split("\t");
                    continue;
                }
                String[] cells = Arrays.copyOf(line.split("\t", -1), header.length);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), cells[i] == null ? "" : cells[i].strip());
                }
                try {
                    addRow(kindOf(header, name), row);
                } catch (RuntimeException e) {
                    throw new DictionaryException(name + ":" + n + ": " + e.getMessage());
                }
            }
        }

        private static boolean looksLikePetrarch(List<String> lines) {
            return lines.stream().anyMatch(l -> l.matches(".*\\[[~A-Z*]{2,}[^\\]]*\\].*"))
                    && lines.stream().noneMatch(l -> l.contains("\t"));
        }

        private static String kindOf(String[] header, String file) {
            List<String> h = Arrays.asList(header);
            if (h.contains("demonyms")) return "countries";
            if (h.contains("term")) return "roles";
            if (h.contains("aliases") && h.contains("from")) return "people";
            if (h.contains("names") && h.contains("code")) return "organisations";
            throw new DictionaryException(file + ": unknown header " + String.join(",", header)
                    + " (expected a countries, organisations, roles or people header)");
        }

        private void addRow(String kind, Map<String, String> row) {
            switch (kind) {
                case "countries" -> addCountry(row);
                case "organisations" -> addOrganisation(row);
                case "roles" -> addRole(row);
                default -> addPerson(row);
            }
        }

        private void addCountry(Map<String, String> row) {
            String code = code(row.get("code"));
            List<String> names = split(row.get("names"));
            String key = "country:" + code;
            String canonical = names.isEmpty() ? code : names.get(0);
            countryNames.putIfAbsent(code, canonical);
            for (String n : names) lexicon.add(new Entry(Entry.Kind.COUNTRY, n, key, canonical, code, null, false));
            for (String n : split(row.get("demonyms"))) lexicon.add(new Entry(Entry.Kind.DEMONYM, n, key, canonical, code, null, false));
            for (String n : split(row.get("capitals"))) lexicon.add(new Entry(Entry.Kind.CAPITAL, n, key, canonical, code, "GOV", false));
            for (String n : split(row.get("government"))) {
                lexicon.add(new Entry(Entry.Kind.GOVERNMENT, n, key + ":gov", n, code + "GOV", "GOV", false));
            }
        }

        private void addOrganisation(Map<String, String> row) {
            String code = code(row.get("code"));
            List<String> names = split(row.get("names"));
            if (names.isEmpty()) throw new IllegalArgumentException("no names");
            String key = "org:" + code + ":" + names.get(0);
            String sector = code.length() > 3 && !code.startsWith("IGO") ? code.substring(3) : null;
            for (String n : names) {
                lexicon.add(new Entry(Entry.Kind.ORGANISATION, n, key, names.get(0), code, sector, false));
            }
        }

        private void addRole(Map<String, String> row) {
            String term = row.get("term");
            String sector = code(row.get("sector"));
            boolean person = "person".equalsIgnoreCase(row.get("kind"));
            if (term.isEmpty()) throw new IllegalArgumentException("empty term");
            lexicon.add(new Entry(Entry.Kind.ROLE, term.toLowerCase(Locale.ROOT), "role:" + term, term, sector, sector, person));
        }

        private void addPerson(Map<String, String> row) {
            String name = row.get("name");
            String code = code(row.get("code"));
            LocalDate from = date(row.get("from"), false);
            String to = row.get("to");
            OfficeTerm term = new OfficeTerm(name, code, from == null ? LocalDate.MIN : from,
                    to.isEmpty() ? null : date(to, true), row.get("title"));
            List<String> names = new ArrayList<>();
            names.add(name);
            names.addAll(split(row.get("aliases")));
            people.add(term, names);
            for (String n : names) {
                lexicon.add(new Entry(Entry.Kind.PERSON, n, "person:" + name, name, code, null, true));
            }
        }
    }

    static String code(String raw) {
        String c = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (c.length() < 3) throw new IllegalArgumentException("bad code '" + raw + "'");
        return c;
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; a partial date is its first day, or its last with {@code end}. */
    static LocalDate date(String s, boolean end) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(t + "-01");
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            if (t.matches("\\d{8}")) {
                t = t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6);
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("bad date '" + s + "'");
        }
    }
}
