// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a library's database made for a bundle ({@link Library#snapshotDatabase(Path)}),
 * prepared to travel: what belongs to the people who read the source library (bookmarks, reading
 * positions, the notice read last) and rows of imports that had not finished are dropped, and with
 * a filter only the issues of one gazette or year stay. Never used on a live library.
 */
public final class LibrarySnapshot {
    /** One issue (or single document) of the snapshot, as a bundle's manifest names it. */
    public record Entry(long id, String gazette, Integer year, Integer issue, boolean document, String sourceName,
            String sourcePath, String sha256, long size, int notices, String noticeIdsSha256) {
    }

    /** What a snapshot holds: its schema version, the library version it was taken at, and its issues. */
    public record Contents(int schema, long libraryVersion, List<Entry> issues) {
        public int notices() {
            return issues.stream().mapToInt(Entry::notices).sum();
        }

        public int documents() {
            return (int) issues.stream().filter(Entry::document).count();
        }
    }

    /** The {@code meta} key saying that the kept originals were left out of the bundle this library came from. */
    private static final String ORIGINALS_LEFT_OUT = "originals_left_out";

    private LibrarySnapshot() {
    }

    /**
     * Whether this library came from a bundle made without the kept originals: its check then
     * notes missing originals instead of calling them damage (importing an original again restores it).
     */
    static boolean originalsLeftOut(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM meta WHERE key = ?")) {
            ps.setString(1, ORIGINALS_LEFT_OUT);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Prepares the snapshot in {@code dbFile} for a bundle; {@code gazette} and {@code year} (each
     * may be null) keep only the gazette issues that match (single documents have neither and go);
     * without {@code originals} the copy records that its kept originals were left out.
     */
    public static Contents prepare(Path dbFile, String gazette, Integer year, boolean originals) {
        try (Connection c = connect(dbFile)) {
            boolean filtered = gazette != null || year != null;
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (filtered) {
                    try (PreparedStatement ps = c.prepareStatement("""
                            DELETE FROM issues WHERE id NOT IN (
                              SELECT i.id FROM issues i JOIN gazettes g ON g.id = i.gazette_id
                              WHERE i.kind = 'issue' AND (? IS NULL OR g.name = ?) AND (? IS NULL OR i.year = ?))""")) {
                        ps.setString(1, gazette);
                        ps.setString(2, gazette);
                        setInt(ps, 3, year);
                        setInt(ps, 4, year);
                        ps.executeUpdate();
                    }
                    s.executeUpdate("DELETE FROM gazettes WHERE id <> 0 AND id NOT IN (SELECT gazette_id FROM issues)");
                }
                s.executeUpdate("DELETE FROM bookmarks");
                s.executeUpdate("DELETE FROM positions");
                s.executeUpdate("DELETE FROM settings");
                s.executeUpdate("DELETE FROM pending_files");
                s.executeUpdate("DELETE FROM import_log WHERE sha256 IS NULL OR sha256 NOT IN (SELECT source_sha256 FROM issues)");
                if (!originals) {
                    s.executeUpdate("INSERT OR REPLACE INTO meta(key, value) VALUES ('" + ORIGINALS_LEFT_OUT + "', '1')");
                }
            }
            c.commit();
            c.setAutoCommit(true);
            if (filtered) {
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM"); // the pages of the issues left out are not carried
                }
            }
            return contents(c);
        } catch (SQLException e) {
            throw SqlFailures.failure("prepare the copy", dbFile, e);
        }
    }

    /** What the snapshot (or any library database, read-only) holds. */
    public static Contents read(Path dbFile) {
        try (Connection c = connect(dbFile)) {
            return contents(c);
        } catch (SQLException e) {
            throw SqlFailures.failure("read", dbFile, e);
        }
    }

    private static Connection connect(Path dbFile) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
        return c;
    }

    private static Contents contents(Connection c) throws SQLException {
        int schema;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            schema = rs.next() ? rs.getInt(1) : 0;
        }
        Map<Long, MessageDigest> ids = new LinkedHashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT issue_id, id FROM notices ORDER BY issue_id, id")) {
            while (rs.next()) {
                long issue = rs.getLong(1);
                ids.computeIfAbsent(issue, k -> sha256()).update((rs.getString(2) + "\n").getBytes(StandardCharsets.UTF_8));
                counts.merge(issue, 1, Integer::sum);
            }
        }
        List<Entry> issues = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT i.id, g.name, i.year, i.issue, i.kind, i.source_name, i.source_path, i.source_sha256, i.source_size
                FROM issues i JOIN gazettes g ON g.id = i.gazette_id ORDER BY i.id""")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                boolean document = LibraryStore.DOCUMENT.equals(rs.getString(5));
                MessageDigest d = ids.get(id);
                issues.add(new Entry(id, document ? null : rs.getString(2), LibraryStore.intOrNull(rs, 3),
                        LibraryStore.intOrNull(rs, 4), document, rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getLong(9), counts.getOrDefault(id, 0),
                        HexFormat.of().formatHex((d == null ? sha256() : d).digest())));
            }
        }
        return new Contents(schema, LibraryStore.libraryVersion(c), issues);
    }

    private static void setInt(PreparedStatement ps, int col, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(col, Types.INTEGER);
        } else {
            ps.setInt(col, v);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
