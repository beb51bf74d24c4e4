// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazettereader.config.Problem;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.NoticeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that changes a library's issues goes through here: write sessions under the writer
 * lock (after SQLite's quick check, with the index open for writing and mended first), and the
 * recovery at open (journal leftovers removed, an index behind or unreadable rebuilt, or built in
 * memory when the library cannot be written). See ADR 0004.
 */
final class LibraryWriter {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryWriter.class);
    /** How long a writer waits for another to finish (a reader mending at open holds the lock briefly). */
    private static final long LOCK_WAIT_MILLIS = 5_000;

    private final Path folder;
    private final Database db;
    private final LibraryIndex slot;
    private final LibraryLock lock;
    private final SourceJournal journal;
    private final List<String> recovered = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    LibraryWriter(Path folder, Database db, LibraryIndex slot) {
        this.folder = folder;
        this.db = db;
        this.slot = slot;
        this.lock = new LibraryLock(folder);
        this.journal = new SourceJournal(folder, db);
    }

    SourceJournal journal() {
        return journal;
    }

    /** What opening found that needs no repair (a writer at work, an index that could not be mended). */
    List<String> notes() {
        return List.copyOf(notes);
    }

    List<String> recovered() {
        synchronized (recovered) {
            return List.copyOf(recovered);
        }
    }

    /**
     * The index was rebuilt from the database because of {@code problem}: a recovery, unless the
     * library holds no notices (a new library has no index yet and nothing in it to lose: made, not mended).
     */
    void rebuilt(String problem, int notices) {
        if (notices == 0) {
            LOG.info("Search index of {} made ({})", folder, problem);
        } else {
            mended(String.format(Locale.ROOT, "%s: rebuilt from the database (%d notices)", problem, notices));
        }
    }

    void mended(String what) {
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
    void recover(ImportListener rebuild) {
        if (db.readOnly()) {
            // Read-only media copied from a library whose import did not finish: the index on it is
            // behind, and searches would miss notices the database holds.
            if (slot.get().problem() != null || behind()) {
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
                if (slot.get().problem() != null) {
                    indexInMemory(rebuild, "another program is changing the library");
                }
                return;
            }
            mendLocked(rebuild);
        } catch (IOException e) {
            // A full disk or a folder that cannot be written must not keep the library from being read.
            notes.add("could not mend the library at open (" + SqlFailures.reason(e).english() + "): read as last committed");
            if (slot.get().problem() != null) {
                indexInMemory(rebuild, "it cannot be rebuilt on disk");
            }
        } catch (SQLException e) {
            throw SqlFailures.failure("open", db.file(), e);
        }
    }

    /** Whether recovery has anything to do; asked without the lock, so readers beside a writer never take it. */
    private boolean needsMending() {
        try {
            return slot.get().problem() != null || slot.get().libraryVersion() != db.read(LibraryStore::libraryVersion)
                    || !db.read(SourceJournal::pending).isEmpty();
        } catch (SQLException e) {
            throw SqlFailures.failure("open", db.file(), e);
        }
    }

    /** Whether the index is behind the database (it lacks, or still holds, what a change committed there). */
    boolean behind() {
        try {
            return slot.get().libraryVersion() != db.read(LibraryStore::libraryVersion);
        } catch (SQLException e) {
            throw SqlFailures.failure("open", db.file(), e);
        }
    }

    private void indexInMemory(ImportListener rebuild, String why) {
        String problem = slot.get().problem() != null ? slot.get().problem()
                : "the search index is behind the database";
        NoticeIndex memory = NoticeIndex.inMemory();
        try {
            memory.beginWrite();
            int n = fill(memory, rebuild);
            memory.commit(db.read(LibraryStore::libraryVersion));
            memory.endWrite();
            slot.replace(memory);
            mended(String.format(Locale.ROOT, "%s and %s: searching an index built in memory from the database "
                    + "(%d notices)", problem, why, n));
        } catch (IOException | SQLException e) {
            throw new LibraryException(Problem.of("index.unusable", folder, problem, String.valueOf(e.getMessage())), e);
        }
    }

    /** With the writer lock held: journal leftovers removed, the index in line with the database. */
    private void mendLocked(ImportListener rebuild) throws SQLException, IOException {
        journal.recover().forEach(this::mended);
        long dbVersion = db.read(LibraryStore::libraryVersion);
        long indexVersion = slot.get().libraryVersion();
        if (indexVersion != dbVersion) {
            String problem = slot.get().problem();
            boolean writing = slot.get().writing();
            if (!writing) {
                slot.get().beginWrite();
            }
            try {
                rebuilt(problem != null ? problem : String.format(Locale.ROOT,
                        "search index was at library version %d, library at %d", indexVersion, dbVersion), rebuildLocked(rebuild));
            } finally {
                if (!writing) {
                    slot.get().endWrite();
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
        if (db.readOnly()) {
            throw new LibraryException(Problem.of("library.readOnly", folder, purpose));
        }
        LibraryLock.Held held;
        try {
            held = lock.acquire(purpose, LOCK_WAIT_MILLIS);
        } catch (IOException e) {
            throw SqlFailures.io("lock", folder.resolve(LibraryLock.FILE_NAME), e);
        }
        if (held == null) {
            throw new LibraryException(Problem.of("library.locked", folder, lock.holder()));
        }
        try (held) {
            if (db.replacedOnDisk()) {
                throw new LibraryException("The library " + folder + " was replaced (a library bundle was installed) since "
                        + "this program opened it: open it again, then " + purpose + " (nothing was written)");
            }
            requireSound();
            if (slot.get().folder() == null) {
                // Built in memory while another writer held the lock: the index on disk is ours now.
                slot.replace(NoticeIndex.open(folder.resolve(Library.INDEX)));
            }
            slot.get().beginWrite();
            try {
                if (mend) {
                    mendLocked(ImportListener.NONE);
                }
                return work.run();
            } finally {
                slot.get().endWrite();
            }
        } catch (SQLException e) {
            throw SqlFailures.failure("write", db.file(), e);
        } catch (IOException e) {
            throw SqlFailures.io("writeIndex", folder, e);
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
            throw new LibraryException(Problem.of("library.damaged", db.file(), result, SqlFailures.damageAdvice(db.file())), null, true);
        }
    }

    int rebuildLocked(ImportListener progress) throws SQLException, IOException {
        int n = fill(slot.get(), progress);
        slot.get().commit(db.read(LibraryStore::libraryVersion));
        return n;
    }

    /** Replaces everything in {@code target} with the library's notices; returns how many were indexed. */
    private int fill(NoticeIndex target, ImportListener progress) throws SQLException, IOException {
        target.deleteAll();
        int n = 0;
        List<Long> ids = db.read(LibraryStore::issueIds);
        int done = 0;
        List<String> refused = new ArrayList<>();
        try (IndexFeeder feeder = new IndexFeeder(target)) {
            for (long issueId : ids) {
                progress.progress(done++, ids.size(), null);
                List<LibraryNotice> notices = db.read(c -> NoticeReads.notices(c, issueId));
                feeder.add(issueId, notices, refused::addAll);
                n += notices.size();
            }
            feeder.drain();
        } catch (IndexFeeder.Failure e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        progress.progress(ids.size(), ids.size(), null);
        if (!refused.isEmpty()) {
            mended(refused.size() + " notices could not be indexed and are left out of search: " + refused);
        }
        return n - refused.size();
    }
}
