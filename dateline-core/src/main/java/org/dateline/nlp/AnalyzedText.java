package org.dateline.nlp;

import java.util.List;

/** A text split into sentences of tagged tokens. Immutable. */
public record AnalyzedText(String text, List<Sentence> sentences) {

    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains {@code offset}, or null when the offset falls between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
