// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.List;
import org.gazettereader.model.Issue;

/**
 * A parsed file with the repaired lines it came from, what each repair removed, and where each
 * notice stands in those lines ({@code spans}: [start, end) line indices, in notice order).
 * {@code kind} says whether the file is a gazette issue or a single document; a document's
 * {@link Issue} has one notice and null gazette, year and issue.
 */
public record ParseResult(Issue issue, List<SourceLine> lines, RepairLog repairs, List<int[]> spans, Kind kind) {
    /** What a file holds: a gazette issue (front matter, several notices) or one document. */
    public enum Kind {
        ISSUE, DOCUMENT;

        /** The name {@code parse --json} prints: "issue" or "document". */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A parsed gazette issue. */
    public ParseResult(Issue issue, List<SourceLine> lines, RepairLog repairs, List<int[]> spans) {
        this(issue, lines, repairs, spans, Kind.ISSUE);
    }

    public boolean isDocument() {
        return kind == Kind.DOCUMENT;
    }
}
