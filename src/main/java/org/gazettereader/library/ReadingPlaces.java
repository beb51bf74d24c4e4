// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.Bookmark;
import org.gazettereader.model.BookmarkEntry;

/**
 * Bookmarks, reading positions and the notice read last: places in the text kept in the library's
 * database. They are not issues, so they need no writer lock and never touch the index.
 */
public final class ReadingPlaces {
    private final Database db;

    ReadingPlaces(Database db) {
        this.db = db;
    }

    private LibraryException failure(String action, SQLException e) {
        return SqlFailures.failure(action, db.file(), e);
    }

    /**
     * A read-only library (a public terminal, read-only media) keeps no bookmarks of its readers:
     * refused here with a message that says so, before SQLite is asked (the window keeps a kiosk
     * session's bookmarks in memory).
     */
    private void refuseWhenReadOnly(String what) {
        if (db.readOnly()) {
            throw new LibraryException("The library " + db.file().getParent() + " is open read-only: " + what
                    + " is not kept in it");
        }
    }

    public long addBookmark(String noticeId, Anchor at, String label) {
        refuseWhenReadOnly("a new bookmark");
        try {
            return db.transaction(c -> {
                try (var ps = c.prepareStatement("""
                        INSERT INTO bookmarks(notice_id, part, block, char_offset, label, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, noticeId);
                    ps.setInt(2, at.part());
                    ps.setInt(3, at.block());
                    ps.setInt(4, at.offset());
                    ps.setString(5, label);
                    ps.setString(6, Instant.now().toString());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("addBookmark", e);
        }
    }

    /** Bookmarks whose notice is in the library (those of a deleted issue wait for its re-import). */
    public List<Bookmark> bookmarks() {
        return bookmarkEntries().stream().map(BookmarkEntry::bookmark).toList();
    }

    /** Bookmarks with their notice's title and issue, by issue and then in the order they were made. */
    public List<BookmarkEntry> bookmarkEntries() {
        try {
            return db.read(c -> {
                List<BookmarkEntry> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                        SELECT b.id, b.notice_id, b.part, b.block, b.char_offset, b.label, n.title,
                               CASE WHEN i.kind = 'document' THEN NULL ELSE g.name END, i.year, i.issue
                        FROM bookmarks b JOIN notices n ON n.id = b.notice_id JOIN issues i ON i.id = n.issue_id
                        JOIN gazettes g ON g.id = i.gazette_id ORDER BY g.name, i.year, i.issue, b.id""")) {
                    while (rs.next()) {
                        var b = new Bookmark(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                rs.getString(6));
                        int year = rs.getInt(9);
                        Integer y = rs.wasNull() ? null : year;
                        int no = rs.getInt(10);
                        Integer issueNo = rs.wasNull() ? null : no;
                        out.add(new BookmarkEntry(b, rs.getString(7), rs.getString(8), y, issueNo));
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw failure("readBookmarks", e);
        }
    }

    public void renameBookmark(long id, String label) {
        update("renameBookmark", "UPDATE bookmarks SET label = ? WHERE id = ?", label, id);
    }

    public void deleteBookmark(long id) {
        update("deleteBookmark", "DELETE FROM bookmarks WHERE id = ?", id);
    }

    private void update(String action, String sql, Object... args) {
        refuseWhenReadOnly("a change to a bookmark");
        try {
            db.transaction(c -> {
                try (var ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Remembers where a notice was being read; a read-only library keeps no positions. */
    public void savePosition(String noticeId, Anchor at) {
        if (db.readOnly()) {
            return;
        }
        try {
            db.transaction(c -> {
                try (var ps = c.prepareStatement("""
                        INSERT INTO positions(notice_id, part, block, char_offset, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(notice_id) DO UPDATE SET part = excluded.part, block = excluded.block,
                            char_offset = excluded.char_offset, updated_at = excluded.updated_at""")) {
                    ps.setString(1, noticeId);
                    ps.setInt(2, at.part());
                    ps.setInt(3, at.block());
                    ps.setInt(4, at.offset());
                    ps.setString(5, Instant.now().toString());
                    ps.executeUpdate();
                }
                try (var ps = c.prepareStatement("""
                        INSERT INTO settings(key, value) VALUES ('last_notice', ?)
                        ON CONFLICT(key) DO UPDATE SET value = excluded.value""")) {
                    ps.setString(1, noticeId);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure("savePosition", e);
        }
    }

    public Optional<Anchor> position(String noticeId) {
        try {
            return db.read(c -> {
                try (var ps = c.prepareStatement("SELECT part, block, char_offset FROM positions WHERE notice_id = ?")) {
                    ps.setString(1, noticeId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new Anchor(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                                : Optional.<Anchor>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("readPosition", e);
        }
    }

    public Optional<String> lastNotice() {
        try {
            return db.read(c -> {
                try (var ps = c.prepareStatement("""
                        SELECT s.value FROM settings s JOIN notices n ON n.id = s.value WHERE s.key = 'last_notice'""");
                        ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            });
        } catch (SQLException e) {
            throw failure("readSettings", e);
        }
    }
}
