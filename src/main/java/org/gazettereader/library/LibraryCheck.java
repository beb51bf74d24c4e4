// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.gazettereader.search.NoticeIndex;

/**
 * The library's integrity check: the database (SQLite's own check and foreign keys), the index
 * against the database, and the kept originals against their hashes. Each part is checked on
 * its own, so one failure never hides the counts or the other findings. Files under
 * {@code sources/} that the library did not write are named, never touched.
 */
final class LibraryCheck {
    private final Path folder;
    private final Database db;
    private final NoticeIndex index;
    private final List<String> notes = new ArrayList<>();
    private final List<String> damage = new ArrayList<>();

    LibraryCheck(Path folder, Database db, NoticeIndex index) {
        this.folder = folder;
        this.db = db;
        this.index = index;
    }

    /**
     * Runs the check; {@code reindex} (null for a read-only library) rebuilds the index under the
     * writer lock when it disagrees with the database, and fails when another writer holds it.
     */
    CheckReport run(Supplier<Integer> reindex) {
        int issues = count("SELECT COUNT(*) FROM issues WHERE kind = 'issue'");
        int documents = count("SELECT COUNT(*) FROM issues WHERE kind = 'document'");
        int notices = count("SELECT COUNT(*) FROM notices");
        database();
        int indexed = index(reindex);
        sources();
        return new CheckReport(Math.max(issues, 0), Math.max(documents, 0), Math.max(notices, 0), indexed, List.of(), notes, damage);
    }

    private int count(String sql) {
        try {
            return db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
        } catch (SQLException e) {
            return -1;
        }
    }

    private void database() {
        String advice = SqlFailures.damageAdvice(db.file()).english();
        try {
            List<String> problems = db.read(c -> strings(c, "PRAGMA integrity_check(20)"));
            if (!problems.equals(List.of("ok"))) {
                damage.add("the database " + db.file() + " is damaged (SQLite: " + SqlFailures.firstFew(problems)
                        + "). To recover, " + advice);
                return;
            }
            List<String> fk = db.read(c -> strings(c, "PRAGMA foreign_key_check"));
            if (!fk.isEmpty()) {
                damage.add("the database " + db.file() + " has broken references (table " + fk.get(0) + "). To recover, "
                        + advice);
            }
        } catch (SQLException e) {
            damage.add("the database " + db.file() + (SqlFailures.kind(e) == SqlFailures.Kind.DAMAGED ? " is damaged ("
                    : " cannot be read (") + SqlFailures.said(e) + "). To recover, " + advice);
        }
    }

    private int index(Supplier<Integer> reindex) {
        try {
            Set<String> dbIds = new HashSet<>(db.read(LibraryStore::noticeIds));
            Set<String> indexIds = index.ids();
            if (indexIds.equals(dbIds) && index.problem() == null) {
                return indexIds.size();
            }
            Set<String> missing = new HashSet<>(dbIds);
            missing.removeAll(indexIds);
            Set<String> extra = new HashSet<>(indexIds);
            extra.removeAll(dbIds);
            String what = String.format(Locale.ROOT, "the search index disagrees with the library (%d notices missing, "
                    + "%d extra)", missing.size(), extra.size());
            if (reindex == null) {
                notes.add(what + ": the library is read-only, so searches use what the index holds");
                return indexIds.size();
            }
            try {
                return reindex.get();
            } catch (LibraryException e) {
                if (!damage.isEmpty()) {
                    return indexIds.size();
                }
                if (e.problem() != null && e.problem().key().equals("library.locked")) {
                    // Another program is writing the library: bringing the index in line is its work.
                    notes.add(what + "; not mended now: " + e.getMessage());
                } else {
                    // A full disk, say: searches miss those notices until the index is rebuilt.
                    damage.add(what + ", and it could not be rebuilt: " + e.getMessage() + ". Searches miss those "
                            + "notices until it is: remove the cause, then run reindex");
                }
                return indexIds.size();
            }
        } catch (SQLException e) {
            return 0; // the database part has reported it
        } catch (IOException e) {
            damage.add("the search index " + folder.resolve(Library.INDEX) + " cannot be read (" + e.getMessage()
                    + "): run reindex");
            return 0;
        }
    }

    private void sources() {
        Path sources = folder.resolve(Library.SOURCES);
        if (Files.exists(sources) && !Files.isDirectory(sources)) {
            damage.add(sources + " is a file where the folder of kept originals belongs: move that file away, then "
                    + "import the original files again, which restores their kept copies");
            return;
        }
        List<LibraryStore.KeptSource> kept;
        List<String> pending;
        boolean leftOut;
        int notKept = 0;
        try {
            leftOut = db.read(LibrarySnapshot::originalsLeftOut);
            kept = db.read(LibraryStore::sources);
            pending = db.userVersion() >= 2 ? db.read(SourceJournal::pending) : List.of();
        } catch (SQLException e) {
            return; // the database part has reported it
        }
        Set<String> known = new HashSet<>(pending);
        for (String rel : pending) {
            known.add(Library.SOURCES + "/" + SourceJournal.temporary(folder.resolve(rel)).getFileName());
        }
        for (LibraryStore.KeptSource k : kept) {
            known.add(k.path());
            Path p = folder.resolve(k.path());
            try {
                if (!Files.isRegularFile(p) && leftOut) {
                    notKept++;
                } else if (!Files.isRegularFile(p)) {
                    damage.add("the kept copy of " + k.name() + " (" + p + ") is missing: import the original file "
                            + k.name() + " again, which restores it");
                } else if (!KeptCopies.sha256(Files.readAllBytes(p)).equals(k.sha256())) {
                    damage.add("the kept copy " + p + " does not match its SHA-256: import the original file " + k.name()
                            + " again, which restores it");
                }
            } catch (IOException e) {
                damage.add("the kept copy " + p + " cannot be read (" + SqlFailures.reason(e) + ")");
            }
        }
        if (notKept > 0) {
            notes.add(notKept + " kept originals are not in this library: it was installed from a bundle made without "
                    + "them (--no-originals); importing an original file again restores its copy");
        }
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sources)) {
            for (Path p : files) {
                String rel = Library.SOURCES + "/" + p.getFileName();
                if (!known.contains(rel)) {
                    notes.add(SqlFailures.oneLine(rel) + (Files.isDirectory(p) ? "/ is a folder" : " is a file")
                            + " the library did not write: left alone");
                }
            }
        } catch (IOException e) {
            notes.add("cannot list " + sources + ": " + SqlFailures.reason(e));
        }
    }

    private static List<String> strings(java.sql.Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
