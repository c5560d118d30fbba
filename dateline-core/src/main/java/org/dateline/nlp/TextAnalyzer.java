package org.dateline.nlp;

import java.util.List;

/**
 * Tokenises, splits, tags and recognises named entities; parses on request. Implementations
 * are thread-safe and expensive to build: make one per JVM and share it.
 */
public interface TextAnalyzer {

    /** Sentences, tokens, tags, lemmas and entity classes of {@code text}; offsets into it. */
    AnalyzedText analyze(String text);

    /** The dependency parse of one sentence of a text this analyser made. */
    List<Dependency> parse(Sentence sentence);
}
