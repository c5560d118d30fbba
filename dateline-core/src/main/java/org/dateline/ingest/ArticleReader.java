package org.dateline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.dateline.model.Article;

/**
 * Reads one article: a {@code .txt} file and its optional {@code .json} sidecar beside it
 * ({@code x.txt} → {@code x.json}) to one {@link Article}.
 *
 * <p>An input that cannot be read as text (empty, binary, too large, missing) throws an
 * {@link InputException} with a one-line reason. Everything that can be worked around
 * (an encoding guessed, a broken sidecar, an unparseable date) is passed to the warnings
 * consumer and the article is still returned. Metadata precedence: command-line overrides,
 * then the sidecar; the id defaults to the file name without its extension. The text is
 * kept exactly as decoded, line endings included, so that offsets point into it.
 */
public final class ArticleReader {

    /** Default size limit: 8 MiB, far above any news article. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Reads {@code txt} and the sidecar beside it; {@code overrides} (may be null) win over
     * the sidecar. {@link Article#origin()} is the path as given.
     */
    public Article read(Path txt, Metadata overrides, Consumer<Problem> warnings) throws InputException {
        byte[] bytes = bytesOf(txt);
        Metadata sidecar = sidecarFor(txt, warnings);
        return read(txt.toString(), bytes, sidecar.overriddenBy(overrides), warnings);
    }

    /** The bytes of a file, refused by size before any is read, so that a huge file is never loaded. */
    byte[] bytesOf(Path file) throws InputException {
        String input = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(input, "a folder, not a file");
        }
        try {
            checkSize(input, Files.size(file));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(input, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(input, "cannot read: permission denied");
        } catch (IOException e) {
            throw new InputException(input, "cannot read: " + reason(e));
        } catch (OutOfMemoryError e) {
            throw new InputException(input, "cannot read: out of memory");
        }
    }

    /** The sidecar metadata of an article file, {@link Metadata#EMPTY} when it has none or it is broken (a warning). */
    Metadata sidecarFor(Path txt, Consumer<Problem> warnings) {
        return readSidecar(sidecarOf(txt), warnings);
    }

    /**
     * Reads an article given as bytes (standard input, an archive entry). {@code origin} names
     * it in messages and gives the default id; {@code sidecar} (may be null) is its metadata,
     * already merged with any overrides.
     */
    public Article read(String origin, byte[] bytes, Metadata sidecar, Consumer<Problem> warnings)
            throws InputException {
        checkSize(origin, bytes.length);
        String text = TextDecoder.decode(origin, bytes, warnings);
        Metadata m = sidecar == null ? Metadata.EMPTY : sidecar;
        String id = m.id() != null && !m.id().isBlank() ? m.id() : defaultId(origin);
        return Article.builder(id, text)
                .title(m.title())
                .source(m.source())
                .url(m.url())
                .published(published(origin, m.published(), warnings))
                .language(m.language())
                .license(m.license())
                .origin(origin)
                .build();
    }

    /** The sidecar path of an article file: same folder, same name, {@code .json}. */
    static Path sidecarOf(Path txt) {
        String name = txt.getFileName().toString();
        return txt.resolveSibling(stem(name) + ".json");
    }

    private Metadata readSidecar(Path json, Consumer<Problem> warnings) {
        if (!Files.isRegularFile(json)) {
            return Metadata.EMPTY;
        }
        String input = json.toString();
        try {
            if (Files.size(json) > maxBytes) {
                warnings.accept(Problem.warning(input, "sidecar over the size limit; read without it"));
                return Metadata.EMPTY;
            }
            String text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Metadata.parseJson(input, text);
        } catch (InputException e) {
            warnings.accept(Problem.warning(input, e.getMessage() + "; read without it"));
        } catch (IOException e) {
            warnings.accept(Problem.warning(input, "cannot read sidecar: " + reason(e) + "; read without it"));
        }
        return Metadata.EMPTY;
    }

    /** A metadata date to a day, or null with a warning naming {@code origin} when it names none. */
    static LocalDate published(String origin, String published, Consumer<Problem> warnings) {
        if (published == null) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(published);
        if (date.isEmpty()) {
            String what = DateText.isPartial(published) ? "published date '" + published + "' is not a whole day"
                    : "unparseable published date '" + published + "'";
            warnings.accept(Problem.warning(origin, what + "; relative dates stay unresolved"));
        }
        return date.orElse(null);
    }

    void checkSize(String input, long size) throws InputException {
        if (size > maxBytes) {
            String have = size(size);
            String limit = size(maxBytes);
            if (have.equals(limit)) {
                have = size + " bytes";
                limit = maxBytes + "-byte";
            }
            throw new InputException(input, have + ", over the " + limit + " limit; raise it with --max-bytes");
        }
    }

    /** Sizes the way people read them: "20.0 MB" (binary megabytes, as the limit is set). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes / 1024.0;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static String defaultId(String origin) {
        String name = origin;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        String stem = stem(name);
        return stem.isEmpty() ? name : stem;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
