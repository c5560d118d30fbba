package org.dateline.cli;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.Corpus;
import org.dateline.ingest.InputException;
import org.dateline.model.Article;
import org.dateline.nlp.BaselinePipeline;
import org.dateline.ingest.Source;
import org.dateline.pipeline.BatchRunner;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.StageClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dateline bench}: extract over a folder, then stock CoreNLP with coreference and
 * quote attribution over the same articles in the same process, on the same threads.
 * Reading files and loading models are not timed. Both runs first make one untimed pass
 * over (up to {@value #WARM_UP} of) the same articles, so that what is measured is the
 * steady state of a long corpus run, not the JIT compiler warming up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extract throughput against a stock CoreNLP baseline (" + BaselinePipeline.ANNOTATORS + ").")
final class BenchCommand implements Callable<Integer> {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
    private static final int WARM_UP = 100;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--no-baseline", description = "Measure Dateline only.")
    boolean noBaseline;

    @Option(names = "--threads", description = "Worker threads for both runs (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, InputException {
        PrintStream out = System.out;
        Inputs inputs = new Inputs(System.err);
        List<Article> articles = new ArrayList<>();
        try (Corpus corpus = inputs.corpus(ArticleReader.DEFAULT_MAX_BYTES, null)) {
            for (Iterator<Source> it = corpus.sources(paths); it.hasNext(); ) {
                try {
                    articles.add(it.next().read());
                } catch (InputException e) {
                    inputs.report(e.problem());
                }
            }
        }
        if (articles.isEmpty()) {
            System.err.println("dateline: error: no readable articles under " + paths);
            return 1;
        }
        long tokens = articles.stream().mapToLong(a -> countTokens(a.text())).sum();
        out.printf("bench: %d articles, %,d tokens (words and punctuation), %d threads, after a warm-up pass%n",
                articles.size(), tokens, threads);

        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard(List.of());
        double load = seconds(t0);
        Run dateline = measure(articles, threads, a -> pipeline.extract(a), pipeline.clock()::reset);
        out.printf("dateline extract: %.1f s, %.2f articles/s, %,.0f tokens/s, peak heap %,d MB (loading %.1f s, not counted)%n",
                dateline.seconds, articles.size() / dateline.seconds, tokens / dateline.seconds, dateline.peakMb, load);
        out.println(stages(pipeline.clock()));

        if (noBaseline) {
            out.printf("bench: %.2f articles/s, baseline not run%n", articles.size() / dateline.seconds);
            return 0;
        }
        t0 = System.nanoTime();
        BaselinePipeline baseline = new BaselinePipeline();
        load = seconds(t0);
        // Stock CoreNLP's quote attribution throws on some texts; such an article still
        // counts (the work until it failed was done) and the failures are reported.
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        Run base = measure(articles, threads, a -> {
            try {
                baseline.annotate(a.text());
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }, () -> failures.set(0));
        out.printf("baseline CoreNLP %s: %.1f s, %.2f articles/s, %,.0f tokens/s, peak heap %,d MB (loading %.1f s, not counted)%s%n",
                BaselinePipeline.ANNOTATORS, base.seconds, articles.size() / base.seconds, tokens / base.seconds, base.peakMb, load,
                failures.get() == 0 ? "" : String.format("; CoreNLP threw on %d of %d articles", failures.get(), articles.size()));
        double a = articles.size() / dateline.seconds;
        double b = articles.size() / base.seconds;
        out.printf("bench: %.2f articles/s, baseline %.2f articles/s, ratio %.1f%n", a, b, a / b);
        return 0;
    }

    private record Run(double seconds, long peakMb) {
    }

    private interface Work {
        void on(Article article) throws Exception;
    }

    /** Where the time went, stage by stage, summed over threads; quotes include the parses they ask for. */
    static String stages(StageClock clock) {
        double total = Math.max(1, clock.totalNanos());
        StringBuilder sb = new StringBuilder("  stages:");
        for (StageClock.Stage s : StageClock.Stage.values()) {
            long n = clock.nanos(s);
            if (n == 0) continue;
            sb.append(String.format(" %s %.1f s (%.0f%%)", s.name().toLowerCase(java.util.Locale.ROOT), n / 1e9, 100 * n / total));
        }
        sb.append(String.format("; %,d of %,d sentences parsed", clock.parsedSentences(), clock.sentences()));
        return sb.toString();
    }

    private static Run measure(List<Article> articles, int threads, Work work, Runnable afterWarmUp) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(pool, articles.subList(0, Math.min(WARM_UP, articles.size())), work);
            afterWarmUp.run();
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            runAll(pool, articles, work);
            return new Run(seconds(t0), peakHeapMb());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, List<Article> articles, Work work) {
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : articles) {
            futures.add(pool.submit(() -> {
                work.on(a);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException("bench run failed: " + e.getMessage(), e);
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024 * 1024);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static long countTokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) n++;
        return n;
    }
}
