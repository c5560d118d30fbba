package org.dateline.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr for runs over many articles: articles done, rate, and the time
 * left. Drawn in place on a terminal; elsewhere (a log, CI) nothing is drawn and the
 * command writes only its closing summary line.
 *
 * <p>The share done is counted in articles when their number is known beforehand
 * ({@code extract}), else in input bytes ({@code ingest}: a WARC or a feed holds an unknown
 * number of articles until it has been read).
 */
final class Progress {
    private static final int BAR = 30;

    private final PrintStream err;
    private final long total;
    private final boolean byBytes;
    private final boolean live;
    private final long started = System.nanoTime();
    private int done;
    private long bytesDone;
    private long lastDraw;

    private Progress(PrintStream err, long total, boolean byBytes, boolean enabled) {
        this.err = err;
        this.total = total;
        this.byBytes = byBytes;
        this.live = onTerminal(enabled) && total > 1;
    }

    /** Whether a bar asked for would be drawn: only on a terminal, so that callers can skip measuring otherwise. */
    static boolean onTerminal(boolean enabled) {
        return enabled && System.console() != null;
    }

    /** Progress over a known number of articles. */
    Progress(PrintStream err, int articles, boolean enabled) {
        this(err, articles, false, enabled);
    }

    /** Progress over inputs of {@code totalBytes}, the number of articles in them unknown. */
    static Progress overBytes(PrintStream err, long totalBytes, boolean enabled) {
        return new Progress(err, totalBytes, true, enabled);
    }

    /** One more article done. */
    synchronized void step() {
        done++;
        draw(false);
    }

    /** Input bytes read completely so far (only for progress over bytes). */
    synchronized void bytesDone(long bytes) {
        bytesDone = bytes;
        draw(false);
    }

    /** Ends the bar's line, if one was drawn. */
    synchronized void finish() {
        if (live) {
            if (byBytes) bytesDone = total; // the last file is done too
            draw(true);
            err.println();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!live || (!force && now - lastDraw < 100_000_000L && done != total)) return;
        lastDraw = now;
        double share = Math.min(1, total <= 0 ? 1 : (byBytes ? bytesDone : done) / (double) total);
        int filled = (int) (share * BAR);
        String count = byBytes ? done + " articles" : done + "/" + total + " articles";
        err.printf("\r[%s%s] %s, %.1f/s, %s ", "#".repeat(filled), ".".repeat(BAR - filled), count, rate(), left(share));
        if (!byBytes && done == total) err.println();
    }

    private String left(double share) {
        if (share <= 0) return "time left unknown";
        long seconds = Math.round(seconds() * (1 - share) / share);
        return seconds >= 60 ? String.format("%dm%02ds left", seconds / 60, seconds % 60) : seconds + "s left";
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Articles per second so far. */
    double rate() {
        double s = seconds();
        return s > 0 ? done / s : 0;
    }
}
