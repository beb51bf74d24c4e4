// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that read the index's segments on all cores at once: a query with thousands of hits
 * (a long phrase, a common word with facets) costs its slowest slice, not the sum. The segments
 * are grouped into about one slice a core, by their number of documents (Lucene's default puts
 * every index under 250,000 notices into one slice, which is every library here).
 */
final class ParallelSearchers extends SearcherFactory {
    private static final int CORES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService POOL = CORES < 2 ? null : Executors.newFixedThreadPool(CORES, daemons());

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        if (POOL == null) {
            return new IndexSearcher(reader);
        }
        return new IndexSearcher(reader, POOL) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return ParallelSearchers.slices(leaves);
            }
        };
    }

    /** About one slice a core, each holding about the same number of documents. */
    static IndexSearcher.LeafSlice[] slices(List<LeafReaderContext> leaves) {
        long docs = 0;
        for (LeafReaderContext leaf : leaves) {
            docs += leaf.reader().maxDoc();
        }
        int perSlice = (int) Math.max(1, (docs + CORES - 1) / CORES);
        return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE);
    }
}
