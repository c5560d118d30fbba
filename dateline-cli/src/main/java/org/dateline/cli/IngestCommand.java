package org.dateline.cli;

import org.dateline.ingest.Corpus;
import org.dateline.pipeline.BatchRunner;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.AddResult;
import org.dateline.store.Store;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dateline ingest}: every article in the inputs, through the pipeline, into a store.
 * Articles already stored (same text) are passed over before the costly NLP, so a re-run,
 * or a run started again after a kill, does only what is missing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read news articles (text with sidecars, HTML pages, RSS/Atom feeds, WARC files, JSON Lines; "
                + "folders searched recursively) and store each with its record in a DuckDB file. "
                + "Re-running adds only what is not stored yet.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}); created if missing.")
    Path db = Path.of("dateline.duckdb");

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch = Store.DEFAULT_BATCH;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (batch < 1) {
            err.println("dateline: error: --batch must be at least 1");
            return 2;
        }
        Inputs inputs = new Inputs(err);
        Map<AddResult.Status, Integer> counts = new EnumMap<>(AddResult.Status.class);
        int[] failed = {0};
        int[] passedOver = {0};
        Pipeline pipeline = options.pipeline();
        Store store;
        try {
            store = Store.open(db, batch);
        } catch (StoreException e) {
            err.println("dateline: error: " + e.getMessage());
            return 2;
        }
        // The clock starts once the models are loaded: the rate is the corpus's, not the start-up's.
        Progress progress = Progress.overBytes(err, Progress.onTerminal(!quiet) ? inputs.measure(paths) : 0, !quiet);
        Corpus.Tally tally;
        try (store; Corpus corpus = inputs.corpus(options.maxBytes, null)) {
            new BatchRunner(pipeline, options.threads).run(corpus.sources(paths), article -> !store.has(article), outcome -> {
                if (outcome.ok()) {
                    counts.merge(store.add(outcome.article(), outcome.record()).status(), 1, Integer::sum);
                } else if (outcome.passedOver()) {
                    passedOver[0]++;
                } else {
                    failed[0]++;
                    inputs.report(outcome.problem());
                }
                progress.step();
                progress.bytesDone(inputs.bytesDoneAfter(outcome.input()));
            });
            tally = corpus.tally();
        } catch (StoreException e) {
            progress.finish();
            err.println("dateline: error: " + e.getMessage());
            return 2;
        }
        progress.finish();
        if (!quiet) {
            int added = counts.getOrDefault(AddResult.Status.ADDED, 0);
            int near = counts.getOrDefault(AddResult.Status.NEAR_DUPLICATE, 0);
            int same = counts.getOrDefault(AddResult.Status.ALREADY_STORED, 0) + passedOver[0];
            int stored = added + near;
            err.printf("ingest: %d articles stored (%d of them near-duplicates), %d already stored, %d skipped, "
                            + "%d failed; %.1f s, %.2f articles/s; %s%n", stored, near, same, tally.skippedTotal(),
                    failed[0] + tally.errors(), progress.seconds(), (stored + same) / Math.max(1e-9, progress.seconds()), db);
        }
        return inputs.errors() > 0 ? 1 : 0;
    }
}
