package org.dateline.cli;

import org.dateline.store.Export;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dateline export}: a table of a store in a file format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a table of a store: articles (the extract records with duplicate_of), events (aggregated "
                + "across articles), quotes or actors, as jsonl, csv, parquet or gdelt (events only).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.duckdb",
            description = "The store (default: ${DEFAULT-VALUE} in the working folder).")
    Path db;

    @Option(names = "--table", required = true, description = "articles, events, quotes or actors.")
    String table;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), csv, parquet (needs --out) or gdelt (events).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Export.Table t;
        Export.Format f;
        try {
            t = Export.Table.parse(table);
            f = Export.Format.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("dateline: error: " + e.getMessage());
            return 2;
        }
        if (out == null && !f.text()) {
            err.println("dateline: error: parquet is a binary format: give a file with --out");
            return 2;
        }
        try (Store store = Store.openExisting(db)) {
            if (out == null) store.export(t, f, System.out);
            else store.export(t, f, out);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("dateline: error: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("dateline: error: " + e.getMessage());
            return 1;
        }
    }
}
