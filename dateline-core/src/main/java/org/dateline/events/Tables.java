package org.dateline.events;

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

/** Reads the tab-separated tables of this package: '#' comments, a header row, then rows by column name. */
final class Tables {
    private Tables() {
    }

    static List<Map<String, String>> bundled(String name) {
        try (InputStream in = Tables.class.getResourceAsStream("/org/dateline/events/" + name)) {
            if (in == null) throw new IllegalStateException(name + " is not bundled");
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> read(String name, Reader reader) throws IOException {
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
