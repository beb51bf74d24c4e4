// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.io.IOException;
import org.gazettereader.search.NoticeIndex;
import org.gazettereader.search.NoticeSearcher;

/**
 * The index a library searches, with its searcher: the one on disk, or one built in memory when
 * the disk's cannot be read or rebuilt (read-only library, another writer at work).
 */
final class LibraryIndex implements AutoCloseable {
    private final NoticeSearcher.TextSource texts;
    private volatile NoticeIndex index;
    private volatile NoticeSearcher searcher;

    LibraryIndex(NoticeIndex index, NoticeSearcher.TextSource texts) {
        this.texts = texts;
        use(index);
    }

    private void use(NoticeIndex i) {
        index = i;
        searcher = new NoticeSearcher(i, texts);
    }

    NoticeIndex get() {
        return index;
    }

    NoticeSearcher searcher() {
        return searcher;
    }

    /** Searches go to {@code next} from now on; the index used so far is closed. */
    void replace(NoticeIndex next) throws IOException {
        NoticeIndex old = index;
        use(next);
        old.close();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
