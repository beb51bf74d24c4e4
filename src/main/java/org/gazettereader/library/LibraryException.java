// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

/** The library cannot be opened or changed; the message says which file and why, and what to do. */
public class LibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean damaged;

    public LibraryException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public LibraryException(String message) {
        this(message, null, false);
    }

    LibraryException(String message, Throwable cause, boolean damaged) {
        super(message, cause);
        this.damaged = damaged;
    }

    /** The library's database is damaged: nothing may be written until it is recovered. */
    public boolean damaged() {
        return damaged;
    }
}
