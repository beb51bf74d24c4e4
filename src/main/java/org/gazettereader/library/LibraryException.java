// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

/** The library cannot be opened or changed; the message says which file and why. */
public final class LibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    public LibraryException(String message) {
        super(message);
    }
}
