package org.dateline.actors;

import org.dateline.model.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links mentions into entities, in text order: a surname to the full name it shortens (and
 * a full name to a surname seen first, as in a headline), names of one organisation and its
 * acronym, a definite description to the latest compatible actor, a pronoun to the latest
 * person in subject position.
 */
final class Coreference {
    private static final java.util.Set<String> GOVERNMENT_HEADS = java.util.Set.of("government", "administration", "regime", "authorities", "authority");

    private final OfficeHolders officeHolders;
    private final LocalDate date;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byKey = new LinkedHashMap<>();

    private final java.util.function.ToIntFunction<String> gender;

    Coreference(OfficeHolders officeHolders, LocalDate date, java.util.function.ToIntFunction<String> gender) {
        this.officeHolders = officeHolders;
        this.date = date;
        this.gender = gender;
    }

    /**
     * 'm' or 'f' when the entity's given name, or a pronoun already linked to it, tells; 0
     * when nothing does. "He" then cannot point to Rachel Harvey.
     */
    private int genderOf(Entity e) {
        for (RawMention m : e.mentions) {
            if (m.type == RawMention.Type.PERSON && m.last - m.first >= 2) {
                int g = gender.applyAsInt(m.view.word(m.first));
                if (g != 0) return g;
            }
        }
        for (RawMention m : e.mentions) {
            if (m.type != RawMention.Type.PRONOUN) continue;
            String w = m.view.lower(m.first);
            if (w.equals("she") || w.equals("her") || w.equals("herself")) return 'f';
            if (w.equals("he") || w.equals("him") || w.equals("his") || w.equals("himself")) return 'm';
        }
        return 0;
    }

    private static int pronounGender(RawMention m) {
        String w = m.view.lower(m.first);
        return w.startsWith("s") || w.startsWith("her") ? 'f' : 'm';
    }

    List<Entity> entities() {
        return entities;
    }

    /** Links one sentence's mentions; call sentence by sentence in text order. */
    void link(List<RawMention> sentence) {
        // Pronouns last: "For his part, Muallem ..." needs Muallem linked first.
        for (RawMention m : sentence) {
            if (m.type != RawMention.Type.PRONOUN) linkOne(m, sentence);
        }
        for (RawMention m : sentence) {
            if (m.type == RawMention.Type.PRONOUN) linkOne(m, sentence);
        }
    }

    private void linkOne(RawMention m, List<RawMention> sentence) {
        switch (m.type) {
            case PERSON -> linkPerson(m);
            case ORGANISATION -> linkOrganisation(m);
            case COUNTRY -> linkKeyed(m, Actor.Kind.COUNTRY, m.entry.key() + (m.coding.sector() != null ? ":gov" : ""));
            case GROUP -> linkGroup(m);
            case DESCRIPTION -> linkDescription(m);
            case PRONOUN -> linkPronoun(m, sentence);
        }
    }

    private Entity create(Actor.Kind kind, String key, RawMention m) {
        Entity e = new Entity(kind, key);
        entities.add(e);
        if (key != null) byKey.put(key, e);
        e.add(m);
        return e;
    }

    private void linkKeyed(RawMention m, Actor.Kind kind, String key) {
        Entity e = byKey.get(key);
        if (e != null) e.add(m);
        else create(kind, key, m);
    }

    /**
     * "Germany said" and "the German government said" are one actor: a country that acts in
     * a story that names its government joins that government.
     */
    void mergeCountriesIntoGovernments() {
        for (Entity government : List.copyOf(entities)) {
            if (government.kind != Actor.Kind.GROUP || government.key == null) continue;
            String[] parts = government.key.split(":");
            if (parts.length < 4 || !parts[2].equals("GOV") || !GOVERNMENT_HEADS.contains(parts[3])) continue;
            for (String countryKey : List.of("country:" + parts[1], "country:" + parts[1] + ":gov")) {
                Entity country = byKey.get(countryKey);
                if (country == null || !entities.contains(country)) continue;
                for (RawMention m : country.mentions) government.add(m);
                entities.remove(country);
                byKey.put(countryKey, government);
            }
        }
    }

    // ---- people ---------------------------------------------------------------------------

    private void linkPerson(RawMention m) {
        List<String> words = Entity.words(m.text);
        Entity found = m.entry != null ? byKey.get(m.entry.key()) : null;
        if (found == null) found = samePerson(words);
        if (found == null) {
            found = create(Actor.Kind.PERSON, m.entry != null ? m.entry.key() : null, m);
        } else {
            found.add(m);
        }
        Entity target = found;
        if (target.office.isEmpty() || words.size() > 1) {
            officeHolders.find(m.text, date).ifPresent(t -> target.office = Coding.ofCode(t.code(), t.title()));
        }
    }

