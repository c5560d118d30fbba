package org.dateline.cli;

import org.dateline.store.Reports;
import org.dateline.store.ResultTable;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dateline query}: SQL or a named report over a store, printed as a text table. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run SQL over a store, or a named report (dyads, timeline, actors), and print an aligned table. "
                + "Tables: articles, actors, mentions, quotes, events, event_evidence, times, places; "
                + "view aggregated_events.")
final class QueryCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.duckdb",
            description = "The store (default: ${DEFAULT-VALUE} in the working folder).")
    Path db;

    @Option(names = "--report", paramLabel = "NAME", description = "dyads, timeline or actors.")
    String report;

    @Option(names = "--limit", paramLabel = "N", description = "Rows of a report (default: 20 for dyads and actors, all days for timeline).")
    Integer limit;

    @Option(names = "--width", paramLabel = "N", defaultValue = "40", description = "Cut cells longer than N characters (default: ${DEFAULT-VALUE}).")
    int width;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "One SQL statement.")
    String sql;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if ((sql == null) == (report == null)) {
            err.println("dateline: error: give either SQL or --report NAME");
            return 2;
        }
        Reports.Report named = null;
        try {
            if (report != null) named = Reports.Report.parse(report);
            if (limit != null && limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        } catch (IllegalArgumentException e) {
            err.println("dateline: error: " + e.getMessage());
            return 2;
        }
        try (Store store = Store.openExisting(db)) {
            ResultTable table = named == null ? store.query(sql)
                    : store.report(named, limit != null ? limit : named == Reports.Report.TIMELINE ? Integer.MAX_VALUE : 20);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(table.format(width));
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("dateline: error: " + e.getMessage());
            return 1;
        }
    }
}
