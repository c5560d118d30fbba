package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Bytes of an article file to its text, refusing what is not text. A byte-order mark
 * decides the encoding (UTF-8, UTF-16, UTF-32) and is dropped; without one, valid UTF-8 is
 * taken as is, text with no valid multi-byte UTF-8 sequence (or more broken ones than valid
 * ones) is read as Windows-1252, and mostly valid UTF-8 has its few broken sequences replaced
 * by U+FFFD. Each guess is reported as a warning. Line endings are left exactly as they are.
 */
final class TextDecoder {

    /** Above this share of control characters a file is binary, whatever its encoding. */
    private static final double CONTROL_SHARE = 0.05;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoder() {
    }

    static String decode(String input, byte[] b, Consumer<Problem> warnings) throws InputException {
        if (b.length == 0) {
            throw new InputException(input, "empty file");
        }
        String text;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            refuseBinaryBytes(input, b);
            text = utf8(input, b, 3, warnings);
        } else if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            text = marked(input, b, 4, UTF_32BE, warnings);
        } else if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            text = marked(input, b, 4, UTF_32LE, warnings);
        } else if (startsWith(b, 0xFE, 0xFF)) {
            text = marked(input, b, 2, StandardCharsets.UTF_16BE, warnings);
        } else if (startsWith(b, 0xFF, 0xFE)) {
            text = marked(input, b, 2, StandardCharsets.UTF_16LE, warnings);
        } else {
            Charset wide = unmarkedUtf16(b);
            if (wide != null) {
                warnings.accept(Problem.warning(input, "no byte-order mark, read as " + wide.name()));
                text = marked(input, b, 0, wide, warnings);
            } else {
                refuseBinaryBytes(input, b);
                text = utf8(input, b, 0, warnings);
            }
        }
        if (isBlank(text)) {
            throw new InputException(input, "empty file");
        }
        return text;
    }

    private static String utf8(String input, byte[] b, int from, Consumer<Problem> warnings) {
        Decoded d = decode(b, from, StandardCharsets.UTF_8);
        if (d.bad == 0) {
            return d.text;
        }
        int valid = d.nonAscii - d.bad;
        if (valid == 0 || d.bad > valid) {
            warnings.accept(Problem.warning(input, "not UTF-8, read as Windows-1252"));
            return decode(b, from, WINDOWS_1252).text;
        }
        warnings.accept(Problem.warning(input, d.bad + " invalid UTF-8 sequence"
                + (d.bad == 1 ? "" : "s") + " replaced"));
        return d.text;
    }

    private static String marked(String input, byte[] b, int from, Charset cs, Consumer<Problem> warnings)
            throws InputException {
        Decoded d = decode(b, from, cs);
        refuseBinaryChars(input, d.text);
        if (d.bad > 0) {
            warnings.accept(Problem.warning(input, d.bad + " invalid " + cs.name() + " sequence"
                    + (d.bad == 1 ? "" : "s") + " replaced"));
        }
        return d.text;
    }

    /** UTF-16 without a byte-order mark: ASCII-range text where every other byte is zero. */
    private static Charset unmarkedUtf16(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = b.length / 2;
        if (zeroOdd >= pairs * 0.9 && zeroEven == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= pairs * 0.9 && zeroOdd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static void refuseBinaryBytes(String input, byte[] b) throws InputException {
        int controls = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new InputException(input, "not text (binary data: NUL bytes at offset " + i + ")");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (controls > b.length * CONTROL_SHARE) {
            throw new InputException(input, "not text (binary data: " + percent(controls, b.length) + " control bytes)");
        }
    }

    private static void refuseBinaryChars(String input, String text) throws InputException {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputException(input, "not text (binary data: NUL characters at offset " + i + ")");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        if (controls > text.length() * CONTROL_SHARE) {
            throw new InputException(input, "not text (binary data: " + percent(controls, text.length())
                    + " control characters)");
        }
    }

    /** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0xFEFF);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decoded text, how many malformed sequences became U+FFFD, how many code points are not ASCII. */
    private record Decoded(String text, int bad, int nonAscii) {
    }

    private static Decoded decode(byte[] b, int from, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(b.length - from + 16);
        int bad = 0;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
            } else {
                // One replacement per malformed sequence, as the decoder delimits it.
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + r.length());
                bad++;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        String text = out.toString();
        int nonAscii = (int) text.codePoints().filter(cp -> cp >= 0x80).count();
        return new Decoded(text, bad, nonAscii);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
