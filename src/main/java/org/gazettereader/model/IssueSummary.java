// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;

/** One issue in the library listing. */
public record IssueSummary(long id, String gazette, Integer year, Integer issue, Integer totalIssue, LocalDate published,
                           int notices, String sourceName, String sha256) {
    public String issueKey() {
        return year == null || issue == null ? null : year + "/" + issue;
    }
}
