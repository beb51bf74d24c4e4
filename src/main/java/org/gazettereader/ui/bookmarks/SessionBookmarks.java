// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.bookmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.Bookmark;
import org.gazettereader.model.BookmarkEntry;
import org.gazettereader.model.LibraryNotice;

/**
 * Bookmarks that live only in memory for one patron's session at a public terminal: nothing is
 * written to the library, and {@link #forget()} drops them when the session ends.
 */
public final class SessionBookmarks implements BookmarkStore {
    private final Function<String, List<LibraryNotice>> notices;
    private final List<BookmarkEntry> entries = new ArrayList<>();
    private long next = 1;

    /** {@code notices} finds a notice by id (for its title and issue). */
    public SessionBookmarks(Function<String, List<LibraryNotice>> notices) {
        this.notices = notices;
    }

    @Override
    public synchronized List<BookmarkEntry> entries() {
        List<BookmarkEntry> out = new ArrayList<>(entries);
        out.sort(Comparator.comparing((BookmarkEntry e) -> e.gazette() == null ? "" : e.gazette())
                .thenComparing(e -> e.year() == null ? 0 : e.year())
                .thenComparing(e -> e.issue() == null ? 0 : e.issue())
                .thenComparing(e -> e.bookmark().id()));
        return out;
    }

    @Override
    public void add(String noticeId, Anchor at, String label) {
        List<LibraryNotice> found = notices.apply(noticeId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No notice " + noticeId + " in the library");
        }
        LibraryNotice n = found.get(0);
        synchronized (this) {
            Bookmark b = new Bookmark(next++, noticeId, at.part(), at.block(), at.offset(), label);
            entries.add(new BookmarkEntry(b, n.notice().title(), n.document() ? null : n.gazette(),
                    n.document() ? null : n.year(), n.document() ? null : n.issue()));
        }
    }

    @Override
    public synchronized void rename(long id, String label) {
        entries.replaceAll(e -> e.bookmark().id() != id ? e : new BookmarkEntry(new Bookmark(id, e.bookmark().noticeId(),
                e.bookmark().part(), e.bookmark().block(), e.bookmark().offset(), label), e.noticeTitle(), e.gazette(),
                e.year(), e.issue()));
    }

    @Override
    public synchronized void delete(long id) {
        entries.removeIf(e -> e.bookmark().id() == id);
    }

    /** Forgets every bookmark of the session. */
    public synchronized void forget() {
        entries.clear();
    }
}
