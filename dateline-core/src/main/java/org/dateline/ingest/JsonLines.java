package org.dateline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dateline.model.Article;

/**
 * A JSON Lines file, one article object per line: {@code text} (required), {@code id},
 * {@code title}, {@code url}, {@code published}, {@code source}, {@code language},
 * {@code license}, {@code authors} (a string or an array of strings). Read a line at a time,
 * so a file of any size streams; blank lines are ignored, and a bad line is one error naming
 * {@code file:LINE} while the rest goes on. The id defaults to {@code file#LINE}.
 */
final class JsonLines implements Entries {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Stands for a line over the size limit, whose bytes are not kept. */
    private static final byte[] TOO_LONG = new byte[0];

    private final Path file;
    private final String fileName;
    private final InputStream in;
    private final long maxBytes;
    private final Consumer<Problem> problems;
    private final Counts counts;
    private int line;

    JsonLines(Path file, long maxBytes, Consumer<Problem> problems, Counts counts) throws IOException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.counts = counts;
    }

    @Override
    public Source next() {
        try {
            while (true) {
                byte[] bytes = readLine();
                if (bytes == null) {
                    return null;
                }
                line++;
                if (bytes == TOO_LONG) {
                    bad("line over the " + ArticleReader.size(maxBytes) + " limit; raise it with --max-bytes");
                    continue;
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                Source s = parse(text);
                if (s != null) {
                    return s;
                }
            }
        } catch (IOException e) {
            problems.accept(Problem.error(file.toString(), "cannot read after line " + line + ": " + e.getMessage()));
            return null;
        }
    }

    private Source parse(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JacksonException e) {
            bad("not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (o == null || !o.isObject()) {
            bad("not a JSON object");
            return null;
        }
        String body = field(o, "text");
        if (body == null) {
            bad("no \"text\"");
            return null;
        }
        String name = file + "#" + line;
        String id = first(field(o, "id"), fileName + "#" + line);
        String published = field(o, "published");
        Article.Builder b = Article.builder(id, body)
                .title(field(o, "title"))
                .url(field(o, "url"))
                .source(field(o, "source"))
                .language(field(o, "language"))
                .license(field(o, "license"))
                .authors(authors(o.get("authors")))
                .origin(name);
        return Source.of(name, () -> b.published(ArticleReader.published(name, published, problems)).build());
    }

    private void bad(String why) {
        problems.accept(Problem.error(file + ":" + line, why));
        counts.skip("JSON Lines bad line");
    }

    /** The next line's bytes without its line break; past the limit only the count is kept. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long length = 0;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (length++ <= maxBytes) {
                out.write(c);
            }
        }
        if (c < 0 && length == 0) {
            return null;
        }
        if (length > maxBytes) {
            return TOO_LONG;
        }
        byte[] b = out.toByteArray();
        int n = b.length;
        if (n > 0 && b[n - 1] == '\r') {
            b = java.util.Arrays.copyOf(b, n - 1);
        }
        return b;
    }

    private static String field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String t = v.asText();
        return t.isBlank() ? null : name.equals("text") ? t : t.strip();
    }

    private static List<String> authors(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode a : v) {
                if (a.isValueNode() && !a.asText().isBlank()) {
                    out.add(a.asText().strip());
                }
            }
        } else if (v.isValueNode() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
