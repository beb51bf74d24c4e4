// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.bookmarks;

import java.util.List;
import java.util.function.Supplier;
import org.gazettereader.library.Library;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.BookmarkEntry;

/** Bookmarks kept in the open library's database (the desktop reader). */
public final class LibraryBookmarks implements BookmarkStore {
    private final Supplier<Library> library;

    public LibraryBookmarks(Supplier<Library> library) {
        this.library = library;
    }

    private Library lib() {
        Library lib = library.get();
        if (lib == null) {
            throw new IllegalStateException("No library is open");
        }
        return lib;
    }

    @Override
    public List<BookmarkEntry> entries() {
        Library lib = library.get();
        return lib == null ? List.of() : lib.places().bookmarkEntries();
    }

    @Override
    public void add(String noticeId, Anchor at, String label) {
        lib().places().addBookmark(noticeId, at, label);
    }

    @Override
    public void rename(long id, String label) {
        lib().places().renameBookmark(id, label);
    }

    @Override
    public void delete(long id) {
        lib().places().deleteBookmark(id);
    }
}
