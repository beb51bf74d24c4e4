// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The journal of files the library writes or deletes under {@code sources/}: a file is named in
 * {@code pending_files} before it is written, and the row goes in the transaction that makes the
 * file part of an issue. Recovery removes only journaled files that no issue references, so a
 * file the library did not write is never deleted.
 */
final class SourceJournal {
    private final Path folder;
    private final Database db;

    SourceJournal(Path folder, Database db) {
        this.folder = folder;
        this.db = db;
    }

    /** Names {@code relativePath} as about to be written, in a transaction of its own. */
    void begin(String relativePath) throws SQLException {
        db.transaction(c -> {
            add(c, relativePath);
            return null;
        });
    }

    /** Inside another transaction: names a file about to be written or deleted. */
    static void add(Connection c, String relativePath) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO pending_files(path, started_at) VALUES (?, ?)")) {
            ps.setString(1, relativePath);
            ps.setString(2, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** Inside another transaction: the file is now part of the library (or gone). */
    static void remove(Connection c, String relativePath) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM pending_files WHERE path = ?")) {
            ps.setString(1, relativePath);
            ps.executeUpdate();
        }
    }

    /** Ends a journaled write or delete that did not become part of an issue: removes the file and its row. */
    void abandon(String relativePath) throws SQLException, IOException {
        deleteFiles(relativePath);
        db.transaction(c -> {
            remove(c, relativePath);
            return null;
        });
    }

    /** The temporary file a kept copy is written to before it is moved into place. */
    static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    private void deleteFiles(String relativePath) throws IOException {
        Path p = folder.resolve(relativePath);
        Files.deleteIfExists(temporary(p));
        Files.deleteIfExists(p);
    }

    /**
     * Removes what an import that did not finish left behind: journaled files that no issue
     * references. Returns what it removed, for {@code check}. Call with the writer lock held.
     */
    List<String> recover() throws SQLException, IOException {
        List<String> pending = db.read(SourceJournal::pending);
        if (pending.isEmpty()) {
            return List.of();
        }
        Set<String> referenced = new HashSet<>(db.read(SourceJournal::referenced));
        List<String> removed = new ArrayList<>();
        for (String rel : pending) {
            if (!referenced.contains(rel)) {
                boolean existed = Files.exists(folder.resolve(rel)) || Files.exists(temporary(folder.resolve(rel)));
                deleteFiles(rel);
                if (existed) {
                    removed.add("removed " + rel + ", the file of an import that did not finish");
                }
            }
            db.transaction(c -> {
                remove(c, rel);
                return null;
            });
        }
        return removed;
    }

    static List<String> pending(Connection c) throws SQLException {
        return strings(c, "SELECT path FROM pending_files ORDER BY path");
    }

    static List<String> referenced(Connection c) throws SQLException {
        return strings(c, "SELECT source_path FROM issues");
    }

    /** Whether an issue keeps its original at {@code relativePath}. */
    static boolean isReferenced(Connection c, String relativePath) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM issues WHERE source_path = ?")) {
            ps.setString(1, relativePath);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
