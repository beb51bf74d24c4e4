// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.function.Supplier;
import org.gazettereader.library.Library;

/** After an import (ours or another program's): the tree and the bookmarks show the library as it now is. */
public final class LibraryRefresh implements Runnable {
    private final Background work;
    private final Supplier<Library> library;
    private final ShellViewModel shell;
    private final Runnable bookmarks;

    public LibraryRefresh(Background work, Supplier<Library> library, ShellViewModel shell, Runnable refreshBookmarks) {
        this.work = work;
        this.library = library;
        this.shell = shell;
        this.bookmarks = refreshBookmarks;
    }

    @Override
    public void run() {
        Library lib = library.get();
        if (lib == null) {
            return;
        }
        work.submit(lib::issues, shell::libraryOpened, shell::libraryFailed);
        bookmarks.run();
    }
}
