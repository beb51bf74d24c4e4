// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import org.gazettereader.config.Problem;

/**
 * A bundle cannot be written, trusted or installed: the message names the file (and the entry
 * inside it) and the reason. Whatever it concerns was left as it was. The refusals a person meets
 * in the window or at a terminal (damaged, another key, unsigned under a trusted key, not a bundle,
 * cancelled) also carry a {@link Problem} of the core bundle, said in the reader's language; the
 * English message stays as detailed as before for logs.
 */
public final class BundleException extends RuntimeException implements Problem.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public BundleException(String message) {
        this(message, (Throwable) null);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    /** A refusal with its key: {@code message} is the detailed English text, {@code problem} what a person is told. */
    public BundleException(String message, Problem problem) {
        this(message, problem, null);
    }

    public BundleException(String message, Problem problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** What a person is told, in their language; null for failures that only have the English message. */
    @Override
    public Problem problem() {
        return problem;
    }
}
