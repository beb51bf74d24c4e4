// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.gazettereader.config.Problem;
import org.gazettereader.importing.ImporterVersion;
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

    private final Path folder;
    private final Database db;
    private final LibraryIndex slot;
    private final LibraryWriter writer;
    private final IssueImporter importer;
    private final ReadingPlaces places;

    Library(Path folder, Database db, NoticeIndex index) {
        this.folder = folder;
        this.db = db;
        this.slot = new LibraryIndex(index, this::passage);
        this.writer = new LibraryWriter(folder, db, slot);
        this.importer = new IssueImporter(folder, db, writer.journal());
        this.places = new ReadingPlaces(db);
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
        return LibraryOpener.open(folder, create, readOnly, rebuild);
    }

    /** Mends what an earlier process left (journal, index behind the database); called once, at open. */
    void recover(ImportListener rebuild) {
        writer.recover(rebuild);
    }

    public Path folder() {
        return folder;
    }

    public NoticeSearcher searcher() {
        return slot.searcher();
    }

    /** True when the library opened for reading only (read-only media, permissions, or asked for). */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** What opening (or checking) the library mended: an index behind the database, files of unfinished imports. */
    public List<String> recovered() {
        return writer.recovered();
    }

    /**
     * True when the search index is behind the database right now: opening could not bring it in line
     * (a full disk), or another program's change is half way. Searches then miss notices the library
     * holds; the caller says so (a tester's searches found nothing after a full disk, without a word).
     */
    public boolean indexBehind() {
        return writer.behind();
    }

    /** Rebuilds the whole index from the database; returns the number of notices indexed. */
    public int rebuildIndex() {
        return rebuildIndex(ImportListener.NONE);
    }

    /** Rebuilds the whole index, reporting issues done; returns the number of notices indexed. */
    public int rebuildIndex(ImportListener progress) {
        return writer.write("rebuilding the search index", false, () -> {
            writer.journal().recover().forEach(writer::mended);
            return writer.rebuildLocked(progress);
        });
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
        List<Path> all = IssueImporter.expand(paths);
        return writer.write("import", true, () -> importer.run(slot.get(), all, listener, cancelled, again));
    }

    /**
     * The kept originals of the issues and documents an older importer parsed than this build's
     * ({@link ImporterVersion#CURRENT}): what {@link #reparseOutdated} parses again. Empty for a
     * library opened read-only, which is never changed.
     */
    public List<Path> outdatedOriginals() {
        if (readOnly()) {
            return List.of();
        }
        return read("the importer versions", c -> LibraryStore.sourcesParsedBefore(c, ImporterVersion.CURRENT))
                .stream().map(folder::resolve).toList();
    }

    /**
     * Parses the kept originals of {@link #outdatedOriginals()} again with this build's importer,
     * each replacing its issue (bookmarks, reading places and file names stay): what
     * {@code import --again DIR/sources} does, for only the issues that need it. A file that fails
     * keeps its issue as it was and is reported in the summary.
     */
    public ImportSummary reparseOutdated(ImportListener listener, BooleanSupplier cancelled) {
        List<Path> outdated = outdatedOriginals();
        if (outdated.isEmpty()) {
            return new ImportSummary(List.of(), false, 0);
        }
        return importPaths(outdated, listener, cancelled, true);
    }

    /** Deletes an issue with its notices; bookmarks stay (they come back if it is imported again). */
    public void deleteIssue(long issueId) {
        writer.write("deleting an issue", true, () -> {
            String source = db.read(c -> LibraryStore.sourcePath(c, issueId));
            if (source == null) {
                throw new LibraryException(Problem.of("library.noIssue", Long.toString(issueId), folder));
            }
            long version = db.transaction(c -> {
                LibraryStore.deleteIssue(c, issueId);
                SourceJournal.add(c, source);
                return LibraryStore.bumpVersion(c);
            });
            writer.journal().abandon(source);
            slot.get().deleteIssue(issueId);
            slot.get().commit(version);
            return null;
        });
    }

    private <T> T read(String what, Database.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw SqlFailures.failure(Problem.of("library.action.read", Problem.of("library.what." + what)), db.file(), e);
        }
    }

    public List<IssueSummary> issues() {
        return read("issues", LibraryStore::issues);
    }

    /** Whether the library holds no issue (one row looked for, not every issue read). */
    public boolean isEmpty() {
        return read("issues", LibraryStore::hasNoIssues);
    }

    /** A notice by id, or by 文号 in any variant; several notices may share a 文号 across gazettes. */
    public List<LibraryNotice> find(String idOrDocNumber) {
        List<LibraryNotice> byId = read("notice", c -> NoticeReads.notices(c, "id", idOrDocNumber));
        if (!byId.isEmpty()) {
            return byId;
        }
        Optional<DocNumber> dn = DocNumber.parse(idOrDocNumber);
        return dn.isEmpty() ? List.of() : read("notice", c -> NoticeReads.notices(c, "doc_number", dn.get().canonical()));
    }

    public List<LibraryNotice> notices(long issueId) {
        return read("issueNotices", c -> NoticeReads.notices(c, issueId));
    }

    String passage(String noticeId, List<String> words) {
        return read("passage", c -> NoticeReads.passage(c, noticeId, words));
    }

    /** Bookmarks, reading positions and the notice read last. */
    public ReadingPlaces places() {
        return places;
    }

    /** The library version: bumped by every change to its issues. */
    public long version() {
        return read("version", LibraryStore::libraryVersion);
    }

    /**
     * Integrity of the database, index ↔ library consistency and the kept source files. What can
     * be mended (an index that disagrees with the database) is mended when the writer lock is free.
     */
    public CheckReport check() {
        List<String> checkNotes = new ArrayList<>();
        if (!readOnly()) {
            verifyIndexFiles(checkNotes);
        }
        LibraryCheck c = new LibraryCheck(folder, db, slot.get());
        CheckReport r = c.run(readOnly() ? null : () -> writer.write("checking the library", false, () -> {
            int n = writer.rebuildLocked(ImportListener.NONE);
            writer.mended("search index disagreed with the library: rebuilt from the database (" + n + " notices)");
            return n;
        }));
        List<String> allNotes = new ArrayList<>(writer.notes());
        allNotes.addAll(checkNotes);
        allNotes.addAll(r.notes());
        return new CheckReport(r.issues(), r.documents(), r.notices(), r.indexed(), recovered(), allNotes, r.damage());
    }

    /** Checksums of every index file, under the writer lock; a damaged index is rebuilt from the database. */
    private void verifyIndexFiles(List<String> checkNotes) {
        try {
            writer.write("checking the library", false, () -> {
                if (!slot.get().verify()) {
                    String problem = slot.get().problem();
                    slot.get().endWrite();
                    slot.get().beginWrite();
                    writer.rebuilt(problem, writer.rebuildLocked(ImportListener.NONE));
                }
                return null;
            });
        } catch (LibraryException e) {
            if (!e.damaged()) {
                checkNotes.add("the index files were not verified: " + e.getMessage());
            }
        }
    }

    /**
     * Writes a consistent snapshot of the library (the database at one moment, with the kept
     * originals it references) to {@code out} as a zip; readers and a writer may go on meanwhile.
     */
    public LibraryBackup.Result backup(Path out, ImportListener progress, BooleanSupplier cancelled) {
        return new LibraryBackup(folder, db).write(out, progress, cancelled);
    }

    /**
     * Readies the library for its first searches (see {@link LibraryWarmUp}); call it on a
     * background thread right after opening. Reads only.
     */
    public org.gazettereader.search.SearchWarmUp.Result warmUp(BooleanSupplier cancelled) {
        return new LibraryWarmUp(folder, db).run(searcher(), cancelled);
    }

    /**
     * Copies the database as of one moment to {@code target} (SQLite's {@code VACUUM INTO}, which
     * readers and a writer may run beside); {@code target} must not exist. The kept originals it
     * references never change once written, so the copy and {@code sources/} make a consistent library.
     */
    public void snapshotDatabase(Path target) {
        try {
            db.read(c -> {
                try (java.sql.PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, target.toAbsolutePath().toString());
                    ps.execute();
                }
                return null;
            });
        } catch (SQLException e) {
            SqlFailures.Kind kind = SqlFailures.kind(e);
            if (kind == SqlFailures.Kind.DISK_FULL) {
                throw new LibraryException("Cannot copy the library database to " + target + ": the disk is full", e);
            }
            throw SqlFailures.failure("copy", db.file(), e);
        }
    }

    /**
     * True when the folder now holds another library than the one this object opened (a bundle was
     * installed over it): open the folder again to read the new one. This object reads the old one.
     */
    public boolean replacedOnDisk() {
        return db.replacedOnDisk();
    }

    /** Records what recovery did before this object existed (an interrupted bundle install completed). */
    void mended(String what) {
        writer.mended(what);
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
        return slot.get().sizeBytes();
    }

    static String sha256(byte[] bytes) {
        return KeptCopies.sha256(bytes);
    }

    @Override
    public void close() {
        try {
            slot.close();
        } catch (IOException e) {
            LOG.warn("Closing the index of {}: {}", folder, e.getMessage());
        } finally {
            db.close();
        }
    }
}
