// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import org.gazettereader.config.Problem;

/**
 * The library cannot be opened or changed; the problem says which file and why, and what to do,
 * in the reader's language ({@link #problem()}); {@link #getMessage()} says it in English for logs.
 */
public class LibraryException extends RuntimeException implements Problem.Carrier {
    private static final long serialVersionUID = 1L;
    private final boolean damaged;
    private final transient Problem problem;

    public LibraryException(Problem problem, Throwable cause) {
        this(problem, cause, false);
    }

    public LibraryException(Problem problem) {
        this(problem, null, false);
    }

    /** A message that has no key (yet): shown as it is, in every language. */
    public LibraryException(String message, Throwable cause) {
        this(Problem.of("text", message), cause, false);
    }

    /** A message that has no key (yet): shown as it is, in every language. */
    public LibraryException(String message) {
        this(Problem.of("text", message), null, false);
    }

    LibraryException(Problem problem, Throwable cause, boolean damaged) {
        super(problem.english(), cause);
        this.problem = problem;
        this.damaged = damaged;
    }

    /** The library's database is damaged: nothing may be written until it is recovered. */
    public boolean damaged() {
        return damaged;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
