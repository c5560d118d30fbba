package org.dateline.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of a query, read into memory: column names, and rows of cells as text (null for
 * SQL NULL). {@link #format(int)} prints it as an aligned text table, numbers to the right,
 * long cells cut with an ellipsis.
 */
public final class ResultTable {
    /** The result of a statement that returns no rows at all (DDL, INSERT). */
    public static final ResultTable EMPTY = new ResultTable(List.of(), List.of(), List.of());
    /** Cells longer than this are cut by {@link #format()}. */
    public static final int DEFAULT_WIDTH = 40;

    private final List<String> columns;
    private final List<Boolean> numeric;
    private final List<List<String>> rows;

    public ResultTable(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
        this.columns = List.copyOf(columns);
        this.numeric = List.copyOf(numeric);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        this.rows = Collections.unmodifiableList(copy);
    }

    static ResultTable of(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            columns.add(md.getColumnLabel(i));
            numeric.add(isNumeric(md.getColumnType(i)));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                row.add(v == null ? null : v.toString());
            }
            rows.add(row);
        }
        return new ResultTable(columns, numeric, rows);
    }

    private static boolean isNumeric(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL,
                 Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** The cell of a row under a column name. */
    public String get(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column " + column + " in " + columns);
        return rows.get(row).get(i);
    }

    public int size() {
        return rows.size();
    }

    /** The table as text, cells cut at {@value #DEFAULT_WIDTH} characters. */
    public String format() {
        return format(DEFAULT_WIDTH);
    }

    /**
     * The table as text: a header, a rule, one line per row, then the row count. Line breaks
     * in cells become spaces; cells longer than {@code maxWidth} end in an ellipsis; NULL is
     * shown as an empty cell.
     */
    public String format(int maxWidth) {
        if (columns.isEmpty()) return "";
        int n = columns.size();
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(c -> cut(c, maxWidth)).toList());
        for (List<String> row : rows) cells.add(row.stream().map(v -> cut(v, maxWidth)).toList());
        int[] width = new int[n];
        for (List<String> row : cells) {
            for (int i = 0; i < n; i++) width[i] = Math.max(width[i], row.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) line.append("  ");
                String v = cells.get(r).get(i);
                String pad = " ".repeat(width[i] - v.length());
                line.append(numeric.get(i) && r > 0 ? pad + v : v + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < n; i++) rule.append(i > 0 ? "  " : "").append("-".repeat(width[i]));
                sb.append(rule).append('\n');
            }
        }
        sb.append('(').append(rows.size()).append(rows.size() == 1 ? " row" : " rows").append(")\n");
        return sb.toString();
    }

    private static String cut(String v, int max) {
        if (v == null) return "";
        String flat = v.replaceAll("[\\r\\n\\t]+", " ");
        return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)) + "…";
    }

    @Override
    public String toString() {
        return format();
    }
}
