// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;

/**
 * One issue in the library listing, or one single document ({@code document}: a 公文 or a law
 * imported on its own), which has no gazette, year or issue and one notice whose {@code title}
 * it carries (null for an issue).
 */
public record IssueSummary(long id, String gazette, Integer year, Integer issue, Integer totalIssue, LocalDate published,
                           int notices, String sourceName, String sha256, boolean document, String title) {
    /** A gazette issue. */
    public IssueSummary(long id, String gazette, Integer year, Integer issue, Integer totalIssue, LocalDate published,
                        int notices, String sourceName, String sha256) {
        this(id, gazette, year, issue, totalIssue, published, notices, sourceName, sha256, false, null);
    }

    /** "2023/1", or null when year or issue are unknown (always for a document). */
    public String issueKey() {
        return year == null || issue == null ? null : year + "/" + issue;
    }
}
