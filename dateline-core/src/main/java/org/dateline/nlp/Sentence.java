package org.dateline.nlp;

import java.util.List;

/**
 * One sentence: its tokens and its span in the text. The dependency parse is made only on
 * request ({@link TextAnalyzer#parse}) because it costs more than the rest of the analysis.
 */
public final class Sentence {
    private final int index;
    private final List<Token> tokens;
    private final Object handle; // the analyser's own representation, needed to parse later

    Sentence(int index, List<Token> tokens, Object handle) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one token");
        }
        this.index = index;
        this.tokens = List.copyOf(tokens);
        this.handle = handle;
    }

    public int index() { return index; }
    public List<Token> tokens() { return tokens; }
    public int start() { return tokens.get(0).start(); }
    public int end() { return tokens.get(tokens.size() - 1).end(); }
    public int size() { return tokens.size(); }
    public Token token(int i) { return tokens.get(i); }

    Object handle() { return handle; }

    /** The index of the token that covers or follows {@code offset}, or size() if none. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return tokens.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.text());
        }
        return sb.toString();
    }
}
