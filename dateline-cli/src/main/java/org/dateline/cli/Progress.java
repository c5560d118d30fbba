package org.dateline.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr for runs over many articles. Drawn in place on a terminal;
 * elsewhere (a log, CI) only the closing summary line is written.
 */
final class Progress {
    private static final int BAR = 30;

    private final PrintStream err;
    private final int total;
    private final boolean live;
    private final long started = System.nanoTime();
    private int done;
    private long lastDraw;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.live = enabled && total > 1 && System.console() != null;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (live && (now - lastDraw > 100_000_000L || done == total)) {
            lastDraw = now;
            int filled = total == 0 ? BAR : done * BAR / total;
            err.printf("\r[%s%s] %d/%d articles, %.1f/s ", "#".repeat(filled), ".".repeat(BAR - filled),
                    done, total, rate());
            if (done == total) err.println();
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    double rate() {
        double s = seconds();
        return s > 0 ? done / s : 0;
    }
}
