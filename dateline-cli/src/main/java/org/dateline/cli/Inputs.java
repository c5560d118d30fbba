package org.dateline.cli;

import org.dateline.ingest.ArticleFiles;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.Metadata;
import org.dateline.ingest.Problem;
import org.dateline.model.Article;
import org.dateline.ingest.Source;
import org.dateline.pipeline.BatchRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The .txt files named on a command line, as pipeline inputs; problems go to stderr, one line each. */
final class Inputs {
    private final PrintStream err;
    private final AtomicInteger errors = new AtomicInteger();

    Inputs(PrintStream err) {
        this.err = err;
    }

    void report(Problem p) {
        if (p.severity() == Problem.Severity.ERROR) errors.incrementAndGet();
        synchronized (err) {
            err.println(p.line());
        }
    }

    int errors() {
        return errors.get();
    }

    List<Source> list(List<Path> paths, ArticleReader reader, Metadata overrides) throws IOException {
        List<Source> inputs = new ArrayList<>();
        for (Path file : ArticleFiles.list(paths, this::report)) {
            inputs.add(new Source() {
                @Override
                public String name() {
                    return file.toString();
                }

                @Override
                public Article read() throws org.dateline.ingest.InputException {
                    return reader.read(file, overrides, Inputs.this::report);
                }
            });
        }
        return inputs;
    }
}
