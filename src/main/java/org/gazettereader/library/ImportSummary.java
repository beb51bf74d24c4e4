// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did with each file, whether it was cancelled before the end, and why it stopped
 * early when something made every later file fail too (a full disk), else null.
 */
public record ImportSummary(List<FileOutcome> files, boolean cancelled, int notices, String stopReason) {
    public enum Outcome { IMPORTED, REPLACED, DUPLICATE, FAILED }

    /** One file: what happened and why (the reason for a failure, the issue it duplicates). */
    public record FileOutcome(Path file, Outcome outcome, String message, int notices) {
    }

    public ImportSummary(List<FileOutcome> files, boolean cancelled, int notices) {
        this(files, cancelled, notices, null);
    }

    public long count(Outcome o) {
        return files.stream().filter(f -> f.outcome() == o).count();
    }
}
