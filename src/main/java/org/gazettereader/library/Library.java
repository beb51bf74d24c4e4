// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.gazettereader.model.Bookmark;
import org.gazettereader.model.BookmarkEntry;
import org.gazettereader.model.DocNumber;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.NoticeIndex;
import org.gazettereader.search.NoticeSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A library folder: the SQLite database (the source of truth), the original files under
 * {@code sources/}, and the Lucene index under {@code index/}, which is mended from the database
 * whenever it is behind or cannot be read. Any number of processes read a library while one
 * writes: changes to issues happen under the writer lock ({@code library.lock}), one transaction
 * per issue. A library that cannot be written (read-only media or permissions) opens for reading.
 */
public final class Library implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);
    static final String SOURCES = "sources";
    static final String INDEX = "index";
    /** How long a writer waits for another to finish (a reader mending at open holds the lock briefly). */
    private static final long LOCK_WAIT_MILLIS = 5_000;

    private final Path folder;
    private final Database db;
    private final LibraryLock lock;
    private final SourceJournal journal;
    private final IssueImporter importer;
    private final ReadingPlaces places;
    private volatile NoticeIndex index;
    private volatile NoticeSearcher searcher;
    private final List<String> recovered = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Library(Path folder, Database db, NoticeIndex index) {
        this.folder = folder;
        this.db = db;
        this.lock = new LibraryLock(folder);
        this.journal = new SourceJournal(folder, db);
        this.importer = new IssueImporter(folder, db, journal);
        this.places = new ReadingPlaces(db);
        useIndex(index);
    }

    private void useIndex(NoticeIndex i) {
        this.index = i;
        this.searcher = new NoticeSearcher(i, this::passage);
    }

    /** Opens the library, creating it when there is none, and recovers it like a journal. */
    public static Library open(Path folder) {
        return open(folder, ImportListener.NONE);
    }

    /** As {@link #open(Path)}, reporting the progress of an index rebuild (issues done, issues in all). */
    public static Library open(Path folder, ImportListener rebuild) {
        return open(folder, true, false, rebuild);
    }

    /** Opens an existing library; a folder without one is refused and nothing is created. */
    public static Library openExisting(Path folder, ImportListener rebuild) {
        return open(folder, false, false, rebuild);
    }

    /** Opens an existing library for reading only: nothing in its folder is written (public terminals). */
    public static Library openReadOnly(Path folder) {
        return open(folder, false, true, ImportListener.NONE);
    }

    private static Library open(Path folder, boolean create, boolean readOnly, ImportListener rebuild) {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.exists(f) && !Files.isDirectory(f)) {
            throw new LibraryException(f + " is a file, not a library folder: give the folder that holds "
                    + Database.FILE_NAME + " (or a new or empty folder for a new library)");
        }
        boolean exists = Files.isRegularFile(f.resolve(Database.FILE_NAME));
        if (!exists && (!create || readOnly)) {
            throw new LibraryException("There is no library in " + f + " (no " + Database.FILE_NAME
                    + "): import files into it first (import --library " + f + " FILE…), or give the folder of a library");
        }
        boolean writable = !readOnly && (!exists ? canCreateIn(f) : Files.isWritable(f)
                && Files.isWritable(f.resolve(Database.FILE_NAME)));
        if (!exists && !writable) {
            throw new LibraryException("Cannot create a library in " + f + ": the folder cannot be written");
        }
        Database db = Database.open(f, !writable);
        NoticeIndex index;
        try {
            index = NoticeIndex.open(f.resolve(INDEX));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Library library = new Library(f, db, index);
        try {
            library.recover(rebuild);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        return library;
    }

    private static boolean canCreateIn(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.isDirectory(p) && Files.isWritable(p);
    }

    public Path folder() {
        return folder;
    }

    public NoticeSearcher searcher() {
        return searcher;
    }

    /** True when the library opened for reading only (read-only media, permissions, or asked for). */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** What opening (or checking) the library mended: an index behind the database, files of unfinished imports. */
    public List<String> recovered() {
        synchronized (recovered) {
            return List.copyOf(recovered);
        }
    }

    private void mended(String what) {
        LOG.warn("Recovery of {}: {}", folder, what);
        synchronized (recovered) {
            recovered.add(what);
        }
    }

    /**
     * Brings the library in line at open: with the writer lock free, removes journaled files of
     * unfinished imports and rebuilds an index that is behind or unreadable. A library that cannot
     * be written, or whose writer is at work, is read as it is; an index it cannot read is then
     * built in memory for this session.
     */
    private void recover(ImportListener rebuild) {
        if (readOnly()) {
            if (index.problem() != null) {
                indexInMemory(rebuild, "the library is read-only");
            }
            return;
        }
        if (!needsMending()) {
            return;
        }
        try (LibraryLock.Held held = lock.tryAcquire("opening the library")) {
            if (held == null) {
                notes.add("the library is being changed by " + lock.holder() + ": read as last committed");
                if (index.problem() != null) {
                    indexInMemory(rebuild, "another program is changing the library");
                }
                return;
            }
            mendLocked(rebuild);
        } catch (IOException e) {
            // A full disk or a folder that cannot be written must not keep the library from being read.
            notes.add("could not mend the library at open (" + SqlFailures.reason(e) + "): read as last committed");
            if (index.problem() != null) {
                indexInMemory(rebuild, "it cannot be rebuilt on disk");
            }
        } catch (SQLException e) {
            throw SqlFailures.failure("open", db.file(), e);
        }
    }

    /** Whether recovery has anything to do; asked without the lock, so readers beside a writer never take it. */
    private boolean needsMending() {
        try {
            return index.problem() != null || index.libraryVersion() != db.read(LibraryStore::libraryVersion)
                    || !db.read(SourceJournal::pending).isEmpty();
        } catch (SQLException e) {
            throw SqlFailures.failure("open", db.file(), e);
        }
    }

    private void indexInMemory(ImportListener rebuild, String why) {
        String problem = index.problem();
        NoticeIndex memory = NoticeIndex.inMemory();
        try {
            memory.beginWrite();
            int n = fill(memory, rebuild);
            memory.commit(version());
            memory.endWrite();
            NoticeIndex old = index;
            useIndex(memory);
            old.close();
            mended(String.format(Locale.ROOT, "%s and %s: searching an index built in memory from the database "
                    + "(%d notices)", problem, why, n));
        } catch (IOException | SQLException e) {
            throw new LibraryException("The search index of " + folder + " cannot be read (" + problem
                    + ") and cannot be built in memory: " + e.getMessage(), e);
        }
    }

    /** With the writer lock held: journal leftovers removed, the index in line with the database. */
    private void mendLocked(ImportListener rebuild) throws SQLException, IOException {
        journal.recover().forEach(this::mended);
        long dbVersion = db.read(LibraryStore::libraryVersion);
        long indexVersion = index.libraryVersion();
        if (indexVersion != dbVersion) {
            String problem = index.problem();
            boolean writing = index.writing();
            if (!writing) {
                index.beginWrite();
            }
            try {
                int n = rebuildLocked(rebuild);
                mended(problem != null
                        ? String.format(Locale.ROOT, "%s: rebuilt from the database (%d notices)", problem, n)
                        : String.format(Locale.ROOT, "search index was at library version %d, library at %d: "
                                + "rebuilt from the database (%d notices)", indexVersion, dbVersion, n));
            } finally {
                if (!writing) {
                    index.endWrite();
                }
            }
        }
    }

    /** Work done under the writer lock. */
    @FunctionalInterface
    interface Write<T> {
        T run() throws SQLException, IOException;
    }

    /**
     * Runs {@code work} holding the writer lock with the index open for writing, after making
     * sure the database is sound and the index in line. A second writer is refused with the name
     * of what holds the lock; a damaged or read-only library is refused before anything is written.
     */
    <T> T write(String purpose, boolean mend, Write<T> work) {
        if (readOnly()) {
            throw new LibraryException("The library " + folder + " is read-only (read-only media or no write "
                    + "permission): it can be read, but not changed (" + purpose + ")");
        }
        LibraryLock.Held held;
        try {
            held = lock.acquire(purpose, LOCK_WAIT_MILLIS);
        } catch (IOException e) {
            throw SqlFailures.io("lock the library", folder.resolve(LibraryLock.FILE_NAME), e);
        }
        if (held == null) {
            throw new LibraryException("The library " + folder + " is being changed by " + lock.holder()
                    + ": wait until it has finished, then try again (reading goes on meanwhile)");
        }
        try (held) {
            requireSound();
            if (index.folder() == null) {
                // Built in memory while another writer held the lock: the index on disk is ours now.
                NoticeIndex old = index;
                useIndex(NoticeIndex.open(folder.resolve(INDEX)));
                old.close();
            }
            index.beginWrite();
            try {
                if (mend) {
                    mendLocked(ImportListener.NONE);
                }
                return work.run();
            } finally {
                index.endWrite();
            }
        } catch (SQLException e) {
            throw SqlFailures.failure("write", db.file(), e);
        } catch (IOException e) {
            throw SqlFailures.io("write the search index of", folder, e);
        }
    }

    private void requireSound() throws SQLException {
        String result;
        try {
            result = db.quickCheck();
        } catch (SQLException e) {
            if (SqlFailures.kind(e) == SqlFailures.Kind.DAMAGED) {
                throw SqlFailures.failure("check", db.file(), e);
            }
            throw e;
        }
        if (!"ok".equals(result)) {
            throw new LibraryException("The library database " + db.file() + " is damaged (" + result + "). Nothing was "
                    + "written to it. To recover, " + SqlFailures.damageAdvice(db.file()), null, true);
        }
    }

    /** Rebuilds the whole index from the database; returns the number of notices indexed. */
    public int rebuildIndex() {
        return rebuildIndex(ImportListener.NONE);
    }

    /** Rebuilds the whole index, reporting issues done; returns the number of notices indexed. */
    public int rebuildIndex(ImportListener progress) {
        return write("rebuilding the search index", false, () -> {
            journal.recover().forEach(this::mended);
            return rebuildLocked(progress);
        });
    }

    private int rebuildLocked(ImportListener progress) throws SQLException, IOException {
        int n = fill(index, progress);
        index.commit(db.read(LibraryStore::libraryVersion));
        return n;
    }

    /** Replaces everything in {@code target} with the library's notices; returns how many were indexed. */
    private int fill(NoticeIndex target, ImportListener progress) throws SQLException, IOException {
        target.deleteAll();
        int n = 0;
        List<Long> ids = db.read(LibraryStore::issueIds);
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (long issueId : ids) {
            progress.progress(done++, ids.size(), null);
            List<LibraryNotice> notices = db.read(c -> LibraryStore.notices(c, issueId));
            refused.addAll(target.replaceIssue(issueId, notices));
            n += notices.size();
        }
        progress.progress(ids.size(), ids.size(), null);
        if (!refused.isEmpty()) {
            mended(refused.size() + " notices could not be indexed and are left out of search: " + refused);
        }
        return n - refused.size();
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
        return write("import", true, () -> importer.run(index, all, listener, cancelled, again));
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Library::isGazetteFileName).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
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

    /** Deletes an issue with its notices; bookmarks stay (they come back if it is imported again). */
    public void deleteIssue(long issueId) {
        write("deleting an issue", true, () -> {
            String source = db.read(c -> LibraryStore.sourcePath(c, issueId));
            if (source == null) {
                throw new LibraryException("No issue with id " + issueId + " in the library " + folder);
            }
            long version = db.transaction(c -> {
                LibraryStore.deleteIssue(c, issueId);
                SourceJournal.add(c, source);
                return LibraryStore.bumpVersion(c);
            });
            journal.abandon(source);
            index.deleteIssue(issueId);
            index.commit(version);
            return null;
        });
    }

    private <T> T read(String what, Database.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw SqlFailures.failure("read " + what + " from", db.file(), e);
        }
    }

    public List<IssueSummary> issues() {
        return read("the issues", LibraryStore::issues);
    }

    public boolean isEmpty() {
        return issues().isEmpty();
    }

    /** A notice by id, or by 文号 in any variant; several notices may share a 文号 across gazettes. */
    public List<LibraryNotice> find(String idOrDocNumber) {
        List<LibraryNotice> byId = read("a notice", c -> LibraryStore.notices(c, "id", idOrDocNumber));
        if (!byId.isEmpty()) {
            return byId;
        }
        Optional<DocNumber> dn = DocNumber.parse(idOrDocNumber);
        return dn.isEmpty() ? List.of() : read("a notice", c -> LibraryStore.notices(c, "doc_number", dn.get().canonical()));
    }

    public List<LibraryNotice> notices(long issueId) {
        return read("the notices of an issue", c -> LibraryStore.notices(c, issueId));
    }

    String passage(String noticeId, List<String> words) {
        return read("notice " + noticeId, c -> LibraryStore.passage(c, noticeId, words));
    }

    /** Adds a bookmark at a place in a notice's text; returns its id. */
    public long addBookmark(String noticeId, int part, int block, int offset, String label) {
        return places.addBookmark(noticeId, part, block, offset, label);
    }

    /** Bookmarks whose notice is in the library (those of a deleted issue wait for its re-import). */
    public List<Bookmark> bookmarks() {
        return bookmarkEntries().stream().map(BookmarkEntry::bookmark).toList();
    }

    /** Bookmarks with their notice's title and issue, by issue and then in the order they were made. */
    public List<BookmarkEntry> bookmarkEntries() {
        return places.bookmarkEntries();
    }

    public void renameBookmark(long id, String label) {
        places.renameBookmark(id, label);
    }

    public void deleteBookmark(long id) {
        places.deleteBookmark(id);
    }

    /** Remembers where a notice was being read, and that it was the last one read. */
    public void savePosition(String noticeId, int part, int block, int offset) {
        places.savePosition(noticeId, part, block, offset);
    }

    /** The saved position in a notice as {part, block, offset}, if any. */
    public Optional<int[]> position(String noticeId) {
        return places.position(noticeId);
    }

    /** The notice read last, if it is still in the library. */
    public Optional<String> lastNotice() {
        return places.lastNotice();
    }

    /** The library version: bumped by every change to its issues. */
    public long version() {
        return read("the library version", LibraryStore::libraryVersion);
    }

    /**
     * Integrity of the database, index ↔ library consistency and the kept source files. What can
     * be mended (an index that disagrees with the database) is mended when the writer lock is free.
     */
    public CheckReport check() {
        LibraryCheck c = new LibraryCheck(folder, db, index);
        CheckReport r = c.run(readOnly() ? null : () -> write("checking the library", false, () -> {
            int n = rebuildLocked(ImportListener.NONE);
            mended("search index disagreed with the library: rebuilt from the database (" + n + " notices)");
            return n;
        }));
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(r.notes());
        return new CheckReport(r.issues(), r.notices(), r.indexed(), recovered(), allNotes, r.damage());
    }

    /**
     * Writes a consistent snapshot of the library (the database at one moment, with the kept
     * originals it references) to {@code out} as a zip; readers and a writer may go on meanwhile.
     */
    public LibraryBackup.Result backup(Path out, ImportListener progress, BooleanSupplier cancelled) {
        return new LibraryBackup(folder, db).write(out, progress, cancelled);
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
        return IssueImporter.sha256(bytes);
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
