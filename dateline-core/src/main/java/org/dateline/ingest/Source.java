package org.dateline.ingest;

import org.dateline.model.Article;

/**
 * One article still to be read: a name for messages and a way to read it. Reading may be
 * costly (decoding, HTML extraction), so it is deferred to whichever thread runs it;
 * {@link #read()} may be called from any thread, once.
 */
public interface Source {

    /** The input as the user would name it: a path, or a path and a record inside it. */
    String name();

    /** Reads the article, or says in one line why it cannot be read. */
    Article read() throws InputException;

    /** How to read one article: the body of {@link #read()}. */
    @FunctionalInterface
    interface Reading {
        Article read() throws InputException;
    }

    /** A source named {@code name} that reads as {@code reading} does. */
    static Source of(String name, Reading reading) {
        return new Source() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Article read() throws InputException {
                return reading.read();
            }
        };
    }
}