    /** The person entity these name words belong to, latest first. */
    private Entity samePerson(List<String> words) {
        if (words.isEmpty()) return null;
        String last = words.get(words.size() - 1);
        Entity subset = null;
        Entity superset = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.kind != Actor.Kind.PERSON) continue;
            List<String> known = e.nameWords();
            if (known.isEmpty()) continue;
            if (known.containsAll(words)) {
                // "Zarif" after "Mohammad Javad Zarif"; prefer a match on the surname.
                if (known.get(known.size() - 1).equals(last) || words.size() > 1) return e;
                if (subset == null) subset = e;
            } else if (words.containsAll(known) && superset == null) {
                // "Mohammad Javad Zarif" after a headline's "Zarif".
                superset = e;
            }
        }
        return subset != null ? subset : superset;
    }

    // ---- organisations and groups ---------------------------------------------------------

    private void linkOrganisation(RawMention m) {
        String text = Entity.stripDeterminer(m.text);
        if (m.entry != null) {
            linkKeyed(m, Actor.Kind.ORGANIZATION, m.entry.key());
            return;
        }
        if (Phrases.isAcronym(text)) {
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.kind == Actor.Kind.ORGANIZATION && initials(e.name()).equals(text.replace(".", ""))) {
                    e.add(m);
                    return;
                }
            }
        }
        String key = m.coding.country() != null && m.coding.sector() != null && headOf(m) != null
                ? "group:" + m.coding.country() + ":" + m.coding.sector() + ":" + headOf(m)
                : "org:" + Phrases.normalize(text);
        linkKeyed(m, Actor.Kind.ORGANIZATION, key);
    }

    /** The role noun inside an organisation's name ("parliament" in "Parliament of Iraq"). */
    private static String headOf(RawMention m) {
        String head = null;
        for (int k = m.first; k < m.last; k++) {
            Entry r = m.view.entry(k, Entry.Kind.ROLE);
            if (r != null && !r.person()) {
                head = r.name();
                if (!m.text.toLowerCase(Locale.ROOT).contains(" of ")) continue;
                break;
            }
        }
        return head;
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s\\-–]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private void linkGroup(RawMention m) {
        if (m.coding.country() == null) {
            Entity e = antecedent(m, true);
            if (e != null) {
                e.add(m);
                return;
            }
        }
        String key = "group:" + m.coding.country() + ":" + m.coding.sector() + ":" + m.head;
        Entity existing = byKey.get(key);
        if (existing != null) {
            existing.add(m);
        } else {
            create(m.personal ? Actor.Kind.PERSON : Actor.Kind.GROUP, key, m);
        }
    }

    // ---- descriptions and pronouns --------------------------------------------------------

    private void linkDescription(RawMention m) {
        if (m.compass) {
            Entity half = countryNamed(m.head);
            if (half != null) half.add(m);
            return;
        }
        Entity e = antecedent(m, false);
        if (e != null) {
            e.add(m);
        } else if (m.coding.country() != null) {
            create(m.personal ? Actor.Kind.PERSON : Actor.Kind.GROUP, null, m);
        }
    }

    /** The latest country whose name begins with {@code word}: "south" → South Korea. */
    private Entity countryNamed(String word) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            String name = e.name();
            if (e.kind == Actor.Kind.COUNTRY && name != null
                    && name.toLowerCase(java.util.Locale.ROOT).startsWith(word + " ")) {
                return e;
            }
        }
        return null;
    }

    /**
     * The latest entity a description can refer to: one whose name or title has the
     * description's head noun, else (for a description with a country or a person role) the
     * latest of the same country and sector.
     */
    private Entity antecedent(RawMention m, boolean headOnly) {
        Entity bySector = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            boolean personal = e.kind == Actor.Kind.PERSON;
            if (personal != m.personal || e.kind == Actor.Kind.COUNTRY) continue;
            Coding c = e.coding();
            if (m.coding.country() != null && c.country() != null && !m.coding.country().equals(c.country())) continue;
            if (m.head != null && e.mentionsWord(m.head)) return e;
            if (!headOnly && bySector == null && m.coding.sector() != null && m.coding.sector().equals(c.sector())
                    && (m.coding.country() != null || m.personal)) {
                bySector = e;
            }
        }
        return bySector;
    }

    private void linkPronoun(RawMention m, List<RawMention> sentence) {
        RawMention ante = null;
        // "For his part, Muallem ...": a possessive in a fronted phrase points forward.
        if (m.view.lower(m.first).equals("his") || m.view.lower(m.first).equals("her")) {
            int comma = -1;
            for (int k = m.last; k < m.view.size() && k < m.last + 4; k++) {
                if (m.view.word(k).equals(",")) { comma = k; break; }
            }
            if (comma >= 0) {
                for (RawMention other : sentence) {
                    if (other.type == RawMention.Type.PERSON && other.first == comma + 1) ante = other;
                }
            }
        }
        if (ante == null) ante = latestSubject(m);
        if (ante != null && ante.entity != null) ante.entity.add(m);
    }

    /** The latest person mention before {@code m}, preferring one that a verb follows. */
    private RawMention latestSubject(RawMention m) {
        List<Entity> people = peopleOfGender(pronounGender(m));
        RawMention latest = null;
        for (Entity e : people) {
            for (RawMention x : e.mentions) {
                if (x.type == RawMention.Type.PRONOUN || x.start() >= m.start()) continue;
                if (m.sentence() - x.sentence() > 3) continue;
                if (latest == null || x.start() > latest.start()) latest = x;
            }
        }
        if (latest == null) return null;
        int sentence = latest.sentence();
        RawMention subject = null;
        for (Entity e : people) {
            for (RawMention x : e.mentions) {
                if (x.sentence() != sentence || x.start() >= m.start()) continue;
                if (verbFollows(x) && (subject == null || x.start() > subject.start())) subject = x;
            }
        }
        return subject != null ? subject : latest;
    }

    /** The people whose gender, where known, is {@code wanted}. */
    private List<Entity> peopleOfGender(int wanted) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind != Actor.Kind.PERSON) continue;
            int g = genderOf(e);
            if (g == 0 || g == wanted) out.add(e);
        }
        return out;
    }

    private static boolean verbFollows(RawMention x) {
        for (int k = x.last; k < x.view.size() && k < x.last + 3; k++) {
            var t = x.view.token(k);
            if (t.isVerb()) return true;
            if (!t.pos().startsWith("RB") && !t.text().equals(",")) return false;
        }
        return false;
    }
}
