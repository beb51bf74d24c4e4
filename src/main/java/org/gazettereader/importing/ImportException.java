// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.nio.file.Path;
import org.gazettereader.config.Problem;

/**
 * The one exception the importer throws for bad input: it names the file and says why, in words a
 * person can act on ({@link #problem()}, rendered in the reader's language; {@link #getMessage()}
 * in English for logs). Nothing else escapes the readers or the parser.
 */
public final class ImportException extends Exception implements Problem.Carrier {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Problem reason;

    public ImportException(Path file, Problem reason) {
        this(file, reason, null);
    }

    public ImportException(Path file, Problem reason, Throwable cause) {
        super(file + ": " + reason.english(), cause);
        this.file = file;
        this.reason = reason;
    }

    /** A reason that has no key (yet): shown as it is, in every language. */
    public ImportException(Path file, String reason) {
        this(file, Problem.of("text", reason), null);
    }

    public Path file() {
        return file;
    }

    /** Why the file was refused, in English. */
    public String reason() {
        return reason.english();
    }

    /** Why the file was refused, to be said in the reader's language (without the file, which the caller names). */
    @Override
    public Problem problem() {
        return reason;
    }
}
