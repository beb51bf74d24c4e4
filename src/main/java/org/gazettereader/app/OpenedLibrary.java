// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import java.util.List;
import java.util.Optional;
import org.gazettereader.library.Library;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;

/**
 * What the window shows of a library it has just opened, read on the library's worker right after
 * the open: its issues, the notice last read and the place in it, and whether its search index is
 * behind. Read in the same task as the open, so that it is usually ready before the window is first
 * shown, which then shows the library tree from its first frame.
 */
record OpenedLibrary(Library library, List<IssueSummary> issues, Optional<LibraryNotice> lastRead, Anchor at,
        boolean indexBehind) {

    /** Reads it off {@code lib}; a public terminal ({@code terminal}) reopens no notice. */
    static OpenedLibrary read(Library lib, boolean terminal) {
        List<IssueSummary> issues = lib.issues();
        Optional<LibraryNotice> lastRead = terminal ? Optional.empty()
                : lib.places().lastNotice().flatMap(id -> lib.find(id).stream().findFirst());
        Anchor at = lastRead.flatMap(n -> lib.places().position(n.notice().id())).orElse(null);
        return new OpenedLibrary(lib, issues, lastRead, at, lib.indexBehind());
    }
}
