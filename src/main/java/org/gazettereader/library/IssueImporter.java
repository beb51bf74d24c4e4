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
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gazettereader.config.Problem;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.ImportException;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.model.Issue;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.search.NoticeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files into the library, one issue per transaction, while the caller holds the writer
 * lock. Each file is isolated: one that cannot be read, parsed or stored is reported with its
 * reason and the batch goes on. Only what makes every later file fail too (a full disk, a damaged
 * database) stops the batch, and the summary says why.
 */
final class IssueImporter {
    private static final Logger LOG = LoggerFactory.getLogger(IssueImporter.class);
    /** Commit the index at most this often during a long import; readers see new issues after each commit. */
    private static final long INDEX_COMMIT_NANOS = 2_000_000_000L;
    private static final Problem INDEX_WAITS = Problem.of("import.indexWaits");

    private final Path folder;
    private final Database db;
    private final SourceJournal journal;
    private final KeptCopies kept;

    IssueImporter(Path folder, Database db, SourceJournal journal) {
        this.folder = folder;
        this.db = db;
        this.journal = journal;
        this.kept = new KeptCopies(folder, db, journal);
    }

    ImportSummary run(NoticeIndex index, List<Path> all, ImportListener listener, BooleanSupplier cancelled, boolean again)
            throws SQLException, IOException {
        List<ImportSummary.FileOutcome> outcomes = new ArrayList<>();
        Consumer<ImportSummary.FileOutcome> report = o -> {
            if (o.outcome() == ImportSummary.Outcome.FAILED) {
                logQuietly(o.file(), o.problem());
            }
            outcomes.add(o);
            listener.finished(o);
        };
        long lastCommit = System.nanoTime();
        boolean stopped = false;
        Problem stopReason = null;
        Set<String> known = db.read(LibraryStore::sourceShas);
        try (FileReadAhead reads = new FileReadAhead(all, known, again, listener, cancelled); IndexFeeder feeder = new IndexFeeder(index)) {
            for (int i = 0; i < all.size(); i++) {
                Path file = all.get(i);
                listener.progress(i, all.size(), file);
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                ImportSummary.FileOutcome o;
                try {
                    o = importOne(feeder, reads, i, again, report);
                } catch (IndexFeeder.Failure e) {
                    stopReason = indexFailure(e.getCause());
                    break;
                } catch (SQLException e) {
                    SqlFailures.Kind kind = SqlFailures.kind(e);
                    if (kind != SqlFailures.Kind.OTHER && kind != SqlFailures.Kind.BUSY) {
                        stopReason = SqlFailures.failure("write", db.file(), e).problem();
                        Problem why = Problem.of("import.notImported", stopReason);
                        feeder.after(() -> report.accept(failed(file, why)));
                        break;
                    }
                    o = failed(file, Problem.of("import.notStored", String.valueOf(e.getMessage())));
                } catch (IOException e) {
                    if (SqlFailures.diskFull(e)) {
                        stopReason = diskFull(Problem.of("import.earlierFilesIn"));
                        feeder.after(() -> report.accept(failed(file, Problem.of("import.notImported", Problem.of("io.diskFull")))));
                        break;
                    }
                    o = failed(file, Problem.of("import.notKept", SqlFailures.reason(e)));
                } catch (LibraryException e) {
                    if (e.damaged()) {
                        throw e;
                    }
                    o = failed(file, e.problem());
                } catch (RuntimeException e) {
                    // A parser fault on one odd file must not stop the batch; the log keeps the trace.
                    LOG.error("Import of {} failed", file, e);
                    o = failed(file, Problem.of("import.fault", e.toString()));
                }
                if (o != null) {
                    ImportSummary.FileOutcome now = o;
                    feeder.after(() -> report.accept(now));
                }
                try {
                    feeder.finishDone();
                } catch (IndexFeeder.Failure e) {
                    stopReason = indexFailure(e.getCause());
                    break;
                }
                if (System.nanoTime() - lastCommit > INDEX_COMMIT_NANOS) {
                    stopReason = drainAndCommit(feeder, index, true);
                    if (stopReason != null) {
                        break;
                    }
                    lastCommit = System.nanoTime();
                }
            }
            Problem last = drainAndCommit(feeder, index, stopReason == null);
            stopReason = stopReason == null ? last : stopReason;
        }
        int notices = outcomes.stream().mapToInt(ImportSummary.FileOutcome::notices).sum();
        listener.progress(outcomes.size(), all.size(), null);
        return new ImportSummary(outcomes, stopped, notices, stopReason);
    }

