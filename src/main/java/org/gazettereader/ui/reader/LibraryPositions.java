// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.gazettereader.library.Library;
import org.gazettereader.model.Anchor;

/** Reading positions live in the library; saving happens on the library's thread. */
public final class LibraryPositions implements PositionStore {
    private final Executor libraryThread;
    private final Supplier<Library> library;

    public LibraryPositions(Executor libraryThread, Supplier<Library> library) {
        this.libraryThread = libraryThread;
        this.library = library;
    }

    @Override
    public void save(String noticeId, Anchor at) {
        Library lib = library.get();
        if (lib != null) {
            libraryThread.execute(() -> lib.places().savePosition(noticeId, at));
        }
    }

    @Override
    public Optional<Anchor> load(String noticeId) {
        Library lib = library.get();
        return lib == null ? Optional.empty() : lib.places().position(noticeId);
    }
}
