// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.gazettereader.model.LibraryNotice;

/**
 * The Lucene index of a library: one writer, a {@link SearcherManager} for readers (search goes on
 * while an import writes), and commit data that records which library version the index reflects.
 */
public final class NoticeIndex implements AutoCloseable {
    static final String LIBRARY_VERSION = "library_version";
    static final String INDEX_VERSION = "index_version";

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NoticeDocuments documents;
    private final Analyzer analyzer;
    private final FacetsConfig facets;

    private NoticeIndex(Path folder, Directory directory, IndexWriter writer, Analyzer analyzer, FacetsConfig facets)
            throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.facets = facets;
        this.searchers = new SearcherManager(writer, null);
        this.documents = new NoticeDocuments(new Pinyin(Analyzers.words()), facets);
    }

    /** Opens or creates the index in {@code folder}. */
    public static NoticeIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            Analyzer analyzer = Analyzers.perField();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(48);
            IndexWriter writer;
            try {
                writer = new IndexWriter(dir, config);
            } catch (LockObtainFailedException e) {
                dir.close();
                throw new IllegalStateException("The search index " + folder + " is in use by another Gazette Reader", e);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable index is rebuilt from the library: start from an empty one.
                writer = new IndexWriter(dir, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(48));
            }
            return new NoticeIndex(folder, dir, writer, analyzer, NoticeDocuments.facetsConfig());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index " + folder + ": " + e.getMessage(), e);
        }
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

    SearcherManager searchers() {
        return searchers;
    }

    /** The library version this index reflects, or -1 when it was written by another index version or never. */
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
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Replaces all notices of an issue (re-import) with {@code notices}. */
    public void replaceIssue(long issueId, List<LibraryNotice> notices) throws IOException {
        writer.deleteDocuments(new Term(Fields.ISSUE_ID.field(), Long.toString(issueId)));
        for (LibraryNotice n : notices) {
            Document d = documents.build(n);
            writer.updateDocument(new Term(Fields.ID.field(), n.notice().id()), d);
        }
    }

    public void deleteIssue(long issueId) throws IOException {
        writer.deleteDocuments(new Term(Fields.ISSUE_ID.field(), Long.toString(issueId)));
    }

    /** Makes changes visible to searches without a commit (near-real-time). */
    public void searchersRefresh() throws IOException {
        searchers.maybeRefresh();
    }

    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Commits, recording the library version the index now reflects, and refreshes the searchers. */
    public void commit(long libraryVersion) throws IOException {
        writer.setLiveCommitData(Map.of(LIBRARY_VERSION, Long.toString(libraryVersion),
                INDEX_VERSION, Integer.toString(Fields.INDEX_VERSION)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Ids of every notice in the index (for the consistency check). */
    public Set<String> ids() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            Set<String> ids = new HashSet<>();
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
            searchers.release(s);
        }
    }

    public int count() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** Size of the index files in bytes. */
    public long sizeBytes() throws IOException {
        long total = 0;
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
        searchers.close();
        writer.close();
        directory.close();
    }

}
