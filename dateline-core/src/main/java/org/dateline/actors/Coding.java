package org.dateline.actors;

/**
 * What a title, a name or a description says about an actor's code: country (or non-state
 * kind, or "***" for "the country of the story") and sector. Either may be null.
 */
record Coding(String country, String sector, String title) {
    static final Coding NONE = new Coding(null, null, null);

    static Coding ofCode(String code, String title) {
        if (code == null || code.length() < 3) return new Coding(null, null, title);
        return new Coding(code.substring(0, 3), code.length() > 3 ? code.substring(3) : null, title);
    }

    boolean isEmpty() {
        return country == null && sector == null;
    }

    /** This coding, with the gaps filled from {@code other}. */
    Coding orElse(Coding other) {
        if (other == null) return this;
        return new Coding(country != null ? country : other.country,
                sector != null ? sector : other.sector,
                title != null ? title : other.title);
    }

    String code() {
        if (country == null) return null;
        return sector == null ? country : country + sector;
    }
}