    /**
     * Waits for the index to take every issue handed over, then commits it unless the batch
     * stopped; returns why the import stops (a full disk: the index is mended later from the
     * database), or null.
     */
    private Problem drainAndCommit(IndexFeeder feeder, NoticeIndex index, boolean commit) throws SQLException, IOException {
        try {
            feeder.drain();
        } catch (IndexFeeder.Failure e) {
            return indexFailure(e.getCause());
        }
        if (!commit) {
            return null;
        }
        try {
            index.commit(db.read(LibraryStore::libraryVersion));
            return null;
        } catch (IOException e) {
            if (!SqlFailures.diskFull(e)) {
                throw e;
            }
            return diskFull(INDEX_WAITS);
        }
    }

    private Problem indexFailure(Throwable cause) {
        if (cause instanceof IOException io && SqlFailures.diskFull(io)) {
            return diskFull(INDEX_WAITS);
        }
        Problem reason = cause instanceof IOException io ? SqlFailures.reason(io)
                : Problem.of("io.other", String.valueOf(cause.getMessage()));
        LOG.error("The search index could not be written", cause);
        return Problem.of("import.indexFailed", folder, reason);
    }

    private Problem diskFull(Problem state) {
        return Problem.of("import.diskFull", folder, state);
    }

    /** Files and folders (recursively: *.txt and *.pdf, sorted) to import; an unreadable folder stays, to be reported. */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                int before = out.size();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(IssueImporter::isGazetteFileName).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.subList(before, out.size()).clear();
                }
                if (out.size() == before) {
                    out.add(p); // reported: nothing to import there, or it cannot be read
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

    private static ImportSummary.FileOutcome failed(Path file, Problem reason) {
        return new ImportSummary.FileOutcome(file, ImportSummary.Outcome.FAILED, reason, 0);
    }

    private void logQuietly(Path file, Problem message) {
        try {
            log(name(file), null, ImportSummary.Outcome.FAILED, message);
        } catch (SQLException e) {
            LOG.warn("Cannot log the failed import of {}: {}", file, e.getMessage());
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Imports the {@code i}th file; returns its outcome, or null when it is reported once indexed. */
    private ImportSummary.FileOutcome importOne(IndexFeeder feeder, FileReadAhead reads, int i, boolean again,
            Consumer<ImportSummary.FileOutcome> report) throws SQLException, IOException {
        FileReadAhead.Read read;
        try {
            read = reads.get(i);
        } catch (ImportException e) {
            return failed(reads.file(i), e.problem());
        }
        Path file = read.file();
        if (read.bytes() == null) {
            return failed(file, Problem.of("import.emptyFolder"));
        }
        String name = name(file);
        byte[] bytes = read.bytes();
        String sha = read.sha();
        IssueSummary sameFile = db.read(c -> LibraryStore.issueBySha(c, sha)).orElse(null);
        if (sameFile != null && !again) {
            Problem restored = kept.restore(sameFile, bytes);
            Problem msg = restored == null ? Problem.of("import.sameFile", ImportKeys.describe(sameFile))
                    : Problem.of("import.sameFileRestored", ImportKeys.describe(sameFile), restored);
            log(name, sha, ImportSummary.Outcome.DUPLICATE, msg);
            return new ImportSummary.FileOutcome(file, ImportSummary.Outcome.DUPLICATE, msg, 0);
        }
        read = FileReadAhead.parse(read);
        if (read.failure() != null) {
            return failed(file, read.failure().problem());
        }
        if (read.fault() != null) {
            throw read.fault();
        }
        Issue parsed = read.issue();
        if (!read.document() && parsed.gazette() == null) {
            return failed(file, Problem.of("import.noGazetteName"));
        }
        // The library's own copy, parsed again, keeps the name it was first imported under.
        String keptName = sameFile != null && file.toAbsolutePath().normalize()
                .startsWith(folder.resolve(Library.SOURCES).toAbsolutePath().normalize()) ? sameFile.sourceName() : name;
        String rel = Library.SOURCES + "/" + sha + (SourceFiles.isPdf(bytes) ? ".pdf" : ".txt");
        boolean written = kept.keep(rel, bytes);
        store(feeder, file, new ImportKeys.Parsed(parsed, read.document()), keptName, rel, sha, bytes.length, sameFile,
                written, report);
        return null;
    }

    /** An issue as committed to the database, with the issues it replaced. */
    private record Committed(long issueId, Issue issue, List<Long> replaced, ImportSummary.Outcome outcome, Problem message) {
    }

    private void store(IndexFeeder feeder, Path file, ImportKeys.Parsed parsed, String keptName, String rel, String sha, long size,
            IssueSummary sameFile, boolean written, Consumer<ImportSummary.FileOutcome> report)
            throws SQLException, IOException {
        Committed done;
        try {
            done = commit(parsed, keptName, rel, sha, size, sameFile);
        } catch (SQLException | IOException | RuntimeException e) {
            if (written && !committed(rel)) {
                journal.abandon(rel);
            }
            throw e;
        }
        feeder.deleteIssues(done.replaced());
        Issue issue = done.issue();
        List<LibraryNotice> indexed = new ArrayList<>();
        for (Notice n : issue.notices()) {
            indexed.add(new LibraryNotice(done.issueId(), parsed.document() ? null : issue.gazette(), issue.year(),
                    issue.issue(), n, parsed.document()));
        }
        feeder.add(done.issueId(), indexed, refused -> {
            Problem message = done.message();
            int undecodable = GazetteParser.undecodable(issue);
            if (undecodable > 0) {
                message = Problem.of("import.damagedBytes", message, undecodable);
            }
            if (!refused.isEmpty()) {
                LOG.warn("Notices of {} the search index refused: {}", file, refused);
                message = Problem.of("import.refusedByIndex", message, refused.size(), String.join(", ", refused));
            }
            report.accept(new ImportSummary.FileOutcome(file, done.outcome(), message, issue.notices().size()));
        });
    }

    /** One transaction: the replaced issues out, the new one in, the kept copy's journal entry closed. */
    private Committed commit(ImportKeys.Parsed parsed, String kept, String rel, String sha, long size, IssueSummary sameFile)
            throws SQLException, IOException {
        Optional<IssueSummary> byKey = db.read(c -> ImportKeys.previous(c, parsed));
        // Parsed again, the file may now read as another issue: it still replaces the one it made.
        Optional<IssueSummary> previous = byKey.isPresent() ? byKey : Optional.ofNullable(sameFile);
        List<Long> replaced = new ArrayList<>();
        previous.ifPresent(p -> replaced.add(p.id()));
        if (byKey.isPresent() && sameFile != null && byKey.get().id() != sameFile.id()) {
            replaced.add(sameFile.id());
        }
        Issue issue = db.read(c -> ImportKeys.withFreeIds(c, parsed.issue(), sha, replaced));
        List<String> oldSources = new ArrayList<>();
        for (long id : replaced) {
            String s = db.read(c -> LibraryStore.sourcePath(c, id));
            if (s != null && !s.equals(rel)) {
                oldSources.add(s);
            }
        }
        ImportSummary.Outcome outcome = previous.isPresent() ? ImportSummary.Outcome.REPLACED : ImportSummary.Outcome.IMPORTED;
        Problem message = previous.isPresent() ? Problem.of("import.replaces", ImportKeys.describe(previous.get()))
                : ImportKeys.describe(issue, parsed.document());
        long issueId = db.transaction(c -> {
            for (long id : replaced) {
                LibraryStore.deleteIssue(c, id);
            }
            long id = LibraryStore.insertIssue(c, issue, new LibraryStore.Source(kept, rel, sha, size), parsed.document());
            LibraryStore.bumpVersion(c);
            LibraryStore.log(c, kept, sha, outcome.name().toLowerCase(Locale.ROOT), message.english());
            SourceJournal.remove(c, rel);
            for (String old : oldSources) {
                SourceJournal.add(c, old);
            }
            return id;
        });
        for (String old : oldSources) {
            journal.abandon(old);
        }
        return new Committed(issueId, issue, replaced, outcome, message);
    }

    private boolean committed(String rel) {
        try {
            return db.read(c -> SourceJournal.isReferenced(c, rel));
        } catch (SQLException e) {
            return true; // cannot tell: keep the file; check reports it if it is not the library's
        }
    }

    private void log(String name, String sha, ImportSummary.Outcome outcome, Problem message) throws SQLException {
        db.transaction(c -> {
            LibraryStore.log(c, name, sha, outcome.name().toLowerCase(Locale.ROOT), message.english());
            return null;
        });
    }
}
