// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.file.Path;

/**
 * The one exception the importer throws for bad input: it names the file and says why, in words a
 * person can act on. Nothing else escapes the readers or the parser.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public ImportException(Path file, String reason) {
        this(file, reason, null);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
