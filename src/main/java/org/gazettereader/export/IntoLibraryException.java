// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An export was asked to write inside a library folder, which only the library writes (a PDF over
 * {@code library.db} would empty the library). Refused in every mode, before anything is written.
 */
public final class IntoLibraryException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path target;
    private final transient Path library;

    public IntoLibraryException(Path target, Path library) {
        super("refusing to write " + target + ": it is inside the library folder " + library);
        this.target = target;
        this.library = library;
    }

    public Path target() {
        return target;
    }

    public Path library() {
        return library;
    }
}
