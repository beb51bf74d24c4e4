// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import org.gazettereader.config.Problem;

/**
 * An export that cannot be made as asked (nothing to export, pages outside the notice): the
 * problem is said in the reader's language, {@link #getMessage()} in English for logs.
 */
public final class ExportException extends IllegalArgumentException implements Problem.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ExportException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
