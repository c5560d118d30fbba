package org.dateline.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;


/**
 * Every article in the files and folders a user names, as {@link Source}s to read, one at a
 * time. Folders are walked recursively in sorted path order (hidden files and folders
 * skipped), so a run is deterministic. Each file is recognised by its content as well as its
 * name ({@link InputKind}):
 * <ul>
 *   <li>{@code .txt}/{@code .text}: a text article and its {@code .json} sidecar, read exactly
 *       as {@link ArticleReader} reads them; the sidecar itself is not an input;</li>
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml} (or a .txt that is an HTML document): one page;</li>
 *   <li>{@code .xml}, {@code .rss}, {@code .atom}, {@code .feed}: an RSS or Atom feed, one article per item;</li>
 *   <li>{@code .warc}, {@code .warc.gz}: the HTML pages captured in a WARC file;</li>
 *   <li>{@code .jsonl}, {@code .ndjson} (or a .json of such lines): one article per line;</li>
 *   <li>anything else is sniffed, and skipped with one warning when it is none of these.</li>
 * </ul>
 *
 * <p>The iterator is lazy: it reads the next file or container record only when asked, on
 * the calling thread, and copies what the article needs (file bytes, a record's payload,
 * refused past {@code maxBytes}) into the Source; decoding and HTML extraction happen in
 * {@link Source#read()}, on whichever thread calls it. A 1 GB WARC is never loaded whole.
 * Names of sources are paths, with {@code #N} (1-based) for an item inside a container
 * (feed item, WARC record, JSON line). Problems are passed to the consumer as one-line
 * {@link Problem}s, from the calling thread and from {@code read()}, so it must be
 * thread-safe. {@link #tally()} counts files, articles and what was skipped, by reason.
 * Close the corpus to release an open WARC or JSON Lines file when iteration stops early.
 */
public final class Corpus implements Closeable {

    /**
     * What a corpus has seen so far.
     *
     * @param files    input files looked at (sidecars not counted)
     * @param articles sources yielded
     * @param skipped  things passed over, by reason ("WARC request record", "not an article file", …)
     * @param errors   error lines the corpus reported (missing paths, broken feeds, damaged WARC files, bad
     *                 JSON lines); an article that fails in {@link Source#read()} throws instead
     */
    public record Tally(int files, int articles, Map<String, Integer> skipped, int errors) {
        public Tally {
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        }

        /** All things skipped, whatever the reason. */
        public int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** How many were skipped for {@code reason}; 0 when none. */
        public int skipped(String reason) {
            return skipped.getOrDefault(reason, 0);
        }
    }

    private final long maxBytes;
    private final Metadata overrides;
    private final Consumer<Problem> problems;
    private final ArticleReader reader;
    private final Counts counts = new Counts();
    private Entries current;
    private boolean started;
    private boolean closed;

    /**
     * @param maxBytes  the largest article, file or record payload read; larger ones are refused with one line
     * @param overrides metadata that wins over the sidecar of a text article (meant for a single .txt); may be null
     * @param problems  receives one {@link Problem} per thing wrong; called from several threads
     */
    public Corpus(long maxBytes, Metadata overrides, Consumer<Problem> problems) {
        this.reader = new ArticleReader(maxBytes);
        this.maxBytes = maxBytes;
        this.overrides = overrides;
        Objects.requireNonNull(problems, "problems");
        this.problems = p -> {
            if (p.severity() == Problem.Severity.ERROR) {
                counts.error();
            }
            problems.accept(p);
        };
    }

    /**
     * The articles under {@code paths}, in the order given (each folder sorted). May be called
     * once per corpus; the iterator is not thread-safe, and yields nothing more once the
     * corpus is closed.
     */
    public Iterator<Source> sources(List<Path> paths) {
        if (started) {
            throw new IllegalStateException("a corpus is read once");
        }
        started = true;
        return new Walk(paths);
    }

