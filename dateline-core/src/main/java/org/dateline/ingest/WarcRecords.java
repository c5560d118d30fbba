package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The HTML pages in a WARC or gzipped WARC file, read a record at a time: a {@code response}
 * with HTTP status 200 and an HTML payload, or a {@code resource} of type HTML, is an article
 * (its target URI the id, and the url when the page names none; the HTTP charset passed on).
 * Every other record is passed over and counted by kind. Only the current record's payload
 * is held, copied when the record is reached and refused past the size limit; the HTML is
 * read in {@link Source#read()}. Damage (a truncated or corrupt file) ends the file with one
 * error naming the record and its offset; the articles before it stand.
 */
final class WarcRecords implements Entries {

    private final Path file;
    private final WarcReader reader;
    private final long maxBytes;
    private final Consumer<Problem> problems;
    private final Counts counts;
    private int record;
    private int articles;
    private boolean done;

    WarcRecords(Path file, long maxBytes, Consumer<Problem> problems, Counts counts) throws IOException {
        this.file = file;
        this.reader = new WarcReader(FileChannel.open(file, StandardOpenOption.READ));
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.counts = counts;
    }

    @Override
    public Source next() {
        while (!done) {
            long offset = reader.position();
            int at = record + 1; // the record being read when damage shows
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    done = true;
                    return null;
                }
                record = at;
                offset = next.get().position();
                Source s = source(next.get());
                if (s != null) {
                    articles++;
                    return s;
                }
            } catch (IOException | RuntimeException e) {
                done = true;
                problems.accept(Problem.error(file.toString(), "damaged WARC at record " + at
                        + " (offset " + offset + "): " + reason(e) + "; " + articles + " article"
                        + (articles == 1 ? "" : "s") + " before it kept"));
            }
        }
        return null;
    }

    /** The record as an article to read, or null when it is passed over (counted). */
    private Source source(WarcRecord r) throws IOException {
        String type = r.type().toLowerCase(Locale.ROOT);
        String name = file + "#" + record;
        if (r instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return skip("WARC response not HTTP");
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return skip("WARC response not HTTP 200");
            }
            MediaType media = http.contentType();
            if (!isHtml(media)) {
                return skip("WARC response not HTML");
            }
            MessageBody body;
            try {
                body = http.bodyDecoded();
            } catch (IOException | LinkageError e) {
                // An encoding jwarc cannot undo (several at once, brotli without its library).
                return undecodable(name, http.headers().all("Content-Encoding"));
            }
            byte[] payload;
            try {
                payload = payload(name, body);
            } catch (ZipException e) {
                return undecodable(name, http.headers().all("Content-Encoding"));
            }
            return payload == null ? null : page(name, response, payload, charset(media));
        }
        if (r instanceof WarcResource resource) {
            MediaType media = resource.contentType();
            if (!isHtml(media)) {
                return skip("WARC resource not HTML");
            }
            byte[] payload = payload(name, resource.body());
            return payload == null ? null : page(name, resource, payload, charset(media));
        }
        return skip("WARC " + type + " record");
    }

    private Source page(String name, WarcTargetRecord r, byte[] payload, String charset) {
        String uri = r.target();
        return Source.of(name, () -> HtmlPage.read(name, uri, payload, charset, uri, problems));
    }

    /** The payload, or null (one warning) when it is over the size limit; damage propagates. */
    private byte[] payload(String name, MessageBody body) throws IOException {
        try (InputStream in = body.stream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes) {
                problems.accept(Problem.warning(name, "payload over the " + ArticleReader.size(maxBytes)
                        + " limit; skipped (raise it with --max-bytes)"));
                counts.skip("WARC payload over the size limit");
                return null;
            }
            return b;
        }
    }

    private Source undecodable(String name, List<String> encodings) {
        problems.accept(Problem.warning(name, "HTTP content encoding " + String.join(", ", encodings)
                + " cannot be decoded; skipped"));
        return skip("WARC payload not decodable");
    }

    private Source skip(String reason) {
        counts.skip(reason);
        return null;
    }

    private static boolean isHtml(MediaType media) {
        String t = media.base().toString().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static String charset(MediaType media) {
        return media.parameters().get("charset");
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
