package org.dateline.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, among the articles stored so far, the first copy of a new article's text: LSH over
 * {@link MinHash} signatures, then the estimated Jaccard similarity of each candidate.
 * <p>
 * Banding: {@value #BANDS} bands of {@value #ROWS} rows (126 of the 128 signature values;
 * the similarity estimate uses all 128). Two texts become candidates when they agree on all
 * rows of some band: with similarity s that happens with probability 1 - (1 - s^3)^42,
 * which is 0.94 at s = 0.4, 0.996 at the threshold 0.5 and 1.000 from 0.6 up (wire copies,
 * even short ones that lost a paragraph), but 0.04 at s = 0.1 and 0.0003 at s = 0.02
 * (unrelated stories), so candidates stay few. Four rows per band would miss one copy in
 * eight at s = 0.5; two rows would make half of all same-topic stories candidates and
 * double the index. A candidate is a copy when its estimated similarity is at least
 * {@value #THRESHOLD}: on the corpus, wire copies with other furniture score 0.58 to 0.92, different
 * stories on one topic under 0.1.
 * <p>
 * A copy links to the <em>first</em> stored copy: a candidate that is itself a copy stands
 * for its own first copy, so chains are followed at once and never stored. Of several
 * matches the one whose first copy was stored earliest wins. Not thread-safe: the store
 * calls it from its one writing thread.
 */
public final class NearDuplicates {
    public static final int BANDS = 42;
    public static final int ROWS = 3;
    public static final double THRESHOLD = 0.5;

    /** A stored article as the index knows it; {@code first*} name the copy it links to, or itself. */
    record Entry(String hash, String id, long seq, int[] signature, String firstHash, String firstId, long firstSeq) {
    }

    /** The first copy of a text (its ingest order too), and the similarity of the candidate that led to it. */
    public record Match(String firstHash, String firstId, long firstSeq, double similarity) {
    }

    private final Map<Long, List<Entry>> buckets = new HashMap<>();

    /** The first copy of a text with this signature, or null when there is none. */
    public Match find(int[] signature) {
        if (signature == null) return null;
        Entry best = null;
        double bestSimilarity = 0;
        for (int band = 0; band < BANDS; band++) {
            for (Entry e : buckets.getOrDefault(key(signature, band), List.of())) {
                double s = MinHash.similarity(signature, e.signature());
                if (s < THRESHOLD) continue;
                if (best == null || e.firstSeq() < best.firstSeq()
                        || e.firstSeq() == best.firstSeq() && s > bestSimilarity) {
                    best = e;
                    bestSimilarity = s;
                }
            }
        }
        return best == null ? null : new Match(best.firstHash(), best.firstId(), best.firstSeq(), bestSimilarity);
    }

    /** Makes an article findable; an article without a signature is never a copy of anything. */
    void add(Entry entry) {
        if (entry.signature() == null) return;
        for (int band = 0; band < BANDS; band++) {
            buckets.computeIfAbsent(key(entry.signature(), band), k -> new ArrayList<>(1)).add(entry);
        }
    }

    void clear() {
        buckets.clear();
    }

    private static long key(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) h = h * 0x100000001b3L + (sig[band * ROWS + r] & 0xffffffffL);
        return h * 0x9e3779b97f4a7c15L + band;
    }
}
