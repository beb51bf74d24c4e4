// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gazettereader.config.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One SQLite connection per library: foreign keys on, WAL journal, a busy timeout, numbered
 * migrations applied in one transaction each while {@code PRAGMA user_version} follows them.
 * Callers use it from one thread at a time (the library serialises access).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "library.db";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "/org/gazettereader/library/migrations/";
    /** The migration that packs a notice's blocks into one value; its rows are converted in Java. */
    static final int PACKED_TEXTS = 4;
    static final List<String> MIGRATION_FILES = List.of("001_init.sql", "002_journal.sql", "003_documents.sql", "004_packed_texts.sql",
            "005_importer_version.sql");

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Connection connection;
    private final Path file;

    private final boolean readOnly;
    /** Which file on disk this connection has open, to tell when the folder holds another one (a bundle installed). */
    private final Object identity;
    /** For a read-only database opened as immutable: the file as it was then, to notice a writer. */
    private Stamp stamp;

    /** What tells that an immutable snapshot is out of date: a WAL beside the file, or another size or time. */
    private record Stamp(long size, long modified) {
        static Stamp of(Path file) {
            try {
                return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                return new Stamp(-1, -1);
            }
        }
    }

    private Database(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.identity = identity(file);
    }

    /** The schema version this program writes: the number of migrations it knows. */
    public static int schemaVersion() {
        return MIGRATION_FILES.size();
    }

    /**
     * The identity of the file at {@code file}: its file key (device and inode) where the system has
     * one, else its creation time; null when it cannot be read.
     */
    static Object identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : a.creationTime();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * True when the library folder no longer holds the database file this connection opened: a
     * bundle install swapped another library in (or the folder was moved away). Reads and writes
     * through this connection would go to the old library.
     */
    public boolean replacedOnDisk() {
        return identity != null && !identity.equals(identity(file));
    }

    /** Opens (and creates or migrates) the database of the library in {@code folder}. */
    public static Database open(Path folder) {
        return open(folder, false);
    }

    /**
     * Opens the database of the library in {@code folder}; read-only opens write nothing, not even
     * a journal, so that a library on read-only media or without write permission can be read.
     */
    public static Database open(Path folder, boolean readOnly) {
        return open(folder, readOnly, ImportListener.NONE);
    }

    /** As {@link #open(Path, boolean)}, reporting an upgrade of the storage to {@code upgrade}. */
    public static Database open(Path folder, boolean readOnly, ImportListener upgrade) {
        Path file = folder.resolve(FILE_NAME);
        if (readOnly) {
            return openReadOnly(file);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LibraryException(Problem.of("library.cannotCreateFolder", folder, SqlFailures.reason(e)), e);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            Database db = new Database(file, c, false);
            db.migrate(upgrade);
            return db;
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlFailures.failure("open", file, e);
        }
    }

    /**
     * Opens the database for reading only, writing nothing beside it. SQLite's WAL readers keep
     * their place in the shared-memory file ({@code library.db-shm}), which a read-only connection
     * creates, with an empty {@code library.db-wal}, when they are not there. So a library at rest
     * (no WAL: no writer has it open) is opened as immutable, and nothing at all is written; before
     * each read the file is looked at again, and when a writer has come (a WAL appeared, or the file
     * changed) the connection is opened again, then sharing the writer's WAL as any reader must.
     */
    private static Database openReadOnly(Path file) {
        Database db = new Database(file, null, true);
        try {
            db.connectReadOnly();
            int version = db.userVersion();
            if (version > MIGRATION_FILES.size()) {
                db.close();
                throw newerSchema(file, version);
            }
            return db;
        } catch (SQLException e) {
            closeQuietly(db.connection);
            throw SqlFailures.failure("open", file, e);
        }
    }

    private void connectReadOnly() throws SQLException {
        Path wal = file.resolveSibling(FILE_NAME + "-wal");
        Stamp before = Stamp.of(file);
        boolean immutable = !Files.exists(wal);
        String url = "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro" + (immutable ? "&immutable=1" : "");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(10_000);
        Connection c = null;
        try {
            c = DriverManager.getConnection(url, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            int version;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            olderSchemaViews(c, version);
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        connection = c;
        stamp = immutable ? before : null;
    }

    /** A read-only immutable snapshot whose file a writer has changed since is opened again. */
    private void freshen() throws SQLException {
        if (!readOnly || stamp == null) {
            return;
        }
        if (Files.exists(file.resolveSibling(FILE_NAME + "-wal")) || !stamp.equals(Stamp.of(file))) {
            reconnect();
        }
    }

    private void reconnect() throws SQLException {
        Connection old = connection;
        connection = null;
        closeQuietly(old);
        connectReadOnly();
    }

    /**
     * A read-only library is never migrated. One written before migration 003 has no
     * {@code issues.kind}: a view in the connection's own temporary schema (which names resolve first,
     * and which writes nothing to the library) adds it, so that every query reads it as the current
     * schema. Such a library holds no single documents.
     */
    private static void olderSchemaViews(Connection c, int version) throws SQLException {
        if (version > 0 && version < 3) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP VIEW issues AS SELECT *, 'issue' AS kind FROM main.issues");
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // the failure that made us close it is the one to report
            }
        }
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** SQLite's quick integrity check: "ok", or the first problems it found. */
    public synchronized String quickCheck() throws SQLException {
        freshen();
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA quick_check(20)")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return SqlFailures.firstFew(out);
        }
    }

    public Path file() {
        return file;
    }

    public synchronized Connection connection() {
        return connection;
    }

    /** Runs {@code work} in a transaction: commits when it returns, rolls back when it throws. */
    public synchronized <T> T transaction(Work<T> work) throws SQLException {
        freshen();
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            // A failed commit (disk full) may have ended the transaction already: report the
            // failure itself, not the rollback's "no transaction is active".
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(auto);
            } catch (SQLException ignored) {
                // the connection is unusable; the failure above says why
            }
        }
    }

    /** Reads without a transaction of its own. */
    public synchronized <T> T read(Work<T> work) throws SQLException {
        freshen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            // An immutable snapshot read while a writer's checkpoint changed the file: read again, as a WAL reader.
            if (stamp != null && SqlFailures.kind(e) == SqlFailures.Kind.DAMAGED) {
                reconnect();
                return work.run(connection);
            }
            throw e;
        }
    }

    int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate(ImportListener upgrade) throws SQLException {
        int version = userVersion();
        if (version > MIGRATION_FILES.size()) {
            throw newerSchema(file, version);
        }
        for (int i = version; i < MIGRATION_FILES.size(); i++) {
            migrateTo(i + 1, resource(MIGRATIONS + MIGRATION_FILES.get(i)), upgrade);
        }
        if (version > 0 && version < PACKED_TEXTS) {
            giveBackFreedSpace();
        }
    }

    /**
     * Packing the texts frees most of the file's pages, but SQLite keeps them for reuse: VACUUM gives
     * them back to the disk, once, right after the migration. It needs room for a copy of the
     * (now smaller) database; without it the library stays as large as it was and works the same.
     */
    private void giveBackFreedSpace() {
        try {
            long size = Files.size(file);
            long free = Files.getFileStore(file.getParent()).getUsableSpace();
            if (free < size + (64L << 20)) {
                LOG.warn("Not enough free space to compact {} after packing its texts ({} bytes free)", file, free);
                return;
            }
            long started = System.nanoTime();
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM");
            }
            LOG.info("Compacted {} after packing its texts: {} MB → {} MB in {} ms", file, size >> 20,
                    Files.size(file) >> 20, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException e) {
            // Compaction only returns space; the migrated library is complete without it.
            LOG.warn("Could not compact {} after packing its texts: {}", file, e.getMessage());
        }
    }

    /**
     * Applies one migration in a transaction that holds the write lock from its start, and only if
     * the version is still below {@code target} then: two processes opening a library of the
     * previous version at once migrate it once (the second waits, then finds it done).
     */
    private synchronized void migrateTo(int target, String sql, ImportListener upgrade) throws SQLException {
        boolean auto = connection.getAutoCommit();
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(true);
            s.execute("BEGIN IMMEDIATE");
            try {
                if (userVersion() < target) {
                    for (String stmt : statements(sql)) {
                        s.execute(stmt);
                    }
                    if (target == PACKED_TEXTS) {
                        BlockRowsConversion.run(connection, upgrade);
                    }
                    s.execute("PRAGMA user_version = " + target);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private static LibraryException newerSchema(Path file, int version) {
        return new LibraryException(Problem.of("library.newer", file, version, MIGRATION_FILES.size()));
    }

    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            int comment = line.indexOf("--");
            current.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
            if (t.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = Database.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new LibraryException("Migration missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LibraryException("Cannot read migration " + path, e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LibraryException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
