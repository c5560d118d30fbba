package org.dateline.ingest;

import java.util.Map;
import java.util.TreeMap;

/** The running tally of a {@link Corpus}; updated on the calling thread, read from any. */
final class Counts {
    private int files;
    private int articles;
    private int errors;
    private final Map<String, Integer> skipped = new TreeMap<>();

    synchronized void file() {
        files++;
    }

    synchronized void article() {
        articles++;
    }

    synchronized void error() {
        errors++;
    }

    synchronized void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    synchronized Corpus.Tally snapshot() {
        return new Corpus.Tally(files, articles, skipped, errors);
    }
}
