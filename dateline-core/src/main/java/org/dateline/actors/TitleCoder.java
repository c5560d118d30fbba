package org.dateline.actors;

import java.util.Set;
import java.util.function.Function;

/**
 * Reads a title or description ("Iranian Foreign Minister", "secretary of the Supreme
 * National Security Council", "new UN Special Envoy for Syria") into a {@link Coding}.
 * A named organisation gives its own code; otherwise a country word gives the country and
 * the role noun the sector. Country words after "for", "to", "in" name the office's object,
 * not its holder ("envoy for Syria", "ambassador to Iraq", "embassy in London").
 */
final class TitleCoder {
    private static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "spokesmen", "mouthpiece");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "to", "in", "at", "on", "with", "against", "toward", "towards");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "erstwhile");

    private final Function<String, String> placeCountry;

    /** @param placeCountry the ISO3 country of a place name, or null ("Northamptonshire's chief constable") */
    TitleCoder(Function<String, String> placeCountry) {
        this.placeCountry = placeCountry;
    }

    /**
     * @param headFirst true for an appositive ("secretary of the council": the head role
     *                  comes first), false for a pre-modifier ("Iranian Foreign Minister":
     *                  the head comes last)
     */
    Coding code(SentenceView v, int first, int last, boolean headFirst) {
        String country = null;
        String orgCode = null;
        String roleSector = null;
        boolean former = false;
        boolean object = false;
        int rolesAfterOrg = 0;
        for (int i = first; i < last; ) {
            Lexicon.Match m = v.cover[i];
            String lower = v.lower(i);
            if (m == null) {
                // "a spokesman for the PMF" speaks for it: what follows is his own side, not an object.
                boolean speaksFor = lower.equals("for") && i > first && SPEAKERS.contains(v.lower(i - 1));
                if (OBJECT_PREPOSITIONS.contains(lower) && !speaksFor) object = true;
                if (country == null && !object && v.token(i).isProperNoun()) country = placeCountry.apply(v.word(i));
                if (FORMER.contains(lower)) former = true;
                i++;
                continue;
            }
            Entry org = m.first(Entry.Kind.ORGANISATION);
            Entry countryWord = v.countryEntry(i);
            Entry role = m.first(Entry.Kind.ROLE);
            if (org != null && !object && orgCode == null) {
                orgCode = org.code();
                rolesAfterOrg = 0;
            } else if (countryWord != null && !object && country == null && org == null) {
                country = countryWord.country();
            } else if (role != null && org == null && countryWord == null) {
                if (roleSector == null || !headFirst) roleSector = role.sector();
                if (orgCode != null && role.person()) rolesAfterOrg++;
                object = false;
            }
            i = Math.max(i + 1, m.last());
        }
        if (orgCode == null && country == null && roleSector == null) {
            return Coding.NONE;
        }
        String title = v.span(first, last);
        // Before a name the last role is the head: the organisation counts only when it
        // qualifies that head ("UN Special Envoy"), not an earlier role ("AU chairperson President").
        if (!headFirst && rolesAfterOrg > 1) {
            orgCode = null;
        }
        if (orgCode == null && country == null && roleSector == null) {
            return Coding.NONE;
        }
        Coding coding;
        if (orgCode != null) {
            Coding org = Coding.ofCode(orgCode, title);
            if ("***".equals(org.country()) && country != null) {
                org = new Coding(country, org.sector(), title);
            }
            coding = org.sector() != null || org.country().startsWith("IGO") || org.country().equals("NGO")
                    ? org : new Coding(org.country(), roleSector, title);
        } else {
            coding = new Coding(country, roleSector, title);
        }
        if (former && coding.sector() != null && coding.country() != null && !coding.country().startsWith("IGO")) {
            coding = new Coding(coding.country(), "ELI", title);
        }
        return coding;
    }
}
