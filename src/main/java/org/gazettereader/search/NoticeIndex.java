// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gazettereader.model.LibraryNotice;

/**
 * The Lucene index of a library. Searches always read the last commit (a {@link SearcherManager}
 * over the directory), so any number of processes can search while one writes: they see what
 * the writer has committed. Writing happens only between {@link #beginWrite()} and
 * {@link #endWrite()}, which the library calls while it holds its writer lock. An index that
 * cannot be read is reported by {@link #problem()} and rebuilt from the library.
 */
public final class NoticeIndex implements AutoCloseable {
    static final String LIBRARY_VERSION = "library_version";
    static final String INDEX_VERSION = "index_version";
    private static final double RAM_BUFFER_MB = 48;

    private final Path folder;
    private Directory directory;
    private final NoticeDocuments documents;
    private final Analyzer analyzer;
    private final FacetsConfig facets;
    private volatile SearcherManager searchers;
    private volatile String problem;
    private IndexWriter writer;

    private NoticeIndex(Path folder, Directory directory) {
        this.folder = folder;
        this.directory = directory;
        this.analyzer = Analyzers.perField();
        this.facets = NoticeDocuments.facetsConfig();
        this.documents = new NoticeDocuments(new Pinyin(Analyzers.words()), facets);
    }

    /**
     * Opens the index in {@code folder} for searching. Never fails on a missing or damaged index:
     * {@link #problem()} then says what is wrong and {@link #libraryVersion()} is -1, so that the
     * library rebuilds it. Nothing is written: a read-only library opens too.
     */
    public static NoticeIndex open(Path folder) {
        try {
            // FSDirectory creates a missing folder: leave that to the first write (read-only media).
            NoticeIndex index = new NoticeIndex(folder, Files.isDirectory(folder) ? FSDirectory.open(folder) : null);
            index.openSearchers();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for a library whose index on disk cannot be read or written (read-only media). */
    public static NoticeIndex inMemory() {
        return new NoticeIndex(null, new ByteBuffersDirectory());
    }

    private void openSearchers() {
        if (directory == null) {
            problem = Files.exists(folder) ? "the index folder " + folder + " is a file" : "the index folder " + folder + " does not exist";
            return;
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                problem = "there is no index in " + (folder == null ? "memory" : folder);
                return;
            }
            searchers = new SearcherManager(directory, new ParallelSearchers());
            problem = null;
        } catch (IOException | RuntimeException e) {
            problem = "the index in " + folder + " cannot be read (" + shortly(e) + ")";
        }
    }

    /** Null when the index can be searched; else why it cannot. */
    public String problem() {
        return problem;
    }

    public Path folder() {
        return folder;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facets() {
        return facets;
    }

    /**
     * The searchers over the last commit, refreshed if a writer has committed since (waiting for
     * a refresh another thread is doing), or null when there is no readable index.
     */
    SearcherManager current() throws IOException {
        SearcherManager m = searchers;
        if (m == null) {
            refresh();
            return searchers;
        }
        try {
            // Blocking: a search that came while another thread was refreshing must not answer from
            // the commit before (suggestions and search-as-you-type search at the same time).
            m.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            // A commit being replaced under us: search the one we have.
        }
        return m;
    }

    /** The library version the last commit reflects, or -1 (another index version, none, unreadable). */
    public long libraryVersion() {
        Map<String, String> data = commitData();
        if (!Integer.toString(Fields.INDEX_VERSION).equals(data.get(INDEX_VERSION))) {
            return -1;
        }
        try {
            return Long.parseLong(data.getOrDefault(LIBRARY_VERSION, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<String, String> commitData() {
        if (problem != null) {
            return Map.of();
        }
        try {
            return new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException e) {
            problem = "the index in " + folder + " cannot be read (" + shortly(e) + ")";
            return Map.of();
        }
    }

    /**
     * Opens the writer. An index that cannot be opened for writing (damaged, another index
     * version) is started afresh: the library then rebuilds it from the database.
     */
    public void beginWrite() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("the index is already being written");
        }
        if (directory == null) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new IOException("the index folder " + folder + " is a file: move it away");
            }
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        }
        if (problem != null) {
            // An index that cannot be read is rebuilt from nothing: appending would trip over the same damage.
            wipe();
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            return;
        }
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IOException | IllegalArgumentException e) {
            problem = "the index in " + folder + " cannot be read (" + shortly(e) + ")";
            wipe();
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    /** An exception as one short line: its kind and the file it names, without Lucene's internals. */
    private static String shortly(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int resource = m.indexOf("(resource=");
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return (what.isBlank() ? "unreadable" : what) + (resource >= 0 ? ": " + m.substring(resource + 10).replace(")", "")
                : e instanceof java.nio.file.NoSuchFileException ? ": " + m + " is missing" : "");
    }

    /**
     * Reads every file of the last commit and checks its checksum: damage inside a file (a flipped
     * byte) that opening does not notice. Call while no other writer can commit (the library lock).
     */
    public boolean verify() {
        if (problem != null || directory == null) {
            return problem == null;
        }
        try (CheckIndex check = new CheckIndex(directory, new NoLock())) {
            check.setChecksumsOnly(true);
            check.setInfoStream(null);
            boolean clean = check.checkIndex().clean;
            if (!clean) {
                problem = "the index in " + folder + " has damaged files (checksums do not match)";
            }
            return clean;
        } catch (IOException | RuntimeException e) {
            problem = "the index in " + folder + " cannot be read (" + shortly(e) + ")";
            return false;
        }
    }

    /** The caller holds the library's writer lock; CheckIndex need not take Lucene's. */
    private static final class NoLock extends org.apache.lucene.store.Lock {
        @Override
        public void close() {
        }

        @Override
        public void ensureValid() {
        }
    }

    private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        // Nothing reaches the disk but an explicit commit with the library version.
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB).setCommitOnClose(false);
    }

    /** Deletes the files Lucene wrote (and only those) from an index folder that cannot be opened. */
    private void wipe() throws IOException {
        if (folder == null) {
            for (String f : directory.listAll()) {
                directory.deleteFile(f);
            }
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && (n.startsWith("segments") || n.startsWith("pending_segments")
                        || n.startsWith("_") || n.equals(IndexWriter.WRITE_LOCK_NAME))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Closes the writer, dropping anything not committed. */
    public void endWrite() throws IOException {
        IndexWriter w = writer;
        writer = null;
        if (w != null) {
            try {
                w.rollback();
            } catch (IOException | RuntimeException e) {
                // A writer that failed (disk full) closed itself; the failure has been reported.
            }
        }
    }

    public boolean writing() {
        return writer != null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index is written only between beginWrite and endWrite");
        }
        return writer;
    }

    /**
     * Replaces all notices of an issue (re-import) with {@code notices}. A notice Lucene refuses
     * is left out and returned, so one odd notice never stops an import or a rebuild.
     */
    public List<String> replaceIssue(long issueId, List<LibraryNotice> notices) throws IOException {
        IndexWriter w = writer();
        w.deleteDocuments(new Term(Fields.ISSUE_ID.field(), Long.toString(issueId)));
        List<String> refused = new java.util.ArrayList<>();
        for (LibraryNotice n : notices) {
            Document d = documents.build(n);
            try {
                w.updateDocument(new Term(Fields.ID.field(), n.notice().id()), d);
            } catch (IllegalArgumentException e) {
                refused.add(n.notice().id() + " (" + e.getMessage() + ")");
            }
        }
        return refused;
    }

    public void deleteIssue(long issueId) throws IOException {
        writer().deleteDocuments(new Term(Fields.ISSUE_ID.field(), Long.toString(issueId)));
    }

    public void deleteAll() throws IOException {
        writer().deleteAll();
    }

    /** Commits, recording the library version the index now reflects, and refreshes the searchers. */
    public void commit(long libraryVersion) throws IOException {
        IndexWriter w = writer();
        w.setLiveCommitData(Map.of(LIBRARY_VERSION, Long.toString(libraryVersion),
                INDEX_VERSION, Integer.toString(Fields.INDEX_VERSION)).entrySet());
        w.commit();
        if (problem != null || searchers == null) {
            refresh(); // the index is readable again: searches and libraryVersion() see it from now on
        }
        // Otherwise searches pick the commit up on their next maybeRefresh(): opening a reader after every
        // periodic commit of a long import would cost as much as the import's own merging.
    }

    /** Picks up what a writer (this process or another) has committed since the last search. */
    public synchronized void refresh() throws IOException {
        SearcherManager s = searchers;
        if (s == null || problem != null) {
            SearcherManager old = s;
            openSearchers();
            if (old != null && searchers != old) {
                old.close();
            }
        } else {
            s.maybeRefreshBlocking();
        }
    }

    /** Ids of every notice in the index (for the consistency check). */
    public Set<String> ids() throws IOException {
        Set<String> ids = new HashSet<>();
        SearcherManager m = searchers;
        if (m == null) {
            return ids;
        }
        m.maybeRefreshBlocking();
        IndexSearcher s = m.acquire();
        try {
            var reader = s.getIndexReader();
            var stored = reader.storedFields();
            for (var leaf : reader.leaves()) {
                var live = leaf.reader().getLiveDocs();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        ids.add(stored.document(leaf.docBase + i, Set.of(Fields.ID.field())).get(Fields.ID.field()));
                    }
                }
            }
            return ids;
        } finally {
            m.release(s);
        }
    }

    /** Size of the index files in bytes. */
    public long sizeBytes() throws IOException {
        long total = 0;
        if (directory == null) {
            return 0;
        }
        for (String f : directory.listAll()) {
            try {
                total += directory.fileLength(f);
            } catch (IOException e) {
                // a file merged away between listing and measuring
            }
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        try {
            endWrite();
        } finally {
            SearcherManager s = searchers;
            searchers = null;
            if (s != null) {
                s.close();
            }
            if (directory != null) {
                directory.close();
            }
        }
    }
}
