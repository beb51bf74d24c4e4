// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.model.DocNumber;
import org.gazettereader.model.Issue;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.NoticeIndex;
import org.gazettereader.search.NoticeSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A library folder: the SQLite database (the source of truth), the original files under
 * {@code sources/}, and the Lucene index under {@code index/}, which is brought in line with the
 * database when the library is opened. Each issue is imported in one transaction.
 */
public final class Library implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    static final String SOURCES = "sources";
    static final String INDEX = "index";
    /** Commit the index at most this often during a long import; a crash in between is mended at open. */
    private static final long INDEX_COMMIT_NANOS = 2_000_000_000L;

    private final Path folder;
    private final Database db;
    private final NoticeIndex index;
    private final NoticeSearcher searcher;
    private final SourceFiles files = SourceFiles.standard();
    private final GazetteParser parser = GazetteParser.standard();
    private final List<String> recovered = new ArrayList<>();
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private long lastRefresh = System.nanoTime();

    private Library(Path folder, Database db, NoticeIndex index) {
        this.folder = folder;
        this.db = db;
        this.index = index;
        this.searcher = new NoticeSearcher(index, this::passage);
    }

    /** Opens the library, creating it when the folder is empty, and recovers it like a journal. */
    public static Library open(Path folder) {
        return open(folder, ImportListener.NONE);
    }

    /** As {@link #open(Path)}, reporting the progress of an index rebuild (issues done, issues in all). */
    public static Library open(Path folder, ImportListener rebuild) {
        Database db = Database.open(folder);
        NoticeIndex index;
        try {
            index = NoticeIndex.open(folder.resolve(INDEX));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Library library = new Library(folder, db, index);
        try {
            library.recover(rebuild);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        return library;
    }

    public Path folder() {
        return folder;
    }

    public NoticeSearcher searcher() {
        return searcher;
    }

    /** What opening the library mended (an index behind the database, files of unfinished imports). */
    public List<String> recovered() {
        return List.copyOf(recovered);
    }

    private void recover(ImportListener rebuild) {
        try {
            long dbVersion = db.read(LibraryStore::libraryVersion);
            long indexVersion = index.libraryVersion();
            if (indexVersion != dbVersion) {
                int n = rebuildIndex(rebuild);
                recovered.add(String.format(Locale.ROOT,
                        "search index was at library version %d, library at %d: rebuilt from the database (%d notices)",
                        indexVersion, dbVersion, n));
            }
            Set<String> referenced = new HashSet<>();
            for (String[] s : db.read(LibraryStore::sources).values()) {
                referenced.add(s[0]);
            }
            Path sources = folder.resolve(SOURCES);
            if (Files.isDirectory(sources)) {
                try (Stream<Path> list = Files.list(sources)) {
                    for (Path p : list.toList()) {
                        String rel = SOURCES + "/" + p.getFileName();
                        if (!referenced.contains(rel)) {
                            Files.deleteIfExists(p);
                            recovered.add("removed " + rel + ", the file of an import that did not finish");
                        }
                    }
                }
            }
            recovered.forEach(r -> LOG.warn("Recovery of {}: {}", folder, r));
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recover the library " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Rebuilds the whole index from the database; returns the number of notices indexed. */
    public int rebuildIndex() {
        return rebuildIndex(ImportListener.NONE);
    }

    /** Rebuilds the whole index, reporting issues done; returns the number of notices indexed. */
    public int rebuildIndex(ImportListener progress) {
        try {
            long version = db.read(LibraryStore::libraryVersion);
            index.deleteAll();
            int n = 0;
            List<Long> ids = db.read(LibraryStore::issueIds);
            int done = 0;
            for (long issueId : ids) {
                progress.progress(done++, ids.size(), null);
                List<LibraryNotice> notices = db.read(c -> LibraryStore.notices(c, issueId));
                index.replaceIssue(issueId, notices);
                n += notices.size();
            }
            index.commit(version);
            return n;
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index: " + e.getMessage(), e);
        }
    }

    /** Imports files and folders (recursively: *.txt and *.pdf); one transaction per issue. */
    public ImportSummary importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        return importPaths(paths, listener, cancelled, false);
    }

    /**
     * As {@link #importPaths(List, ImportListener, BooleanSupplier)}; with {@code again}, a file
     * already in the library is parsed again and replaces its issue (bookmarks stay): how a library
     * gets what a newer importer reads in files it already holds.
     */
    public ImportSummary importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled, boolean again) {
        List<Path> all = expand(paths);
        List<ImportSummary.FileOutcome> outcomes = new ArrayList<>();
        int notices = 0;
        long lastCommit = System.nanoTime();
        boolean stopped = false;
        try {
            for (int i = 0; i < all.size(); i++) {
                Path file = all.get(i);
                listener.progress(i, all.size(), file);
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                ImportSummary.FileOutcome o = importOne(file, again);
                outcomes.add(o);
                notices += o.notices();
                if (System.nanoTime() - lastCommit > INDEX_COMMIT_NANOS) {
                    index.commit(db.read(LibraryStore::libraryVersion));
                    lastCommit = System.nanoTime();
                }
            }
            index.commit(db.read(LibraryStore::libraryVersion));
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index: " + e.getMessage(), e);
        }
        listener.progress(outcomes.size(), all.size(), null);
        return new ImportSummary(outcomes, stopped, notices);
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Library::isGazetteFileName).sorted().forEach(out::add);
                } catch (IOException e) {
                    out.add(p);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isGazetteFileName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".pdf");
    }

    private ImportSummary.FileOutcome importOne(Path file, boolean again) throws SQLException, IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        Issue issue;
        String sha;
        IssueSummary sameFile;
        try {
            bytes = SourceFiles.readBytes(file);
            sha = sha256(bytes);
            Optional<IssueSummary> same = db.read(c -> LibraryStore.issueBySha(c, sha));
            sameFile = same.orElse(null);
            if (same.isPresent() && !again) {
                String msg = "same file as " + describe(same.get()) + " already in the library";
                logOutcome(name, sha, ImportSummary.Outcome.DUPLICATE, msg);
                return new ImportSummary.FileOutcome(file, ImportSummary.Outcome.DUPLICATE, msg, 0);
            }
            issue = parser.parse(file, files.read(file, bytes)).issue();
            if (issue.gazette() == null) {
                throw new ImportException(file, "the gazette's name (…公报) was not found, so the issue cannot be filed");
            }
        } catch (ImportException e) {
            logOutcome(name, null, ImportSummary.Outcome.FAILED, e.reason());
            return new ImportSummary.FileOutcome(file, ImportSummary.Outcome.FAILED, e.reason(), 0);
        }
        // The library's own copy, parsed again, keeps the name it was first imported under.
        String kept = sameFile != null && file.toAbsolutePath().normalize()
                .startsWith(folder.resolve(SOURCES).toAbsolutePath().normalize()) ? sameFile.sourceName() : name;
        String ext = name.toLowerCase(Locale.ROOT).endsWith(".pdf") || bytes.length > 4 && bytes[0] == '%' ? ".pdf" : ".txt";
        String rel = SOURCES + "/" + sha + ext;
        Path target = folder.resolve(rel);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + sha + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Optional<IssueSummary> byKey = db.read(c -> LibraryStore.issueByKey(c, issue.gazette(), issue.year(), issue.issue()));
        // Parsed again, the file may now read as another issue: it still replaces the one it made.
        Optional<IssueSummary> previous = byKey.isPresent() ? byKey : Optional.ofNullable(sameFile);
        IssueSummary alsoReplaced = byKey.isPresent() && sameFile != null && byKey.get().id() != sameFile.id() ? sameFile : null;
        String previousSource = previous.isPresent() ? db.read(c -> LibraryStore.sourcePath(c, previous.get().id())) : null;
        ImportSummary.Outcome outcome = previous.isPresent() ? ImportSummary.Outcome.REPLACED : ImportSummary.Outcome.IMPORTED;
        String message = previous.isPresent() ? "replaces " + describe(previous.get()) : describeIssue(issue);
        long issueId = db.transaction(c -> {
            previous.ifPresent(p -> deleteQuietly(c, p.id()));
            if (alsoReplaced != null) {
                deleteQuietly(c, alsoReplaced.id());
            }
            long id = LibraryStore.insertIssue(c, issue, new LibraryStore.Source(kept, rel, sha, bytes.length));
            LibraryStore.bumpVersion(c);
            LibraryStore.log(c, kept, sha, outcome.name().toLowerCase(Locale.ROOT), message);
            return id;
        });
        if (previousSource != null && !previousSource.equals(rel)) {
            Files.deleteIfExists(folder.resolve(previousSource));
        }
        if (previous.isPresent()) {
            index.deleteIssue(previous.get().id());
        }
        if (alsoReplaced != null) {
            index.deleteIssue(alsoReplaced.id());
        }
        List<LibraryNotice> indexed = new ArrayList<>();
        for (var n : issue.notices()) {
            indexed.add(new LibraryNotice(issueId, issue.gazette(), issue.year(), issue.issue(), n));
        }
        index.replaceIssue(issueId, indexed);
        if (System.nanoTime() - lastRefresh > REFRESH_NANOS) {
            // Searches running during a long import see new issues within a second; refreshing after
            // every issue would flush a tiny segment each time.
            index.searchersRefresh();
            lastRefresh = System.nanoTime();
        }
        return new ImportSummary.FileOutcome(file, outcome, message, issue.notices().size());
    }

    private static void deleteQuietly(Connection c, long issueId) {
        try {
            LibraryStore.deleteIssue(c, issueId);
        } catch (SQLException e) {
            throw new LibraryException("Cannot replace issue " + issueId + ": " + e.getMessage(), e);
        }
    }

    private void logOutcome(String name, String sha, ImportSummary.Outcome outcome, String message) throws SQLException {
        db.transaction(c -> {
            LibraryStore.log(c, name, sha, outcome.name().toLowerCase(Locale.ROOT), message);
            return null;
        });
    }

    private static String describe(IssueSummary s) {
        return s.gazette() + " " + s.year() + "年第" + s.issue() + "期";
    }

    private static String describeIssue(Issue i) {
        return i.gazette() + " " + i.year() + "年第" + i.issue() + "期, " + i.notices().size() + " notices";
    }

    /** Deletes an issue with its notices; bookmarks stay (they come back if it is imported again). */
    public void deleteIssue(long issueId) {
        try {
            String source = db.read(c -> LibraryStore.sourcePath(c, issueId));
            if (source == null) {
                throw new LibraryException("No issue with id " + issueId + " in the library " + folder);
            }
            long version = db.transaction(c -> {
                LibraryStore.deleteIssue(c, issueId);
                return LibraryStore.bumpVersion(c);
            });
            Files.deleteIfExists(folder.resolve(source));
            index.deleteIssue(issueId);
            index.commit(version);
        } catch (SQLException e) {
            throw new LibraryException("Cannot delete issue " + issueId + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<IssueSummary> issues() {
        try {
            return db.read(LibraryStore::issues);
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        }
    }

    public boolean isEmpty() {
        return issues().isEmpty();
    }

    /** A notice by id, or by 文号 in any variant; several notices may share a 文号 across gazettes. */
    public List<LibraryNotice> find(String idOrDocNumber) {
        try {
            List<LibraryNotice> byId = db.read(c -> LibraryStore.notices(c, "id", idOrDocNumber));
            if (!byId.isEmpty()) {
                return byId;
            }
            Optional<DocNumber> dn = DocNumber.parse(idOrDocNumber);
            return dn.isEmpty() ? List.of() : db.read(c -> LibraryStore.notices(c, "doc_number", dn.get().canonical()));
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        }
    }

    public List<LibraryNotice> notices(long issueId) {
        try {
            return db.read(c -> LibraryStore.notices(c, issueId));
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        }
    }

    String passage(String noticeId, List<String> words) {
        try {
            return db.read(c -> LibraryStore.passage(c, noticeId, words));
        } catch (SQLException e) {
            throw new LibraryException("Cannot read notice " + noticeId + ": " + e.getMessage(), e);
        }
    }

    /** Adds a bookmark at a place in a notice's text; returns its id. */
    public long addBookmark(String noticeId, int part, int block, int offset, String label) {
        try {
            return db.transaction(c -> {
                try (var ps = c.prepareStatement("""
                        INSERT INTO bookmarks(notice_id, part, block, char_offset, label, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, noticeId);
                    ps.setInt(2, part);
                    ps.setInt(3, block);
                    ps.setInt(4, offset);
                    ps.setString(5, label);
                    ps.setString(6, java.time.Instant.now().toString());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new LibraryException("Cannot add a bookmark: " + e.getMessage(), e);
        }
    }

    /** Bookmarks whose notice is in the library (those of a deleted issue wait for its re-import). */
    public List<org.gazettereader.model.Bookmark> bookmarks() {
        return bookmarkEntries().stream().map(org.gazettereader.model.BookmarkEntry::bookmark).toList();
    }

    /** Bookmarks with their notice's title and issue, by issue and then in the order they were made. */
    public List<org.gazettereader.model.BookmarkEntry> bookmarkEntries() {
        try {
            return db.read(c -> {
                List<org.gazettereader.model.BookmarkEntry> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                        SELECT b.id, b.notice_id, b.part, b.block, b.char_offset, b.label, n.title, g.name, i.year, i.issue
                        FROM bookmarks b JOIN notices n ON n.id = b.notice_id JOIN issues i ON i.id = n.issue_id
                        JOIN gazettes g ON g.id = i.gazette_id ORDER BY g.name, i.year, i.issue, b.id""")) {
                    while (rs.next()) {
                        var b = new org.gazettereader.model.Bookmark(rs.getLong(1), rs.getString(2), rs.getInt(3),
                                rs.getInt(4), rs.getInt(5), rs.getString(6));
                        int year = rs.getInt(9);
                        Integer y = rs.wasNull() ? null : year;
                        int no = rs.getInt(10);
                        Integer issueNo = rs.wasNull() ? null : no;
                        out.add(new org.gazettereader.model.BookmarkEntry(b, rs.getString(7), rs.getString(8), y, issueNo));
                    }
                }
                return out;
            });
        } catch (SQLException e) {
            throw new LibraryException("Cannot read bookmarks: " + e.getMessage(), e);
        }
    }

    public void renameBookmark(long id, String label) {
        try {
            db.transaction(c -> {
                try (var ps = c.prepareStatement("UPDATE bookmarks SET label = ? WHERE id = ?")) {
                    ps.setString(1, label);
                    ps.setLong(2, id);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new LibraryException("Cannot rename the bookmark: " + e.getMessage(), e);
        }
    }

    public void deleteBookmark(long id) {
        try {
            db.transaction(c -> {
                try (var ps = c.prepareStatement("DELETE FROM bookmarks WHERE id = ?")) {
                    ps.setLong(1, id);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new LibraryException("Cannot delete the bookmark: " + e.getMessage(), e);
        }
    }

    /** Remembers where a notice was being read, and that it was the last one read. */
    public void savePosition(String noticeId, int part, int block, int offset) {
        try {
            db.transaction(c -> {
                try (var ps = c.prepareStatement("""
                        INSERT INTO positions(notice_id, part, block, char_offset, updated_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(notice_id) DO UPDATE SET part = excluded.part, block = excluded.block,
                            char_offset = excluded.char_offset, updated_at = excluded.updated_at""")) {
                    ps.setString(1, noticeId);
                    ps.setInt(2, part);
                    ps.setInt(3, block);
                    ps.setInt(4, offset);
                    ps.setString(5, java.time.Instant.now().toString());
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
            throw new LibraryException("Cannot save the reading position: " + e.getMessage(), e);
        }
    }

    /** The saved position in a notice as {part, block, offset}, if any. */
    public Optional<int[]> position(String noticeId) {
        try {
            return db.read(c -> {
                try (var ps = c.prepareStatement("SELECT part, block, char_offset FROM positions WHERE notice_id = ?")) {
                    ps.setString(1, noticeId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
                                : Optional.<int[]>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the reading position: " + e.getMessage(), e);
        }
    }

    /** The notice read last, if it is still in the library. */
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
            throw new LibraryException("Cannot read the library settings: " + e.getMessage(), e);
        }
    }

    /** The library version: bumped by every change to its issues. */
    public long version() {
        try {
            return db.read(LibraryStore::libraryVersion);
        } catch (SQLException e) {
            throw new LibraryException("Cannot read the library " + db.file() + ": " + e.getMessage(), e);
        }
    }

    /** Integrity of the database, index ↔ library consistency and the kept source files. */
    public CheckReport check() {
        List<String> damage = new ArrayList<>();
        try {
            String integrity = db.read(c -> single(c, "PRAGMA integrity_check"));
            if (!"ok".equals(integrity)) {
                damage.add("SQLite integrity check failed (" + integrity + "): restore library.db from a backup, "
                        + "or create a new library and import the files under sources/ again");
            }
            String fk = db.read(c -> single(c, "PRAGMA foreign_key_check"));
            if (fk != null) {
                damage.add("foreign keys broken (table " + fk + "): create a new library and import sources/ again");
            }
            List<String> dbIds = db.read(LibraryStore::noticeIds);
            Set<String> indexIds = index.ids();
            Set<String> missing = new HashSet<>(dbIds);
            missing.removeAll(indexIds);
            Set<String> extra = new HashSet<>(indexIds);
            extra.removeAll(dbIds);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                damage.add(String.format(Locale.ROOT, "search index disagrees with the library (%d missing, %d extra): "
                        + "run reindex", missing.size(), extra.size()));
            }
            for (Map.Entry<Long, String[]> e : db.read(LibraryStore::sources).entrySet()) {
                Path p = folder.resolve(e.getValue()[0]);
                if (!Files.isRegularFile(p)) {
                    damage.add("source file of issue " + e.getKey() + " (" + e.getValue()[2] + ") is missing: " + p
                            + "; import the original file again");
                } else if (!sha256(Files.readAllBytes(p)).equals(e.getValue()[1])) {
                    damage.add("source file " + p + " does not match its SHA-256: import the original file "
                            + e.getValue()[2] + " again");
                }
            }
            List<IssueSummary> issues = issues();
            return new CheckReport(issues.size(), dbIds.size(), indexIds.size(), recovered(), damage);
        } catch (SQLException e) {
            damage.add("the database cannot be read (" + e.getMessage() + "): restore library.db from a backup");
            return new CheckReport(0, 0, 0, recovered(), damage);
        } catch (IOException e) {
            damage.add("cannot read " + e.getMessage());
            return new CheckReport(0, 0, 0, recovered(), damage);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    public long databaseBytes() throws IOException {
        long total = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = db.file().resolveSibling(Database.FILE_NAME + suffix);
            if (Files.exists(p)) {
                total += Files.size(p);
            }
        }
        return total;
    }

    public long indexBytes() throws IOException {
        return index.sizeBytes();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("Closing the index of {}: {}", folder, e.getMessage());
        } finally {
            db.close();
        }
    }
}
