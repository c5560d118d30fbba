package org.dateline.model;

/**
 * A named place, geocoded. {@code start}/{@code end} are null for a place that is not a
 * span of its own (an event's place taken from the dateline).
 */
public record Place(String name, String country, Double lat, Double lon, Integer start, Integer end) {
}
