package org.dateline.time;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of word that can start a date expression, so that a scan tries only the forms
 * that start with such a word. Month and weekday names count only when capitalised
 * ("May", not "may"); the other words in any case ("Yesterday", "Last month").
 */
enum Trigger {
    WEEKDAY, MONTH, SHIFT, MODIFIER, DAY_WORD, THE, SEASON, NUMBER_WORD;

    private static final int MIN = 3;
    private static final int MAX = 9;

    /** One known word; {@code anyCase} false means it must be written as given. */
    private record Entry(String word, Trigger trigger, boolean anyCase) {
    }

    /**
     * Known words by length and lower-case first letter, so that looking up a token needs
     * no allocation: most tokens fall in an empty or one-word bucket.
     */
    private static final Entry[][][] TABLE = new Entry[MAX + 1][26][];

    static {
        List<Entry> all = new ArrayList<>();
        for (String w : Words.WEEKDAYS.split("\\|")) {
            all.add(new Entry(w, WEEKDAY, false));
        }
        for (String w : (Words.MONTHS + "|" + Words.MONTH_ABBREVIATIONS).split("\\|")) {
            all.add(new Entry(w, MONTH, false));
        }
        for (String w : new String[] {"last", "next", "this"}) {
            all.add(new Entry(w, SHIFT, true));
        }
        all.add(new Entry("earlier", MODIFIER, true));
        all.add(new Entry("later", MODIFIER, true));
        for (String w : new String[] {"today", "tonight", "yesterday", "tomorrow"}) {
            all.add(new Entry(w, DAY_WORD, true));
        }
        all.add(new Entry("the", THE, true));
        for (String w : new String[] {"spring", "summer", "autumn", "winter", "fall"}) {
            all.add(new Entry(w, SEASON, true));
        }
        for (String w : Words.NUMBER_WORDS.split("\\|")) {
            all.add(new Entry(w, NUMBER_WORD, true));
        }
        List<List<Entry>> buckets = new ArrayList<>();
        for (int i = 0; i < (MAX + 1) * 26; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Entry e : all) {
            buckets.get(e.word().length() * 26 + Character.toLowerCase(e.word().charAt(0)) - 'a').add(e);
        }
        for (int len = 0; len <= MAX; len++) {
            for (int c = 0; c < 26; c++) {
                List<Entry> b = buckets.get(len * 26 + c);
                TABLE[len][c] = b.isEmpty() ? null : b.toArray(new Entry[0]);
            }
        }
    }

    /** The kind of the word text[start, end) (letters only), or null if no date starts with it. */
    static Trigger of(String text, int start, int end) {
        int len = end - start;
        if (len < MIN || len > MAX) {
            return null;
        }
        int first = Character.toLowerCase(text.charAt(start)) - 'a';
        if (first < 0 || first >= 26) {
            return null;
        }
        Entry[] bucket = TABLE[len][first];
        if (bucket == null) {
            return null;
        }
        for (Entry e : bucket) {
            if (text.regionMatches(e.anyCase(), start, e.word(), 0, len)) {
                return e.trigger();
            }
        }
        return null;
    }
}
