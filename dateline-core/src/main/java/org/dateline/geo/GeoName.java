package org.dateline.geo;

import java.util.Objects;

/**
 * A place from the gazetteer: its name as the gazetteer spells it, the ISO 3166-1 alpha-3
 * code of its country (empty for seas and areas that span several states), a point in
 * WGS84 degrees (a city's centre, a country's or region's approximate centroid) and its
 * population, 0 when unknown or not applicable.
 */
public record GeoName(String name, String country, double lat, double lon, long population, Kind kind) {

    /** What sort of place a row is; capitals are kept apart from cities because they win ties. */
    public enum Kind { COUNTRY, CAPITAL, CITY, REGION }

    public GeoName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank place name");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + name + ": " + lat + ", " + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("negative population for " + name);
        }
    }
}
