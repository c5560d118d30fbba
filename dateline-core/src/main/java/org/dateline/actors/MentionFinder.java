package org.dateline.actors;

import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the actor mentions of one sentence: names of people (with the titles around them),
 * organisations, countries used as actors, groups ("the Iraqi government"), definite
 * descriptions ("the Iranian security chief") and personal pronouns.
 */
final class MentionFinder {
    /** Words that may sit inside a title between its meaningful parts. */
    private static final Set<String> TITLE_GLUE = Set.of("of", "for", "'s", "’s", "'", "’", "&",
            "to", "new", "former", "acting", "deputy", "then", "late", "outgoing", "incoming", "interim", "caretaker",
            "visiting", "senior", "top", "chief", "vice", "general", "first", "second", "ex", "ex-",
            "newly", "elected", "appointed", "veteran", "powerful", "embattled");
    /** Glue words that still change what a title means ("former", "acting"): a title may start with them. */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("former", "acting", "deputy", "vice", "interim", "caretaker",
            "ex", "ex-");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "throughout", "inside", "within",
            "outside", "around", "from", "into", "via", "through", "between", "over");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    private static final int MAX_APPOSITIVE = 14;

    private final Function<String, String> placeCountry;
    private final TitleCoder titles;

    /** @param placeCountry the ISO3 country of a place name, or null if it is not a known place */
    MentionFinder(Function<String, String> placeCountry) {
        this.placeCountry = placeCountry;
        this.titles = new TitleCoder(placeCountry);
    }

    List<RawMention> find(SentenceView v) {
        int n = v.size();
        boolean[] used = new boolean[n];
        List<RawMention> out = new ArrayList<>();
        findPeople(v, used, out);
        findOrganisations(v, used, out);
        findGroupsAndDescriptions(v, used, out);
        findCountries(v, used, out);
        findCompassNames(v, used, out);
        findPronouns(v, used, out);
        out.sort(Comparator.comparingInt(m -> m.first));
        return out;
    }

    // ---- people ---------------------------------------------------------------------------

    private void findPeople(SentenceView v, boolean[] used, List<RawMention> out) {
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) continue;
            Lexicon.Match m = v.cover[i];
            boolean nerPerson = "PERSON".equals(v.token(i).ner());
            boolean lexPerson = m != null && m.has(Entry.Kind.PERSON)
                    && (m.last() - m.first() > 1 || nerPerson);
            if (!nerPerson && !lexPerson) continue;
            if (!nerPerson && m.entries().stream().anyMatch(e -> e.kind() != Entry.Kind.PERSON)) continue;
            int a = i, b = i;
            while (b < n && ("PERSON".equals(v.token(b).ner()) || (m != null && b < m.last()))) {
                Lexicon.Match mb = v.cover[b];
                if (mb != null && mb.has(Entry.Kind.PERSON)) m = mb;
                b++;
            }
            // A name the dictionary knows as an organisation or country was mis-tagged.
            Lexicon.Match whole = v.cover[a];
            if (whole != null && whole.first() == a && whole.last() == b && !whole.has(Entry.Kind.PERSON)
                    && (whole.has(Entry.Kind.ORGANISATION) || whole.has(Entry.Kind.COUNTRY))) {
                i = b - 1;
                continue;
            }
            while (a < b && v.has(a, Entry.Kind.ROLE) && !v.has(a, Entry.Kind.PERSON)) a++;
            while (b > a && isPossessive(v.word(b - 1))) b--;
            if (a >= b) {
                i = Math.max(i, b - 1);
                continue;
            }
            Entry entry = personEntry(v, a, b);
            Coding coding = titleOf(v, a, b, used);
            coding = sharedTitle(v, a, coding, out);
            for (int k = a; k < b; k++) used[k] = true;
            out.add(new RawMention(RawMention.Type.PERSON, v, a, b, entry, coding));
            i = b - 1;
        }
    }

    /**
     * "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a person with no
     * role of their own, coordinated with one under a plural title, shares its role.
     */
    private static Coding sharedTitle(SentenceView v, int a, Coding coding, List<RawMention> found) {
        if (coding.sector() != null || found.isEmpty()) return coding;
        RawMention previous = found.get(found.size() - 1);
        if (previous.type != RawMention.Type.PERSON || previous.coding.sector() == null || previous.last > a) return coding;
        boolean coordinated = false;
        for (int k = previous.last; k < a; k++) {
            if (v.token(k).isVerb()) return coding;
            coordinated |= v.lower(k).equals("and");
        }
        boolean pluralTitle = false;
        for (int k = Math.max(0, previous.first - 6); k < previous.first; k++) {
            Entry role = v.entry(k, Entry.Kind.ROLE);
            pluralTitle |= role != null && v.token(k).pos().endsWith("S");
        }
        return coordinated && pluralTitle ? new Coding(coding.country(), previous.coding.sector(), previous.coding.title()) : coding;
    }

    private static Entry personEntry(SentenceView v, int a, int b) {
        Lexicon.Match m = v.cover[a];
        if (m != null && m.first() == a && m.last() == b) return m.first(Entry.Kind.PERSON);
        return null;
    }

    /** The coding given by a title before the name, or an appositive after or before it. */
    private Coding titleOf(SentenceView v, int a, int b, boolean[] used) {
        Coding coding = Coding.NONE;
        int pre = preTitleStart(v, a);
        if (pre < a) {
            coding = titles.code(v, pre, a, false);
            // Country words of a title are modifiers, not actors of their own ("U.S." in
            // "U.S. President Trump"); a named organisation stays an actor.
            if (!coding.isEmpty()) markTitleWords(v, pre, a, used);
        }
        // "Patrice Talon of Benin": the country after the name is the person's own.
        if (b + 1 < v.size() && v.lower(b).equals("of") && v.countryEntry(b + 1) != null) {
            Entry c = v.countryEntry(b + 1);
            coding = new Coding(c.country(), coding.sector(), coding.title());
            for (int k = b + 1; k < v.cover[b + 1].last(); k++) used[k] = true;
        }
        int[] after = appositiveAfter(v, b);
        if (after != null) {
            coding = coding.orElse(titles.code(v, after[0], after[1], true));
        }
        int[] before = appositiveBefore(v, a);
        if (before != null) {
            Coding c = titles.code(v, before[0], before[1], false);
            if (!c.isEmpty()) markTitleWords(v, before[0], before[1], used);
            coding = coding.orElse(c);
        }
        return coding;
    }

    private static void markTitleWords(SentenceView v, int a, int b, boolean[] used) {
        for (int k = a; k < b; k++) {
            if (v.isCountryWord(k) || v.has(k, Entry.Kind.ROLE)) {
                used[k] = true;
            }
        }
    }

    /** The first token of the title words right before a name ("U.S. President" Trump). */
    private static int preTitleStart(SentenceView v, int a) {
        int start = a;
        int i = a - 1;
        int loose = 0; // lower-case words passed since the last meaningful one
        boolean sawRole = false;
        while (i >= 0 && loose <= 4) {
            Token t = v.token(i);
            String lower = v.lower(i);
            Lexicon.Match m = v.cover[i];
            if ("PERSON".equals(t.ner()) && (m == null || !m.has(Entry.Kind.ROLE))) break;
            if (m != null && !m.has(Entry.Kind.PERSON)) {
                sawRole |= m.has(Entry.Kind.ROLE);
                start = m.first();
                i = start - 1;
                loose = 0;
                continue;
            }
            if (lower.equals("the") && i > 0 && Set.of("of", "for", "to").contains(v.lower(i - 1))) {
                i--;
                continue;
            }
            // "trade and industry commissioner", but not "Nigeria and Patrice Talon".
            if (sawRole && lower.equals("and") && i + 1 < a && Character.isLowerCase(v.word(i + 1).charAt(0))) {
                i--;
                loose++;
                continue;
            }
            if (t.isProperNoun() && Character.isLetter(t.text().charAt(0)) && !"LOCATION".equals(t.ner())) {
                start = i;
                i--;
                loose = 0;
                continue;
            }
            if (TITLE_GLUE.contains(lower)) {
                // "Former US Ambassador": a word that changes what the title means belongs to it.
                if (TITLE_QUALIFIERS.contains(lower)) start = i;
                i--;
                continue;
            }
            // Lower-case words only inside a title, before its role: "AU trade and industry commissioner".
            if (sawRole && (t.pos().startsWith("JJ") || t.pos().equals("NN")) && Character.isLowerCase(t.text().charAt(0))) {
                i--;
                loose++;
                continue;
            }
            break;
        }
        // A title starts with a meaningful word, never with glue.
        while (start < a && (TITLE_GLUE.contains(v.lower(start)) && v.cover[start] == null)
                && !TITLE_QUALIFIERS.contains(v.lower(start))) {
            start++;
        }
        for (int k = start; k < a; k++) {
            if (v.cover[k] != null) return start;
        }
        return a;
    }

    /** ", secretary of the Supreme National Security Council," after a name: the title's range. */
    private static int[] appositiveAfter(SentenceView v, int b) {
        int n = v.size();
        if (b >= n || !v.word(b).equals(",")) return null;
        int s = b + 1;
        if (s < n && DETERMINERS.contains(v.lower(s))) s++;
        int e = s;
        boolean meaningful = false;
        while (e < n && e - s <= MAX_APPOSITIVE) {
            Token t = v.token(e);
            String w = t.text();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals("(") || w.equals(":")) break;
            if (t.pos().startsWith("W") || (t.isVerb() && v.cover[e] == null && !TITLE_GLUE.contains(v.lower(e)))) return null;
            if ("PERSON".equals(t.ner()) && v.cover[e] == null) return null;
            if (v.cover[e] != null && (v.cover[e].has(Entry.Kind.ROLE) || v.cover[e].has(Entry.Kind.ORGANISATION))) meaningful = true;
            e++;
        }
        if (!meaningful || e == s || e >= n) return null;
        return new int[] {s, e};
    }

    /**
     * "a State Department spokesperson, Morgan Ortagus" and "The mayor of London, Sadiq
     * Khan,": a title before the comma that ends in a person's role or names one.
     */
    private static int[] appositiveBefore(SentenceView v, int a) {
        if (a < 2 || !v.word(a - 1).equals(",")) return null;
        int e = a - 1;
        int s = preTitleStart(v, e);
        if (s >= e) return null;
        for (int k = s; k < e; k++) {
            Entry role = v.entry(k, Entry.Kind.ROLE);
            if (role != null && role.person()) return new int[] {s, e};
        }
        return null;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    // ---- organisations --------------------------------------------------------------------

    private void findOrganisations(SentenceView v, boolean[] used, List<RawMention> out) {
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (used[i]) continue;
            Lexicon.Match m = v.cover[i];
            if (m != null && m.first() == i && m.has(Entry.Kind.ORGANISATION) && !overlapsUsed(used, m.first(), m.last())) {
                Entry org = m.first(Entry.Kind.ORGANISATION);
                int b = m.last();
                // A named organisation followed by more organisation words is a larger name.
                int end = "ORGANIZATION".equals(v.token(i).ner()) ? nerEnd(v, i, "ORGANIZATION", used) : b;
                if (end > b) {
                    addComposedOrganisation(v, i, end, used, out);
                } else {
                    for (int k = i; k < b; k++) used[k] = true;
                    out.add(new RawMention(RawMention.Type.ORGANISATION, v, i, b, org, Coding.ofCode(org.code(), null)));
                }
                i = Math.max(i, Math.max(b, end) - 1);
                continue;
            }
            if ("ORGANIZATION".equals(v.token(i).ner())) {
                int end = nerEnd(v, i, "ORGANIZATION", used);
                // "the US Embassy in London": the place belongs to the name.
                if (end + 1 < n && v.lower(end).equals("in") && "LOCATION".equals(v.token(end + 1).ner())) {
                    end = nerEnd(v, end + 1, "LOCATION", used);
                }
                addComposedOrganisation(v, i, end, used, out);
                i = end - 1;
            }
        }
    }

    private static int nerEnd(SentenceView v, int i, String ner, boolean[] used) {
        int end = i;
        while (end < v.size() && !used[end] && ner.equals(v.token(end).ner())) {
            Lexicon.Match m = v.cover[end];
            end = m != null && m.last() > end + 1 ? m.last() : end + 1;
        }
        return Math.min(end, v.size());
    }

    private void addComposedOrganisation(SentenceView v, int a, int b, boolean[] used, List<RawMention> out) {
        while (b > a && isPossessive(v.word(b - 1))) b--;
        if (a >= b) return;
        boolean allCountry = true;
        for (int k = a; k < b; k++) allCountry &= v.isCountryWord(k) || TITLE_GLUE.contains(v.lower(k));
        if (allCountry) return; // "U.S." tagged as an organisation: a country, found later
        // A demonym right before belongs to the name: "Iraqi" Parliament.
        if (a > 0 && !used[a - 1] && v.has(a - 1, Entry.Kind.DEMONYM)) a = v.cover[a - 1].first();
        boolean hasOf = false;
        for (int k = a; k < b; k++) hasOf |= v.lower(k).equals("of");
        Coding coding = titles.code(v, a, b, hasOf);
        if (coding.country() == null) {
            String c = placeInside(v, a, b);
            if (c != null) coding = new Coding(c, coding.sector(), coding.title());
        }
        Lexicon.Match whole = v.cover[a];
        Entry entry = whole != null && whole.first() == a && whole.last() == b ? whole.first(Entry.Kind.ORGANISATION) : null;
        for (int k = a; k < b; k++) used[k] = true;
        out.add(new RawMention(RawMention.Type.ORGANISATION, v, a, b, entry, new Coding(coding.country(), coding.sector(), null)));
    }

    /** The country of a place named inside [a, b): "Northamptonshire" police, "Omsk" hospital. */
    private String placeInside(SentenceView v, int a, int b) {
        for (int k = a; k < b; k++) {
            Token t = v.token(k);
            if (!t.isCapitalized() || v.has(k, Entry.Kind.ROLE)) continue;
            int e = k + 1;
            while (e < b && "LOCATION".equals(v.token(e).ner()) && "LOCATION".equals(t.ner())) e++;
            String c = placeCountry.apply(v.span(k, e));
            if (c != null) return c;
        }
        return null;
    }

    private static boolean overlapsUsed(boolean[] used, int a, int b) {
        for (int k = a; k < b; k++) if (used[k]) return true;
        return false;
    }

    // ---- groups and descriptions ----------------------------------------------------------

    private void findGroupsAndDescriptions(SentenceView v, boolean[] used, List<RawMention> out) {
        int n = v.size();
        for (int i = 0; i < n; i++) {
            Lexicon.Match m = v.cover[i];
            if (used[i] || m == null || m.first() != i) continue;
            Entry role = m.first(Entry.Kind.ROLE);
            if (role == null || overlapsUsed(used, m.first(), m.last())) continue;
            int b = m.last();
            Token headToken = v.token(b - 1);
            if (!headToken.isNoun()) continue;
            // A role noun before a name is that person's title, handled with the name.
            if (b < n && "PERSON".equals(v.token(b).ner())) continue;
            boolean plural = headToken.pos().equals("NNS") || headToken.pos().equals("NNPS");
            int a = modifierStart(v, i, used);
            String country = null;
            for (int k = a; k < i && country == null; k++) {
                Entry c = v.countryEntry(k);
                if (c != null) country = c.country();
            }
            if (country == null) country = placeBefore(v, a, i);
            if (country == null && b + 1 < n && v.lower(b).equals("of") && v.countryEntry(b + 1) != null) {
                country = v.countryEntry(b + 1).country();
                b = v.cover[b + 1].last();
            }
            boolean definite = a > 0 && v.lower(a - 1).equals("the")
                    || (a < i && v.lower(a).equals("the"));
            int from = a;
            if (from > 0 && DETERMINERS.contains(v.lower(from - 1))) from--;
            Coding coding = new Coding(country, role.sector(), null);
            RawMention mention;
            if (role.person() && !plural && definite) {
                mention = new RawMention(RawMention.Type.DESCRIPTION, v, from, b, null, titles.code(v, a, b, false).orElse(coding));
                mention.personal = true;
            } else if (country != null || isOppositional(role) || !role.person() || plural) {
                // A body or a plural with no country ("police said", "troops") is the story's own.
                mention = new RawMention(RawMention.Type.GROUP, v, from, b, null, coding);
                mention.personal = role.person() && !plural;
            } else if (definite) {
                mention = new RawMention(RawMention.Type.DESCRIPTION, v, from, b, null, coding);
            } else {
                continue;
            }
            mention.head = role.name();
            for (int k = from; k < b; k++) used[k] = true;
            out.add(mention);
            i = b - 1;
        }
    }

    static boolean isLocative(String word) {
        return LOCATIVE.contains(word);
    }

    private static boolean isOppositional(Entry role) {
        return role.sector() != null && (role.sector().startsWith("OPP") || role.sector().startsWith("REB"));
    }

    /** Start of the adjectives, demonyms and nouns that modify the role noun at {@code i}. */
    private static int modifierStart(SentenceView v, int i, boolean[] used) {
        int a = i;
        while (a > 0 && !used[a - 1]) {
            Token t = v.token(a - 1);
            String lower = v.lower(a - 1);
            Lexicon.Match m = v.cover[a - 1];
            if (m != null && (m.has(Entry.Kind.DEMONYM) || m.has(Entry.Kind.COUNTRY) || m.has(Entry.Kind.CAPITAL) || m.has(Entry.Kind.ROLE))) {
                a = m.first();
            } else if (isPossessive(lower) && a >= 2 && v.isCountryWord(a - 2)) {
                a = a - 1;
            } else if (t.pos().startsWith("JJ") || t.pos().equals("VBN") && TITLE_GLUE.contains(lower)
                    || TITLE_GLUE.contains(lower) && !lower.equals("of") && !lower.equals("and") && !lower.equals("for")
                    && !lower.equals("to")
                    || "LOCATION".equals(t.ner()) || t.pos().equals("NN") && m == null && lower.length() > 2 && !lower.equals("part")
                    // "Chinese nuclear-powered submarine": a hyphenated modifier is one word.
                    || t.pos().equals("HYPH") && a >= 2 && a < v.size() && v.token(a).pos().startsWith("JJ")) {
                a--;
            } else {
                break;
            }
        }
        while (a < i && (v.token(a).pos().equals("NN") && v.cover[a] == null)) a++;
        return a;
    }

    private String placeBefore(SentenceView v, int a, int i) {
        for (int k = a; k < i; k++) {
            if ("LOCATION".equals(v.token(k).ner()) || v.token(k).isProperNoun()) {
                String c = placeCountry.apply(v.word(k));
                if (c != null) return c;
            }
        }
        return null;
    }

    // ---- countries ------------------------------------------------------------------------

    private static void findCountries(SentenceView v, boolean[] used, List<RawMention> out) {
        int n = v.size();
        for (int i = 0; i < n; i++) {
            Lexicon.Match m = v.cover[i];
            if (used[i] || m == null || m.first() != i || overlapsUsed(used, m.first(), m.last())) continue;
            Entry e = v.countryEntry(i);
            if (e == null) continue;
            int b = m.last();
            String prev = i > 0 ? v.lower(i - 1) : "";
            String next = b < n ? v.word(b) : "";
            Token nextToken = b < n ? v.token(b) : null;
            boolean locative = LOCATIVE.contains(prev);
            boolean possessive = isPossessive(next);
            boolean verbFollows = nextToken != null && nextToken.isVerb();
            Coding coding;
            switch (e.kind()) {
                case GOVERNMENT -> coding = Coding.ofCode(e.code(), null);
                case CAPITAL -> {
                    if (locative || !(possessive || verbFollows)) continue;
                    coding = new Coding(e.country(), "GOV", null);
                }
                case DEMONYM -> {
                    Token t = v.token(b - 1);
                    boolean peopleNoun = t.pos().startsWith("NNS") || t.pos().equals("NNPS") || (t.isNoun() && !next.isEmpty() && (possessive || verbFollows));
                    if (!peopleNoun || locative) continue;
                    coding = new Coding(e.country(), null, null);
                }
                default -> {
                    if (locative) continue;
                    if (nextToken != null && nextToken.isNoun() && !nextToken.isProperNoun() && !possessive) continue;
                    coding = new Coding(e.country(), null, null);
                }
            }
            for (int k = i; k < b; k++) used[k] = true;
            out.add(new RawMention(RawMention.Type.COUNTRY, v, i, b, e, coding));
            i = b - 1;
        }
    }

    /**
     * "The South retaliated … into the north": in a story about a divided country, "the
     * South" and "the North" stand for its halves. Found here, resolved by coreference only
     * when the story names a country called so ("South Korea"); "the north of the country"
     * and "the North Atlantic" are places, not actors.
     */
    private static void findCompassNames(SentenceView v, boolean[] used, List<RawMention> out) {
        for (int i = 0; i + 1 < v.size(); i++) {
            if (used[i] || used[i + 1] || !v.lower(i).equals("the")) continue;
            String w = v.lower(i + 1);
            if (!w.equals("south") && !w.equals("north")) continue;
            if (i + 2 < v.size()) {
                Token next = v.token(i + 2);
                if (next.isNoun() || next.pos().startsWith("JJ") || v.lower(i + 2).equals("of")) continue;
            }
            RawMention m = new RawMention(RawMention.Type.DESCRIPTION, v, i, i + 2, null, Coding.NONE);
            m.head = w;
            m.compass = true;
            used[i] = used[i + 1] = true;
            out.add(m);
            i++;
        }
    }

    // ---- pronouns -------------------------------------------------------------------------

    private static void findPronouns(SentenceView v, boolean[] used, List<RawMention> out) {
        for (int i = 0; i < v.size(); i++) {
            if (!used[i] && v.token(i).pos().startsWith("PRP") && PRONOUNS.contains(v.lower(i))) {
                out.add(new RawMention(RawMention.Type.PRONOUN, v, i, i + 1, null, Coding.NONE));
            }
        }
    }
}