    /** What the corpus has seen so far; final once the iterator is exhausted. */
    public Tally tally() {
        return counts.snapshot();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        closeCurrent();
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            Entries c = current;
            current = null;
            c.close();
        }
    }

    private final class Walk implements Iterator<Source> {
        private final Deque<Path> named;
        private final Deque<Path> files = new ArrayDeque<>();
        private final Set<Path> seen = new HashSet<>();
        private Source next;

        Walk(List<Path> paths) {
            this.named = new ArrayDeque<>(paths);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !closed) {
                if (current != null) {
                    Source s = current.next();
                    if (s != null) {
                        counts.article();
                        next = s;
                        return true;
                    }
                    closeQuietly();
                } else if (!files.isEmpty()) {
                    current = open(files.poll());
                } else if (!named.isEmpty()) {
                    expand(named.poll());
                } else {
                    return false;
                }
            }
            return next != null;
        }

        @Override
        public Source next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Source s = next;
            next = null;
            return s;
        }

        private void expand(Path path) {
            if (Files.isDirectory(path)) {
                List<Path> inFolder = walk(path);
                inFolder.removeIf(f -> isSidecar(f) || !seen.add(f.toAbsolutePath().normalize()));
                if (inFolder.isEmpty()) {
                    problems.accept(Problem.warning(path.toString(), "no article files in this folder"));
                }
                files.addAll(inFolder);
            } else if (Files.exists(path)) {
                if (!isSidecar(path) && seen.add(path.toAbsolutePath().normalize())) {
                    files.add(path);
                }
            } else {
                problems.accept(Problem.error(path.toString(), "no such file or folder"));
            }
        }
    }

    /** The entries of one file; a file that is no article file yields none (counted, one warning). */
    private Entries open(Path file) {
        counts.file();
        String input = file.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(InputKind.HEAD);
        } catch (IOException e) {
            head = new byte[0]; // the reader of its kind says what is wrong with it
        }
        InputKind.Verdict verdict = InputKind.of(file.getFileName().toString(), head);
        if (verdict.kind() == null) {
            problems.accept(Problem.warning(input, "not an article file (" + verdict.notArticle() + "), skipped"));
            counts.skip("not an article file");
            return Entries.single(null);
        }
        try {
            switch (verdict.kind()) {
                case TEXT:
                    return Entries.single(text(file));
                case HTML:
                    return Entries.single(page(file));
                case FEED:
                    byte[] feed = reader.bytesOf(file);
                    return FeedItems.of(input, file.getFileName().toString(), feed, problems, counts);
                case WARC:
                    return new WarcRecords(file, maxBytes, problems, counts);
                case JSON_LINES:
                    return new JsonLines(file, maxBytes, problems, counts);
                default:
                    throw new IllegalStateException(verdict.kind().name());
            }
        } catch (InputException e) {
            problems.accept(e.problem());
            return Entries.single(null);
        } catch (IOException e) {
            problems.accept(Problem.error(input, "cannot read: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage())));
            return Entries.single(null);
        }
    }

    /** A text article: its bytes and sidecar read now, decoded when read, exactly as {@link ArticleReader} does. */
    private Source text(Path file) {
        return withBytes(file, (input, bytes) -> {
            Metadata meta = reader.sidecarFor(file, problems).overriddenBy(overrides);
            return Source.of(input, () -> reader.read(input, bytes, meta, problems));
        });
    }

    /** An HTML page file: its bytes read now, the page read when the source is. */
    private Source page(Path file) {
        String id = stem(file.getFileName().toString());
        return withBytes(file, (input, bytes) -> Source.of(input, () -> HtmlPage.read(input, id, bytes, null, null, problems)));
    }

    /** The source {@code make} builds from a file's bytes, or one that fails as reading them did. */
    private Source withBytes(Path file, java.util.function.BiFunction<String, byte[], Source> make) {
        String input = file.toString();
        try {
            return make.apply(input, reader.bytesOf(file));
        } catch (InputException e) {
            return failing(input, e);
        }
    }

    /** A source that fails when read, so that its error comes in input order like any other. */
    private static Source failing(String input, InputException e) {
        return Source.of(input, () -> {
            throw e;
        });
    }

    /** Whether {@code file} is the .json sidecar of a text article beside it. */
    private static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String stem = stem(name);
        return Files.isRegularFile(file.resolveSibling(stem + ".txt"))
                || Files.isRegularFile(file.resolveSibling(stem + ".text"));
    }

    private List<Path> walk(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            // The folder the user named is walked even if hidden ("." or ".corpus").
                            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "links back to a folder above it; skipped"
                                    : "cannot be read (" + e.getClass().getSimpleName() + "); skipped";
                            problems.accept(Problem.warning(file.toString(), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.accept(Problem.error(root.toString(), "cannot walk the folder: " + e.getMessage()));
        }
        found.sort(null);
        return found;
    }

    private void closeQuietly() {
        try {
            closeCurrent();
        } catch (IOException e) {
            // a file only read from: nothing was lost
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String stem(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".warc.gz")) {
            return name.substring(0, name.length() - ".warc.gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
