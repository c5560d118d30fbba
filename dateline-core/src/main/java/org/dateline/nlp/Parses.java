package org.dateline.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The dependency parses of one article, made on first request and kept, so that the quote
 * and event stages share them and no sentence is parsed twice. One per article; not
 * thread-safe.
 */
public final class Parses implements Function<Sentence, DependencyTree> {
    private final TextAnalyzer analyzer;
    private final Map<Integer, DependencyTree> trees = new HashMap<>();

    public Parses(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public DependencyTree apply(Sentence sentence) {
        return trees.computeIfAbsent(sentence.index(), i -> new DependencyTree(sentence, GerundRepair.apply(sentence, analyzer.parse(sentence))));
    }

    /** How many sentences were parsed. */
    public int count() {
        return trees.size();
    }
}
