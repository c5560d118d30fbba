package org.dateline.cli;

import org.dateline.ingest.Corpus;
import org.dateline.ingest.Metadata;
import org.dateline.ingest.Problem;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The inputs named on a command line: a {@link Corpus} over them whose problems go to
 * stderr, one line each, counted so that the command can exit with 1 when any input failed;
 * and the bookkeeping of how many input bytes are done, for the progress bar.
 */
final class Inputs {
    private final PrintStream err;
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, Long> sizes = new HashMap<>();
    private String current;
    private long bytesDone;

    Inputs(PrintStream err) {
        this.err = err;
    }

    /** Reports one problem (thread-safe). */
    void report(Problem p) {
        if (p.severity() == Problem.Severity.ERROR) errors.incrementAndGet();
        synchronized (err) {
            err.println(p.line());
        }
    }

    int errors() {
        return errors.get();
    }

    /** A corpus over the inputs, reporting here; {@code overrides} apply to a single text file. */
    Corpus corpus(long maxBytes, Metadata overrides) {
        return new Corpus(maxBytes, overrides, this::report);
    }

    /** The total size of the files under {@code paths}, remembered to tell bytes done later. */
    long measure(List<Path> paths) throws IOException {
        for (Path p : paths) {
            if (!Files.exists(p)) continue;
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) sizes.put(f.toString(), Files.size(f));
                }
            }
        }
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Bytes of input read completely, given the name of the latest outcome in input order:
     * an article named {@code file} or {@code file#N} means that the files before it are done.
     */
    long bytesDoneAfter(String input) {
        int hash = input.lastIndexOf('#');
        String file = hash > 0 && !sizes.containsKey(input) ? input.substring(0, hash) : input;
        if (current != null && !current.equals(file)) bytesDone += sizes.getOrDefault(current, 0L);
        current = file;
        return bytesDone;
    }
}
