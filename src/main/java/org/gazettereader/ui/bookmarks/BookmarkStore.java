// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.bookmarks;

import java.util.List;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.BookmarkEntry;

/**
 * Where the bookmarks panel keeps bookmarks: the library's database on the desktop, memory for one
 * patron's session at a public terminal. Called off the JavaFX thread.
 */
public interface BookmarkStore {
    /** Bookmarks with their notice's title and issue, by issue and then in the order they were made. */
    List<BookmarkEntry> entries();

    void add(String noticeId, Anchor at, String label);

    void rename(long id, String label);

    void delete(long id);
}
