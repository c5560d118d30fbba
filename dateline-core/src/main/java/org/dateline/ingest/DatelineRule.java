package org.dateline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place line that opens a wire story: 1–4 words in capitals followed by a dash or an
 * agency in brackets, or 1–4 Title Case words followed by a known country or state or an
 * agency, and then a dash:
 * "TEHRAN - ", "WASHINGTON (Reuters) —", "BEIRUT, Lebanon (AP) --",
 * "Kabul, Sept 23 (Reuters) -". Only the very start of the body is looked at.
 */
final class DatelineRule {

    /** Where the place and the region after it ("Lebanon"), if any, lie in the text. */
    record Found(int placeStart, int placeEnd, int regionStart, int regionEnd) {
        boolean hasRegion() {
            return regionStart >= 0;
        }
    }

    private static final String SPACE = "[ \\t\\u00A0]";
    private static final String UPPER_WORD = "\\p{Lu}(?:[\\p{Lu}\\p{M}'’.]|-(?=\\p{Lu}))*";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}](?:[\\p{L}\\p{M}'’.]|-(?=\\p{L}))*";
    private static final String ANY_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.]*(?:-\\p{L}[\\p{L}\\p{M}'’.]*)*";
    // Lower-case words inside place names: "Rio de Janeiro", "Trinidad and Tobago".
    private static final String LINK = "(?:de|da|do|dos|das|del|della|di|du|des|el|al|la|le|es|en|au|am|an|der"
            + "|den|van|von|of|upon|on|sur|and|the)";
    private static final String PLACE = "(?<place>" + UPPER_WORD + "(?:[ /]" + UPPER_WORD + "){0,3}"
            + "|" + TITLE_WORD + "(?: (?:" + LINK + " )?" + TITLE_WORD + "){0,3})";
    private static final String REGION = "(?<region>" + ANY_WORD + "(?: (?:" + LINK + " ){0,2}" + ANY_WORD + "){0,4})";
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "(?:" + MONTH + " \\d{1,2}|\\d{1,2} " + MONTH + ")";
    private static final String AGENCY = "\\((?<agency>[^()\\n]{1,40})\\)";
    // A hyphen must be followed by a space ("TEHRAN - ", not "US-led"); long dashes need not.
    private static final String DASH = "(?:(?:--?)" + SPACE + "+|[‒–—―]" + SPACE + "*)";
    private static final Pattern DATELINE = Pattern.compile(PLACE
            + "(?:," + SPACE + "+" + REGION + ")?"
            + "(?:," + SPACE + "+" + DATE + ")?"
            + "(?:" + SPACE + "*" + AGENCY + SPACE + "*(?<adash>" + DASH + ")?|" + SPACE + "*(?<dash>" + DASH + "))"
            + "(?=\\S)");

    /** Capitalised words that open stories without being places. */
    private static final Set<String> NOT_PLACES = Set.of("UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS",
            "FACTBOX", "WRAPUP", "INTERVIEW", "COLUMN", "OPINION", "EDITORIAL", "CORRECTED", "REFILE",
            "URGENT", "FLASH", "ALERT", "PHOTOS", "VIDEO", "WATCH", "LIVE", "NEWS", "NOTE", "PREVIEW",
            "REVIEW", "FEATURE", "COMMENT", "SPORTS", "WORLD", "BUSINESS", "POLITICS");

    private static final Set<String> REGIONS = loadRegions();

    private DatelineRule() {
    }

    /** The dateline starting exactly at {@code at}, if there is one. */
    static Optional<Found> at(String text, int at) {
        Matcher m = DATELINE.matcher(text);
        m.region(at, Math.min(text.length(), at + 300));
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place");
        if (NOT_PLACES.contains(place.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean capitals = place.codePoints().noneMatch(Character::isLowerCase);
        if (capitals) {
            if (place.codePoints().filter(Character::isLetter).count() < 2) {
                return Optional.empty();
            }
        } else {
            // Title Case opens ordinary sentences too ("The United Nations (UN) said"), so it
            // takes a dash and a known region or an agency: "Kabul, Afghanistan -", "Kabul (AFP) -".
            boolean knownRegion = m.group("region") != null && REGIONS.contains(m.group("region"));
            boolean dash = m.group("dash") != null || m.group("adash") != null;
            String firstWord = place.split(" ", 2)[0];
            if (HeadingBreaks.isStarter(firstWord) || DateText.isCalendarWord(firstWord)
                    || !dash || !(knownRegion || m.group("agency") != null)) {
                return Optional.empty();
            }
        }
        int rs = m.group("region") == null ? -1 : m.start("region");
        int re = m.group("region") == null ? -1 : m.end("region");
        return Optional.of(new Found(m.start("place"), m.end("place"), rs, re));
    }

    private static Set<String> loadRegions() {
        Set<String> names = new HashSet<>();
        try (InputStream in = DatelineRule.class.getResourceAsStream("dateline-regions.txt")) {
            if (in == null) {
                throw new IllegalStateException("dateline-regions.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
