package org.dateline.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the gazetteer TSV: comment lines starting with {@code #}, an optional header
 * {@code name country lat lon population kind alt}, then one place a line with those
 * tab-separated columns; {@code alt} (|-separated other names) may be missing or empty,
 * {@code country} may be empty. Hand-parsed because the bundled file has ~65,000 rows and
 * loading must stay well under half a second.
 */
final class PlacesReader {

    private static final GeoName.Kind[] KINDS = GeoName.Kind.values();
    private static final String[] KIND_WORDS = new String[KINDS.length];

    private static final String HEADER = "name\t";
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    };

    static {
        // Plain loops and no lambdas in this class: bootstrapping one costs tens of
        // milliseconds in the cold JVM that loads the bundled table.
        for (GeoName.Kind kind : KINDS) {
            KIND_WORDS[kind.ordinal()] = kind.name().toLowerCase(Locale.ROOT);
        }
    }

    private final String[] threeLetterCodes = new String[26 * 26 * 26];
    private final Map<String, String> otherCodes = new HashMap<>();
    private final int[] tabs = new int[6];
    private final NameIndex.Builder index = new NameIndex.Builder();
    private String[] names = new String[1024];
    private String[] countries = new String[1024];
    private double[] lats = new double[1024];
    private double[] lons = new double[1024];
    private int[] populations = new int[1024];
    private byte[] kinds = new byte[1024];
    private int size;

    private PlacesReader() {
    }

    static Gazetteer read(Reader source) throws IOException {
        char[] text = new char[1 << 16];
        int length = 0;
        for (int n; (n = source.read(text, length, text.length - length)) >= 0; ) {
            length += n;
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        return parse(text, length);
    }

    /** Reads UTF-8 bytes, the bundled file's encoding, straight into one char array. */
    static Gazetteer read(InputStream source) throws IOException {
        CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(source.readAllBytes()));
        return parse(text.array(), text.limit());
    }

    /**
     * Parses {@code text[0, length)}. Works on a char array and offsets, never a String a
     * line or a field: in a cold JVM, charAt's checks and the substrings were most of the
     * load time.
     */
    private static Gazetteer parse(char[] text, int length) {
        PlacesReader reader = new PlacesReader();
        int number = 0;
        boolean first = true;
        for (int from = 0; from < length; ) {
            int to = from;
            while (to < length && text[to] != '\n') {
                to++;
            }
            int end = to > from && text[to - 1] == '\r' ? to - 1 : to;
            int start = from;
            from = to + 1;
            number++;
            if (end == start || text[start] == '#') {
                continue;
            }
            if (first && startsWith(text, start, end, HEADER)) {
                first = false;
                continue;
            }
            first = false;
            try {
                reader.add(text, start, end);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("gazetteer line " + number + ": " + e.getMessage()
                        + ": " + new String(text, start, end - start), e);
            }
        }
        return reader.finish();
    }

    private static boolean startsWith(char[] text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(char[] text, int start, int end) {
        int[] tabs = this.tabs;
        int found = 0;
        for (int i = start; i < end && found < 6; i++) {
            if (text[i] == '\t') {
                tabs[found++] = i;
            }
        }
        if (found < 5) {
            throw new IllegalArgumentException("want at least 6 tab-separated columns");
        }
        int kindEnd = found == 6 ? tabs[5] : end;
        String name = new String(text, start, tabs[0] - start).strip();
        String country = country(text, tabs[0] + 1, tabs[1]);
        double lat = decimal(text, tabs[1] + 1, tabs[2]);
        double lon = decimal(text, tabs[2] + 1, tabs[3]);
        long population = count(text, tabs[3] + 1, tabs[4]);
        GeoName.Kind kind = kind(text, tabs[4] + 1, kindEnd);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        if (population < 0 || population > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("population out of range: " + population);
        }
        if (size == names.length) {
            grow();
        }
        int row = size++;
        names[row] = name;
        countries[row] = country;
        lats[row] = lat;
        lons[row] = lon;
        populations[row] = (int) population;
        kinds[row] = (byte) kind.ordinal();
        index.add(NameKey.of(text, start, tabs[0]), row);
        if (found == 6) {
            for (int from = tabs[5] + 1; from < end; ) {
                int to = from;
                while (to < end && text[to] != '|') {
                    to++;
                }
                index.add(NameKey.of(text, from, to), row);
                from = to + 1;
            }
        }
    }

    /** The country code, upper case, one shared instance per code. */
    private String country(char[] text, int from, int to) {
        if (to - from == 3) {
            int slot = 0;
            for (int i = from; i < to; i++) {
                int letter = (text[i] | 0x20) - 'a'; // either case
                if (letter < 0 || letter >= 26) {
                    slot = -1;
                    break;
                }
                slot = slot * 26 + letter;
            }
            if (slot >= 0) {
                String code = threeLetterCodes[slot];
                if (code == null) {
                    code = new String(text, from, 3).toUpperCase(Locale.ROOT);
                    threeLetterCodes[slot] = code;
                }
                return code;
            }
        }
        String code = new String(text, from, to - from).strip().toUpperCase(Locale.ROOT);
        String shared = otherCodes.putIfAbsent(code, code);
        return shared == null ? code : shared;
    }

    private void grow() {
        int n = names.length * 2;
        names = Arrays.copyOf(names, n);
        countries = Arrays.copyOf(countries, n);
        lats = Arrays.copyOf(lats, n);
        lons = Arrays.copyOf(lons, n);
        populations = Arrays.copyOf(populations, n);
        kinds = Arrays.copyOf(kinds, n);
    }

    private Gazetteer finish() {
        return new Gazetteer(Arrays.copyOf(names, size), Arrays.copyOf(countries, size),
                Arrays.copyOf(lats, size), Arrays.copyOf(lons, size), Arrays.copyOf(populations, size),
                Arrays.copyOf(kinds, size), index.build());
    }

    static GeoName.Kind kind(byte ordinal) {
        return KINDS[ordinal];
    }

    private static GeoName.Kind kind(char[] text, int from, int to) {
        for (GeoName.Kind kind : KINDS) {
            String word = KIND_WORDS[kind.ordinal()];
            if (to - from == word.length() && sameLetters(text, from, word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + new String(text, from, to - from));
    }

    /** Whether text[from...] spells the lower-case ASCII word, in either case. */
    private static boolean sameLetters(char[] text, int from, String word) {
        for (int i = 0; i < word.length(); i++) {
            if ((text[from + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A non-negative whole number; anything else is an error. */
    private static long count(char[] text, int from, int to) {
        if (from == to || to - from > 18) {
            throw new IllegalArgumentException("bad population: " + new String(text, from, to - from));
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("bad population: " + new String(text, from, to - from));
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Parses a plain decimal such as "-35.6944" without the general float parser, which is
     * slow before the JIT has warmed up; anything else goes to {@link Double#parseDouble}.
     */
    static double decimal(char[] s, int from, int to) {
        int i = from;
        boolean negative = i < to && s[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (; i < to; i++) {
            char c = s[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                count = -1;
                break;
            }
        }
        if (count <= 0 || count > 15) {
            return Double.parseDouble(new String(s, from, to - from).strip());
        }
        // Both operands are exact doubles, so one division rounds correctly: the same value
        // as Double.parseDouble gives.
        double value = scale <= 0 ? digits : digits / POWERS_OF_TEN[scale];
        return negative ? -value : value;
    }

}
