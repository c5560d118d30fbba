package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: dispatches to its subcommands. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "News articles to political event data: coded actors, quotes, events, times and places.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ExportCommand.class, QueryCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 some inputs failed, 2 usage). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
