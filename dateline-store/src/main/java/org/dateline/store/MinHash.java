package org.dateline.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash signatures of a text's word shingles, to estimate the Jaccard similarity of two
 * texts from 128 numbers each.
 * <p>
 * Words are runs of letters and digits, lower-cased; a shingle is {@value #SHINGLE} words in
 * a row. Five words: a single edited word then disturbs only five shingles, yet five-word
 * runs are rare enough that two different stories on one topic share few of them (shared
 * names and stock phrases are mostly shorter). {@value #HASHES} hash functions: the
 * standard error of the estimate is at most sqrt(0.25/128) = 0.044, so the
 * {@link NearDuplicates#THRESHOLD} of 0.5 lies two errors below short wire copies that lost
 * a paragraph (about 0.6; longer copies score higher) and nine above different stories on
 * one topic (under 0.1), at 512 bytes per article.
 * <p>
 * The hash functions are fixed (seeded from a constant): signatures are stored, and a
 * re-opened store must compare new texts with old signatures. Changing them needs a schema
 * migration that recomputes {@code articles.minhash}.
 */
public final class MinHash {
    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** Hash functions, so numbers per signature. */
    public static final int HASHES = 128;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /**
     * The signature of a text, or null when it has no words. A text shorter than a shingle
     * is one shingle of all its words.
     */
    public static int[] signature(String text) {
        Set<Long> shingles = shingles(text);
        if (shingles.isEmpty()) return null;
        int[] sig = new int[HASHES];
        Arrays.fill(sig, -1); // unsigned maximum
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (Integer.compareUnsigned(h, sig[i]) < 0) sig[i] = h;
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity: the share of positions where the signatures agree. */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null) return 0;
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) same++;
        }
        return same / (double) HASHES;
    }

    /** The 64-bit hashes of the distinct shingles of a text. */
    static Set<Long> shingles(String text) {
        String[] words = words(text);
        Set<Long> out = new HashSet<>();
        if (words.length == 0) return out;
        int n = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the words, a space between them
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                if (j > i) h = (h ^ ' ') * 0x100000001b3L;
                String w = words[j];
                for (int k = 0; k < w.length(); k++) h = (h ^ w.charAt(k)) * 0x100000001b3L;
            }
            out.add(h);
        }
        return out;
    }

    static String[] words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        java.util.List<String> words = new java.util.ArrayList<>();
        while (m.find()) words.add(m.group());
        return words.toArray(String[]::new);
    }

    /** Signature as bytes for the {@code articles.minhash} column: big-endian int32s. */
    static byte[] toBytes(int[] sig) {
        if (sig == null) return null;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * sig.length);
        for (int v : sig) b.putInt(v);
        return b.array();
    }

    static int[] fromBytes(byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length != 4 * HASHES) throw new StoreException("a stored MinHash signature has " + bytes.length + " bytes, not " + 4 * HASHES);
        int[] sig = new int[HASHES];
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(sig);
        return sig;
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x44617465_6c696e65L; // "Dateline"
        for (int i = 0; i < HASHES; i++) {
            x += 0x9e3779b97f4a7c15L;
            s[i] = mix(x);
        }
        return s;
    }

    /** The SplitMix64 finaliser: a good 64-bit mixer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
