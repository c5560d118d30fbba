package org.dateline.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of the pipeline, summed over all threads, so that the bench can
 * say what a stage costs ("quotes 38%"). Thread-safe; reading it while work runs gives a
 * figure that is a little behind.
 */
public final class StageClock {

    /** The stages that are timed. */
    public enum Stage { LAYOUT, ANALYSIS, ACTORS, TIMES, QUOTES, EVENTS, PLACES }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder parsedSentences = new LongAdder();
    private final LongAdder sentences = new LongAdder();

    public StageClock() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    void add(Stage stage, long elapsed) {
        nanos.get(stage).add(elapsed);
    }

    void countSentences(int all, int parsed) {
        sentences.add(all);
        parsedSentences.add(parsed);
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    public long totalNanos() {
        long t = 0;
        for (LongAdder a : nanos.values()) t += a.sum();
        return t;
    }

    public long sentences() {
        return sentences.sum();
    }

    public long parsedSentences() {
        return parsedSentences.sum();
    }

    public void reset() {
        for (LongAdder a : nanos.values()) a.reset();
        sentences.reset();
        parsedSentences.reset();
    }
}
