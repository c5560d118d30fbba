package org.dateline.store;

import org.dateline.model.Article;
import org.dateline.model.Record;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DuckDB file of articles and their records (schema: {@code docs/store.md}).
 * <p>
 * Contract: {@link #open} creates or migrates the file. {@link #has} is cheap and
 * thread-safe (worker threads ask it before running the pipeline). {@link #add} is called
 * from one thread, in input order; it writes {@code batchSize} articles per transaction,
 * and {@link #commit()} and {@link #close()} write the rest. A batch is one transaction:
 * after a crash the file holds whole articles only, and a re-run adds what is missing.
 * Reads ({@link #query}, {@link #report}, {@link #export}) see committed and pending rows of
 * this store alike; call them from the writing thread.
 */
public final class Store implements AutoCloseable {
    /** Articles per transaction unless told otherwise. */
    public static final int DEFAULT_BATCH = 50;

    private final Path file;
    private final Connection connection;
    private final int batchSize;
    private final ArticleRows rows;
    private final Set<String> hashes = ConcurrentHashMap.newKeySet();
    private final NearDuplicates duplicates = new NearDuplicates();
    private long lastSeq;
    private int pending;
    private boolean inTransaction;
    private boolean closed;

    private Store(Path file, Connection connection, int batchSize) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.batchSize = batchSize;
        this.rows = new ArticleRows(connection);
        load();
    }

    /** Opens (creating or migrating) a store with the default batch size. */
    public static Store open(Path file) {
        return open(file, DEFAULT_BATCH);
    }

    /** Opens (creating or migrating) a store that commits every {@code batchSize} articles. */
    public static Store open(Path file, int batchSize) {
        return open(file, batchSize, new Schema());
    }

    /** Opens a store that must exist already: for commands that only read. */
    public static Store openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file + " (create one with dateline ingest, or give --db)");
        }
        return open(file);
    }

    static Store open(Path file, int batchSize, Schema schema) {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
        Connection c = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            // Transactions are explicit (BEGIN ... COMMIT): the appenders' rows join only a
            // transaction that is open on the connection, never an implicit JDBC one.
            c.setAutoCommit(true);
            schema.migrate(c, file);
            return new Store(file, c, batchSize);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The hashes and signatures of the stored articles, for {@link #has} and near-duplicates. */
    private void load() throws SQLException {
        hashes.clear();
        duplicates.clear();
        Map<String, Long> seqOf = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT hash, seq FROM articles")) {
            while (rs.next()) seqOf.put(rs.getString(1), rs.getLong(2));
        }
        hashes.addAll(seqOf.keySet());
        lastSeq = seqOf.values().stream().mapToLong(Long::longValue).max().orElse(0);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.hash, a.id, a.seq, a.minhash, a.duplicate_of_hash, a.duplicate_of "
                     + "FROM articles a WHERE a.minhash IS NOT NULL ORDER BY a.seq")) {
            while (rs.next()) {
                String hash = rs.getString(1), id = rs.getString(2);
                long seq = rs.getLong(3);
                String firstHash = rs.getString(5);
                duplicates.add(firstHash == null
                        ? new NearDuplicates.Entry(hash, id, seq, MinHash.fromBytes(rs.getBytes(4)), hash, id, seq)
                        : new NearDuplicates.Entry(hash, id, seq, MinHash.fromBytes(rs.getBytes(4)), firstHash,
                        rs.getString(6), seqOf.getOrDefault(firstHash, seq)));
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Whether an article with this {@link ContentHash} is stored or pending. Thread-safe. */
    public boolean has(String hash) {
        return hashes.contains(hash);
    }

    /** Whether this article's text is stored or pending. Thread-safe. */
    public boolean has(Article article) {
        return has(ContentHash.of(article));
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try {
            return Schema.version(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds an article and its record, unless its text is stored already. A text that is a
     * near-duplicate of a stored one is added too, linked to the first copy. One thread only.
     */
    public synchronized AddResult add(Article article, Record record) {
        ensureOpen();
        String hash = ContentHash.of(article);
        if (hashes.contains(hash)) return AddResult.alreadyStored(hash);
        int[] signature = MinHash.signature(article.text());
        NearDuplicates.Match copyOf = duplicates.find(signature);
        long seq = lastSeq + 1;
        try {
            if (!inTransaction) {
                execute("BEGIN TRANSACTION");
                inTransaction = true;
            }
            rows.add(hash, seq, article, record, copyOf, signature);
        } catch (SQLException e) {
            throw failed("cannot write article " + article.id(), e);
        }
        lastSeq = seq;
        hashes.add(hash);
        duplicates.add(copyOf == null
                ? new NearDuplicates.Entry(hash, article.id(), seq, signature, hash, article.id(), seq)
                : new NearDuplicates.Entry(hash, article.id(), seq, signature, copyOf.firstHash(), copyOf.firstId(),
                copyOf.firstSeq()));
        if (++pending >= batchSize) commit();
        return copyOf == null ? AddResult.added(hash)
                : AddResult.nearDuplicate(hash, copyOf.firstId(), copyOf.similarity());
    }

    /** Writes the pending articles in one transaction. */
    public synchronized void commit() {
        ensureOpen();
        if (!inTransaction) return;
        try {
            rows.flush();
            execute("COMMIT");
            inTransaction = false;
            pending = 0;
        } catch (SQLException e) {
            throw failed("cannot commit " + pending + " articles", e);
        }
    }

    /** Rolls back the open batch and closes the store, so that nothing half-written remains. */
    private StoreException failed(String what, SQLException e) {
        // Appended rows cannot be taken back one by one: the store gives up, and the file keeps
        // its last whole batch. A re-open re-reads what is stored.
        closed = true;
        try {
            if (inTransaction) execute("ROLLBACK");
        } catch (SQLException again) {
            e.addSuppressed(again);
        }
        closeQuietly(connection);
        return new StoreException(what + " to " + file + " (the open batch is lost; re-open the store): "
                + e.getMessage(), e);
    }

    /** Runs one SQL statement and returns its result (empty for a statement without one). */
    public synchronized ResultTable query(String sql) {
        ensureOpen();
        flushForRead();
        try (Statement s = connection.createStatement()) {
            if (!s.execute(sql)) return ResultTable.EMPTY;
            try (ResultSet rs = s.getResultSet()) {
                return ResultTable.of(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /** A named report ({@link Reports}), at most {@code limit} rows. */
    public synchronized ResultTable report(Reports.Report report, int limit) {
        ensureOpen();
        flushForRead();
        try {
            return Reports.run(connection, report, limit);
        } catch (SQLException e) {
            throw new StoreException("report " + report.label() + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes a table in a format to a file ({@link Export}). */
    public synchronized void export(Export.Table table, Export.Format format, Path out) {
        ensureOpen();
        flushForRead();
        new Export(connection).write(table, format, out);
    }

    /** Writes a table in a text format to a stream, which stays open ({@link Export}). */
    public synchronized void export(Export.Table table, Export.Format format, OutputStream out) {
        ensureOpen();
        flushForRead();
        new Export(connection).write(table, format, out);
    }

    /** Writes a table named as on the command line ({@code articles}, {@code jsonl}, ...). */
    public void export(String table, String format, Path out) {
        export(Export.Table.parse(table), Export.Format.parse(format), out);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Pending rows must be in the tables (not yet committed) for a read to see them. */
    private void flushForRead() {
        if (!inTransaction) return;
        try {
            rows.flush();
        } catch (SQLException e) {
            throw failed("cannot write pending articles", e);
        }
    }

    /** Commits the pending articles and closes the file. */
    @Override
    public synchronized void close() {
        if (closed) return;
        try {
            commit();
        } finally {
            closed = true;
            try {
                rows.close();
            } catch (SQLException ignored) {
                // closing the connection closes its statements too
            }
            closeQuietly(connection);
        }
    }

    /**
     * Closes without committing, as a crash would: the open batch is lost. For tests of what
     * a kill leaves behind.
     */
    synchronized void abandon() {
        closed = true;
        try {
            if (inTransaction) {
                rows.flush(); // into the open transaction, so that closing the appenders adds nothing after the rollback
                execute("ROLLBACK");
            }
        } catch (SQLException ignored) {
            // the point is to lose the batch
        }
        closeQuietly(connection);
    }

    private void ensureOpen() {
        if (closed) throw new StoreException("store " + file + " is closed");
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do with a connection that will not close
        }
    }
}
