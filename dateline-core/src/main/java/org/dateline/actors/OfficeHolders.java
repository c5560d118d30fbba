package org.dateline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dated office-holders by every written form of their names. Immutable once built. */
final class OfficeHolders {
    private final Map<String, List<OfficeTerm>> byName;

    private OfficeHolders(Map<String, List<OfficeTerm>> byName) {
        this.byName = byName;
    }

    static final class Builder {
        private final Map<String, List<OfficeTerm>> byName = new HashMap<>();

        Builder add(OfficeTerm term, List<String> names) {
            for (String n : names) {
                List<OfficeTerm> list = byName.computeIfAbsent(Phrases.normalize(n), k -> new ArrayList<>(2));
                if (!list.contains(term)) list.add(term);
            }
            return this;
        }

        OfficeHolders build() {
            Map<String, List<OfficeTerm>> frozen = new HashMap<>();
            byName.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new OfficeHolders(frozen);
        }
    }

    boolean knows(String name) {
        return byName.containsKey(Phrases.normalize(name));
    }

    /**
     * The term that codes {@code name} on {@code date}: one that covers the date (the most
     * recently begun if several); else, when all terms named so belong to one person, that
     * person's nearest term. Empty when the name is unknown or names several people.
     * A null date takes the latest term.
     */
    Optional<OfficeTerm> find(String name, LocalDate date) {
        List<OfficeTerm> terms = byName.get(Phrases.normalize(name));
        if (terms == null || terms.isEmpty()) {
            return Optional.empty();
        }
        if (date == null) {
            return onePerson(terms) ? terms.stream().max(Comparator.comparing(OfficeTerm::from)) : Optional.empty();
        }
        List<OfficeTerm> covering = terms.stream().filter(t -> t.covers(date)).toList();
        if (!covering.isEmpty()) {
            if (covering.stream().map(OfficeTerm::name).distinct().count() > 1) {
                return Optional.empty();
            }
            return covering.stream().max(Comparator.comparing(OfficeTerm::from));
        }
        if (!onePerson(terms)) {
            return Optional.empty();
        }
        return terms.stream().min(Comparator.comparingLong(t -> t.distance(date)));
    }

    private static boolean onePerson(List<OfficeTerm> terms) {
        return terms.stream().map(OfficeTerm::name).distinct().count() == 1;
    }
}
