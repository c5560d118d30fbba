package org.dateline.cli;

import org.dateline.ingest.Corpus;
import org.dateline.ingest.Metadata;
import org.dateline.model.Record;
import org.dateline.output.GdeltEvents;
import org.dateline.output.RecordJson;
import org.dateline.output.RecordTable;
import org.dateline.pipeline.BatchRunner;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline extract}: articles in, records out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read news articles (text files with sidecars, HTML pages, RSS/Atom feeds, WARC files, JSON Lines; folders searched recursively) and write "
                + "one record per article as JSON Lines. A text file takes its metadata from a <name>.json sidecar.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, table, gdelt }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), table, or gdelt (GDELT 2.0 event rows).")
    Format format;

    @Option(names = "--id", description = "Article id (a single file only).")
    String id;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (a single file only), e.g. 2019-01-08.")
    String published;

    @Option(names = "--source", description = "Publisher (a single file only).")
    String source;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        Inputs inputs = new Inputs(err);
        Metadata overrides = new Metadata(id, null, source, null, published, null, null);
        boolean overridden = id != null || published != null || source != null;
        if (overridden && (paths.size() != 1 || !Files.isRegularFile(paths.get(0)))) {
            err.println("dateline: error: --id, --published and --source apply to a single file");
            return 2;
        }
        Pipeline pipeline = options.pipeline();
        Progress progress = Progress.overBytes(err, Progress.onTerminal(!quiet) ? inputs.measure(paths) : 0, !quiet);
        int[] written = {0};
        int[] failed = {0};
        try (Writer writer = open(); Corpus corpus = inputs.corpus(options.maxBytes, overridden ? overrides : null)) {
            new BatchRunner(pipeline, options.threads).run(corpus.sources(paths), article -> true, outcome -> {
                if (outcome.ok()) {
                    write(writer, outcome.record());
                    written[0]++;
                } else {
                    failed[0]++;
                    inputs.report(outcome.problem());
                }
                progress.step();
                progress.bytesDone(inputs.bytesDoneAfter(outcome.input()));
            });
        }
        progress.finish();
        if (!quiet && written[0] + failed[0] > 1) {
            err.printf("extract: %d records, %d failed, %.1f s (%.1f articles/s)%n", written[0],
                    failed[0], progress.seconds(), progress.rate());
        }
        return inputs.errors() > 0 ? 1 : 0;
    }

    private Writer open() throws IOException {
        if (out != null) return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush(); // leave System.out open for whoever called us
            }
        };
    }

    private void write(Writer writer, Record record) {
        try {
            switch (format) {
                case table -> writer.write(RecordTable.format(record) + "\n");
                case gdelt -> {
                    for (String row : GdeltEvents.rows(record)) writer.write(row + "\n");
                }
                default -> writer.write(RecordJson.toLine(record) + "\n");
            }
            if (out == null) writer.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
