package org.dateline.geo;

import java.util.Arrays;

/**
 * Name keys to row numbers in an open-addressing table: one array of keys, one flat array
 * of rows and two ints a slot, instead of a map entry and a list per name. Built in one
 * pass without sorting, because sorting ~80,000 strings in a cold JVM took longer than
 * reading the whole file. Immutable once built.
 */
final class NameIndex {

    private static final int[] NONE = new int[0];

    private final String[] keys;  // by slot; null for an empty slot
    private final int[] starts;   // rows of slot s are rows[starts[s] .. starts[s] + counts[s])
    private final int[] counts;
    private final int[] rows;
    private final int size;

    private NameIndex(String[] keys, int[] starts, int[] counts, int[] rows, int size) {
        this.keys = keys;
        this.starts = starts;
        this.counts = counts;
        this.rows = rows;
        this.size = size;
    }

    /** The rows filed under the key, ascending; empty if none. */
    int[] rows(String key) {
        int s = slot(keys, key);
        if (keys[s] == null) {
            return NONE;
        }
        return Arrays.copyOfRange(rows, starts[s], starts[s] + counts[s]);
    }

    boolean contains(String key) {
        return keys[slot(keys, key)] != null;
    }

    /** Number of distinct keys. */
    int size() {
        return size;
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private static int slot(String[] table, String key) {
        int mask = table.length - 1;
        int h = key.hashCode();
        int s = (h ^ (h >>> 16)) & mask;
        while (table[s] != null && !table[s].equals(key)) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /**
     * Collects (key, row) pairs; a key's rows must come in ascending order, as they do when
     * rows are added one after another. A repeated pair is kept once.
     */
    static final class Builder {
        private String[] keys = new String[1 << 12];
        private int[] heads = new int[1 << 12];   // first pair of a slot
        private int[] tails = new int[1 << 12];   // last pair of a slot
        private int[] counts = new int[1 << 12];
        private int[] pairRows = new int[1 << 12];
        private int[] pairNext = new int[1 << 12]; // next pair of the same key, -1 at the end
        private int pairs;
        private int size;

        void add(String key, int row) {
            if (key.isEmpty()) {
                return;
            }
            int s = slot(keys, key);
            if (keys[s] != null && pairRows[tails[s]] == row) {
                return; // a row's alternative name that folds to its own name
            }
            if (pairs == pairRows.length) {
                pairRows = Arrays.copyOf(pairRows, pairs * 2);
                pairNext = Arrays.copyOf(pairNext, pairs * 2);
            }
            int p = pairs++;
            pairRows[p] = row;
            pairNext[p] = -1;
            if (keys[s] == null) {
                keys[s] = key;
                heads[s] = p;
                tails[s] = p;
                counts[s] = 1;
                if (++size * 4 > keys.length * 3) { // linear probing stays short below 3/4 full
                    rehash();
                }
            } else {
                pairNext[tails[s]] = p;
                tails[s] = p;
                counts[s]++;
            }
        }

        private void rehash() {
            String[] oldKeys = keys;
            int[] oldHeads = heads;
            int[] oldTails = tails;
            int[] oldCounts = counts;
            int n = oldKeys.length * 2;
            keys = new String[n];
            heads = new int[n];
            tails = new int[n];
            counts = new int[n];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int s = slot(keys, oldKeys[i]);
                    keys[s] = oldKeys[i];
                    heads[s] = oldHeads[i];
                    tails[s] = oldTails[i];
                    counts[s] = oldCounts[i];
                }
            }
        }

        NameIndex build() {
            int[] starts = new int[keys.length];
            int[] rows = new int[pairs];
            int at = 0;
            for (int s = 0; s < keys.length; s++) {
                if (keys[s] == null) {
                    continue;
                }
                starts[s] = at;
                for (int p = heads[s]; p >= 0; p = pairNext[p]) {
                    rows[at++] = pairRows[p];
                }
            }
            return new NameIndex(keys.clone(), starts, counts.clone(), rows, size);
        }
    }
}
