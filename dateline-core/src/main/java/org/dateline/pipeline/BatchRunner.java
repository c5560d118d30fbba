package org.dateline.pipeline;

import org.dateline.ingest.InputException;
import org.dateline.ingest.Problem;
import org.dateline.ingest.Source;
import org.dateline.model.Article;
import org.dateline.model.Record;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs the pipeline over many inputs on several threads and hands the outcomes back in
 * input order, on the calling thread. A failing input becomes an outcome with a problem;
 * the run goes on with the rest.
 */
public final class BatchRunner {

    /**
     * What became of one input: a record, or the problem that stopped it, or neither when the
     * article was read but not wanted (see {@link #run(Iterator, Predicate, Consumer)}).
     */
    public record Outcome(String input, Article article, Record record, Problem problem, long nanos) {
        public boolean ok() {
            return record != null;
        }

        /** Read, then passed over by the caller's filter. */
        public boolean passedOver() {
            return record == null && problem == null;
        }
    }

    private final Pipeline pipeline;
    private final int threads;

    public BatchRunner(Pipeline pipeline, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** Processes every input; {@code sink} sees the outcomes in input order. */
    public void run(List<? extends Source> inputs, Consumer<Outcome> sink) {
        run(inputs.iterator(), article -> true, sink);
    }

    /**
     * Processes inputs as the iterator yields them, so that a corpus of any size streams
     * through in bounded memory. Each article is read on a worker thread and extracted only
     * if {@code wanted} accepts it ({@code wanted} must be thread-safe); {@code sink} sees the
     * outcomes in input order, on the calling thread.
     */
    public void run(Iterator<? extends Source> inputs, Predicate<Article> wanted, Consumer<Outcome> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window keeps memory flat on corpora of any size.
            int window = threads * 4;
            Deque<Future<Outcome>> pending = new ArrayDeque<>();
            Iterator<? extends Source> it = inputs;
            while (it.hasNext() || !pending.isEmpty()) {
                while (it.hasNext() && pending.size() < window) {
                    Source input = it.next();
                    pending.add(pool.submit(() -> process(input, wanted)));
                }
                sink.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome process(Source input, Predicate<Article> wanted) {
        long t0 = System.nanoTime();
        Article article = null;
        try {
            article = input.read();
            if (!wanted.test(article)) {
                return new Outcome(input.name(), article, null, null, System.nanoTime() - t0);
            }
            Record record = pipeline.extract(article);
            return new Outcome(input.name(), article, record, null, System.nanoTime() - t0);
        } catch (InputException e) {
            return new Outcome(input.name(), article, null, e.problem(), System.nanoTime() - t0);
        } catch (RuntimeException | StackOverflowError e) {
            Problem p = new Problem(input.name(), Problem.Severity.ERROR, "internal error: " + e);
            return new Outcome(input.name(), article, null, p, System.nanoTime() - t0);
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
