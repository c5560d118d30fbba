package org.dateline.actors;

/**
 * One dictionary line as the recogniser sees it: a phrase and what it means.
 *
 * @param kind    what the phrase names
 * @param phrase  the phrase as written in the dictionary
 * @param key     the entity the phrase names (so that "UN" and "United Nations" are one actor)
 * @param name    the canonical name of that entity
 * @param code    CAMEO actor code ("***" as country means: the country of the story)
 * @param sector  the role for {@link Kind#ROLE} entries, else the roles of {@code code}
 * @param person  for roles: a title of one person rather than a body
 */
record Entry(Kind kind, String phrase, String key, String name, String code, String sector, boolean person) {

    /** What a dictionary phrase names. */
    enum Kind {
        COUNTRY, DEMONYM, CAPITAL, GOVERNMENT, ORGANISATION, PERSON, ROLE;

        boolean isCountryWord() {
            return this == COUNTRY || this == DEMONYM || this == CAPITAL || this == GOVERNMENT;
        }
    }

    String country() {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }
}
