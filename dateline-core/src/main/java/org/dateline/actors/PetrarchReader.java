package org.dateline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports actor and agent dictionaries in the PETRARCH/TABARI text format:
 * <pre>
 * BARACK_OBAMA_          a name; underscores are spaces
 * +PRESIDENT_OBAMA_      a synonym of the entry above
 * [USAELI 19970101-20041102]   a code, restricted to a date range
 * [USAGOV &gt;20090120]      from a date on;  [CODE &lt;YYYYMMDD] until a date
 * IRAN_ [IRN]            a name and its code on one line
 * MINISTER_ {MINISTERS_} [~GOV]   an agent (role noun), with its plural
 * </pre>
 * Comments start with {@code #}. Agent patterns with {@code !} wildcards are skipped.
 */
final class PetrarchReader {
    private static final Pattern CODE = Pattern.compile("\\[([~]?[A-Z*]{2,})(?:\\s+([<>]?)(\\d{8})(?:-(\\d{8}))?)?\\s*\\]");

    private final String file;
    private final Lexicon.Builder lexicon;
    private final OfficeHolders.Builder people;

    PetrarchReader(String file, Lexicon.Builder lexicon, OfficeHolders.Builder people) {
        this.file = file;
        this.lexicon = lexicon;
        this.people = people;
    }

    void read(List<String> lines) {
        List<String> names = new ArrayList<>();
        boolean codedSinceName = false;
        boolean wildcard = false; // an entry of "!stem!" patterns only: skipped
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = stripComment(raw).strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("+")) {
                names.add(name(line.substring(1)));
                continue;
            }
            Matcher m = CODE.matcher(line);
            int firstCode = m.find() ? m.start() : -1;
            String head = (firstCode < 0 ? line : line.substring(0, firstCode)).strip();
            if (!head.isEmpty()) {
                if (codedSinceName || names.isEmpty()) {
                    names = new ArrayList<>();
                }
                wildcard = false;
                for (String form : head.split("[{}]")) {
                    if (form.contains("!")) wildcard = true;
                    else if (!form.isBlank()) names.add(name(form));
                }
                codedSinceName = false;
            }
            if (firstCode < 0) continue;
            if (names.isEmpty() && wildcard) {
                codedSinceName = true;
                continue;
            }
            if (names.isEmpty()) throw new DictionaryException(file + ":" + n + ": a code with no name before it");
            m.reset();
            while (m.find()) {
                add(names, m.group(1), m.group(2), m.group(3), m.group(4));
            }
            codedSinceName = true;
        }
    }

    private void add(List<String> names, String code, String bound, String date1, String date2) {
        if (code.startsWith("~")) {
            String sector = code.substring(1);
            for (String nm : names) {
                String term = nm.toLowerCase(Locale.ROOT);
                lexicon.add(new Entry(Entry.Kind.ROLE, term, "role:" + term, term, sector, sector, true));
            }
            return;
        }
        String canonical = names.get(0);
        if (date1 == null && code.length() == 3) {
            for (String nm : names) {
                lexicon.add(new Entry(Entry.Kind.COUNTRY, nm, "country:" + code, canonical, code, null, false));
            }
            return;
        }
        LocalDate from = LocalDate.MIN;
        LocalDate to = null;
        if (date1 != null) {
            LocalDate d1 = Dictionaries.date(date1, false);
            if (">".equals(bound)) from = d1;
            else if ("<".equals(bound)) to = d1;
            else {
                from = d1;
                to = date2 == null ? null : Dictionaries.date(date2, true);
            }
        }
        boolean person = date1 != null || names.get(0).contains(" ");
        if (person) {
            people.add(new OfficeTerm(canonical, code, from, to, null), names);
            for (String nm : names) {
                lexicon.add(new Entry(Entry.Kind.PERSON, nm, "person:" + canonical, canonical, code, null, true));
            }
        } else {
            String sector = code.length() > 3 && !code.startsWith("IGO") ? code.substring(3) : null;
            for (String nm : names) {
                lexicon.add(new Entry(Entry.Kind.ORGANISATION, nm, "org:" + code + ":" + canonical, canonical, code, sector, false));
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** "ABDUL_RASHID_DOSTUM_" → "Abdul Rashid Dostum"; short all-capital words stay acronyms. */
    static String name(String raw) {
        String spaced = raw.strip().replace('_', ' ').strip();
        StringBuilder out = new StringBuilder();
        for (String word : spaced.split("\\s+")) {
            if (out.length() > 0) out.append(' ');
            boolean acronym = spaced.indexOf(' ') < 0 && word.length() <= 4;
            if (acronym || !word.equals(word.toUpperCase(Locale.ROOT))) {
                out.append(word);
            } else {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
