// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

/**
 * A bundle cannot be written, trusted or installed: the message names the file (and the entry
 * inside it) and the reason. Whatever it concerns was left as it was.
 */
public final class BundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
