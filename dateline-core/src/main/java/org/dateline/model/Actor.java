package org.dateline.model;

import java.util.List;

/**
 * A person, organisation or country-level group that the article names, with its
 * CAMEO-style code ({@code country} + {@code sector}, e.g. IRN + GOV) and every mention.
 *
 * @param id      record-local id, "a1", "a2", …
 * @param name    fullest name the text gives
 * @param code    CAMEO actor code: three-letter country or non-state kind, then roles
 * @param country the first three letters of the code (ISO 3166-1 alpha-3, IGO, NGO, …)
 * @param sector  the roles after the country, or null when the text gives none
 * @param title   the title or description that justified the role, or null
 * @param kind    what sort of actor this is
 * @param mentions every mention, in text order
 */
public record Actor(String id, String name, String code, String country, String sector,
                    String title, Kind kind, List<Mention> mentions) {

    /** What sort of actor. */
    public enum Kind { PERSON, ORGANIZATION, COUNTRY, GROUP }

    public Actor {
        mentions = List.copyOf(mentions);
    }
}
