// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.nio.file.Path;
import java.util.List;
import org.gazettereader.config.Problem;

/**
 * What an import did with each file, whether it was cancelled before the end, and why it stopped
 * early when something made every later file fail too (a full disk), else null. Reasons are
 * {@link Problem}s, said in the reader's language by the window and the command line.
 */
public record ImportSummary(List<FileOutcome> files, boolean cancelled, int notices, Problem stop) {
    public enum Outcome { IMPORTED, REPLACED, DUPLICATE, FAILED }

    /** One file: what happened and why (the reason for a failure, the issue it duplicates). */
    public record FileOutcome(Path file, Outcome outcome, Problem problem, int notices) {
        /** What happened, in English (logs and the library's import log). */
        public String message() {
            return problem.english();
        }
    }

    public ImportSummary(List<FileOutcome> files, boolean cancelled, int notices) {
        this(files, cancelled, notices, null);
    }

    /** Why the import stopped early, in English (logs), or null. */
    public String stopReason() {
        return stop == null ? null : stop.english();
    }

    public long count(Outcome o) {
        return files.stream().filter(f -> f.outcome() == o).count();
    }
}
