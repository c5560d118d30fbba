package org.dateline.model;

/** The place line that opens a wire story ("TEHRAN -"), with its span in the text. */
public record Dateline(String place, String country, int start, int end) {
}
