package org.dateline.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Dateline's readable data tables: UTF-8, tab-separated, '#' comment lines and blank
 * lines skipped, the first other line the header; each row a map from column name to its
 * stripped cell ("" for a missing one).
 */
public final class Tsv {
    private Tsv() {
    }

    /** A table bundled as a class-path resource, e.g. "/org/dateline/events/cameo-codes.tsv". */
    public static List<Map<String, String>> bundled(String resource) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not bundled");
            return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Map<String, String>> read(String name, Reader reader) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] header = null;
        for (String line : new BufferedReader(reader).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(cells).map(String::strip).toArray(String[]::new);
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i].strip() : "");
            rows.add(row);
        }
        if (header == null) throw new IllegalStateException(name + ": no header row");
        return rows;
    }
}
