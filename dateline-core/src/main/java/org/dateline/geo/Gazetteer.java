package org.dateline.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the place a name most likely means in a news article.
 *
 * <p>Names match case- and accent-insensitively, with or without a leading "the", and
 * through every alternative name of a row (see {@link NameKey} for the folding). When
 * several places share a name, the first rule that applies decides:
 * <ol>
 *   <li>A country beats everything else of its name ("Jordan", "Lebanon", "Armenia"), except
 *       that a region of a context country wins when the country itself is not in the
 *       context: "Georgia" is the country, but the US state for an article whose context
 *       holds USA and not GEO.</li>
 *   <li>A place in one of the context countries wins, the earliest-listed country first and
 *       then the largest population; but it does not displace a capital or a large city
 *       (100,000+) elsewhere unless it has at least a sixth of that place's population, and
 *       a small place (under 1,000 inhabitants or unknown) never does. So "Tripoli" with
 *       context LBN is the Lebanese city (229,000 against the Libyan capital's 1.15 million),
 *       while "Paris" with context USA and not FRA stays the French capital: Paris, Texas,
 *       with 25,000, is not what a news text means by the bare name.</li>
 *   <li>Otherwise the largest population wins; at equal population a capital beats a region
 *       and a region a city, then the first row of the table.</li>
 * </ol>
 * Context countries are ISO 3166-1 alpha-3 codes of the countries an article mentions, most
 * relevant first; the collection may be empty.
 *
 * <p>The table is held in columns (about 65,000 rows for the bundled file), immutable after
 * loading and safe to share across threads. {@link #standard()} loads the bundled table
 * once per JVM.
 */
public final class Gazetteer {

    /** Below this population a place is "small": it never displaces a capital or large city. */
    static final int SMALL_PLACE = 1_000;
    /** From this population on a city is "large" and keeps its name against context matches. */
    static final int LARGE_CITY = 100_000;
    /** A context match displaces a capital or large city only with at least 1/RATIO its size. */
    static final int DOMINANCE_RATIO = 6;

    private static final String RESOURCE = "places.tsv";
    private static final int NOT_IN_CONTEXT = Integer.MAX_VALUE;

    private final String[] names;
    private final String[] countries;
    private final double[] lats;
    private final double[] lons;
    private final int[] populations;
    private final byte[] kinds;
    private final NameIndex index;
    private final Map<String, Integer> countryRows;

    Gazetteer(String[] names, String[] countries, double[] lats, double[] lons, int[] populations,
              byte[] kinds, NameIndex index) {
        this.names = names;
        this.countries = countries;
        this.lats = lats;
        this.lons = lons;
        this.populations = populations;
        this.kinds = kinds;
        this.index = index;
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 0; r < names.length; r++) {
            if (kind(r) == GeoName.Kind.COUNTRY && !countries[r].isEmpty()) {
                rows.putIfAbsent(countries[r], r);
            }
        }
        this.countryRows = Map.copyOf(rows);
    }

    /** The bundled gazetteer ({@code org/dateline/geo/places.tsv}), loaded on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a gazetteer in the bundled file's TSV format: {@code #} comment lines, an
     * optional header {@code name country lat lon population kind alt}, then one place a line;
     * {@code kind} is one of country, capital, city, region; {@code alt} is optional.
     *
     * @throws IllegalArgumentException for a malformed line, naming its number
     */
    public static Gazetteer load(Reader tsv) throws IOException {
        return PlacesReader.read(Objects.requireNonNull(tsv, "tsv"));
    }

    /** The place the name most likely means given the article's countries; empty if unknown. */
    public Optional<GeoName> lookup(String name, Collection<String> contextCountries) {
        int[] rows = index.rows(NameKey.of(name));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(row(choose(rows, codes(contextCountries))));
    }

    /** The country's own row (common name, centroid) for an ISO 3166-1 alpha-3 code. */
    public Optional<GeoName> country(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        Integer row = countryRows.get(iso3.strip().toUpperCase(Locale.ROOT));
        return row == null ? Optional.empty() : Optional.of(row(row));
    }

    /** Whether any place goes by this name (under the same folding as {@link #lookup}). */
    public boolean isKnown(String name) {
        return index.contains(NameKey.of(name));
    }

    /** Number of places (rows) in the table. */
    public int size() {
        return names.length;
    }

    private int choose(int[] rows, List<String> context) {
        int country = -1;
        for (int r : rows) {
            if (kind(r) == GeoName.Kind.COUNTRY && (country < 0 || rank(r, context) < rank(country, context))) {
                country = r;
            }
        }
        if (country >= 0) {
            if (rank(country, context) != NOT_IN_CONTEXT) {
                return country;
            }
            int region = bestInContext(rows, context, GeoName.Kind.REGION);
            return region >= 0 ? region : country;
        }

        int best = rows[0];
        for (int r : rows) {
            if (moreProminent(r, best)) {
                best = r;
            }
        }
        int local = bestInContext(rows, context, null);
        if (local < 0 || local == best) {
            return best;
        }
        int dominant = -1;
        for (int r : rows) {
            boolean standsOut = kind(r) == GeoName.Kind.CAPITAL
                    || (kind(r) == GeoName.Kind.CITY && populations[r] >= LARGE_CITY);
            if (standsOut && rank(r, context) == NOT_IN_CONTEXT && (dominant < 0 || moreProminent(r, dominant))) {
                dominant = r;
            }
        }
        if (dominant >= 0 && (populations[local] < SMALL_PLACE
                || (long) populations[local] * DOMINANCE_RATIO < populations[dominant])) {
            return dominant;
        }
        return local;
    }

    /** The candidate in the earliest context country, then the most prominent; -1 if none. */
    private int bestInContext(int[] rows, List<String> context, GeoName.Kind only) {
        int best = -1;
        int bestRank = NOT_IN_CONTEXT;
        for (int r : rows) {
            int rank = rank(r, context);
            if (rank == NOT_IN_CONTEXT || (only != null && kind(r) != only)) {
                continue;
            }
            if (best < 0 || rank < bestRank || (rank == bestRank && moreProminent(r, best))) {
                best = r;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Whether row a ranks before row b by population, then kind, then table order. */
    private boolean moreProminent(int a, int b) {
        if (populations[a] != populations[b]) {
            return populations[a] > populations[b];
        }
        int ka = tieOrder(kind(a));
        int kb = tieOrder(kind(b));
        return ka != kb ? ka < kb : a < b;
    }

    private static int tieOrder(GeoName.Kind kind) {
        return switch (kind) {
            case COUNTRY -> 0;
            case CAPITAL -> 1;
            case REGION -> 2;
            case CITY -> 3;
        };
    }

    private int rank(int row, List<String> context) {
        String code = countries[row];
        if (code.isEmpty()) {
            return NOT_IN_CONTEXT;
        }
        int i = context.indexOf(code);
        return i < 0 ? NOT_IN_CONTEXT : i;
    }

    private static List<String> codes(Collection<String> contextCountries) {
        if (contextCountries == null || contextCountries.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(contextCountries.size());
        for (String c : contextCountries) {
            if (c != null && !c.isBlank()) {
                codes.add(c.strip().toUpperCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private GeoName.Kind kind(int row) {
        return PlacesReader.kind(kinds[row]);
    }

    private GeoName row(int r) {
        return new GeoName(names[r], countries[r], lats[r], lons[r], populations[r], kind(r));
    }

    /** Lazy holder: the JVM loads the bundled table once, on first use, without locking later. */
    private static final class Standard {
        static final Gazetteer INSTANCE = loadBundled();

        private static Gazetteer loadBundled() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/dateline/geo/" + RESOURCE);
                }
                return PlacesReader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled gazetteer", e);
            }
        }
    }
}
