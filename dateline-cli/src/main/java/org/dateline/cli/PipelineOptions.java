package org.dateline.cli;

import org.dateline.events.EventCoder;
import org.dateline.ingest.ArticleReader;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options of every command that runs the pipeline over inputs: its data, scope, threads and input limit. */
final class PipelineOptions {

    @Option(names = "--dictionary", paramLabel = "FILE", description = "An extra actor dictionary (Dateline TSV or PETRARCH format); repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE", description = "Extra event patterns (Dateline TSV or PETRARCH verb dictionary); repeatable.")
    List<Path> verbs = new ArrayList<>();

    @Option(names = "--all-events", description = "Also keep negated, hypothetical and denied events (flagged), not only asserted and intended ones.")
    boolean allEvents;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", description = "Refuse an article or file larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    /** The standard pipeline with the user's dictionaries and patterns (loads the models once per JVM). */
    Pipeline pipeline() throws IOException {
        return Pipeline.standard(dictionaries, verbs, allEvents ? EventCoder.Scope.ALL : EventCoder.Scope.DEFAULT);
    }
}
