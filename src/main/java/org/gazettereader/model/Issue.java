// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;
import java.util.List;

/** One parsed gazette issue. {@code warnings} name every field that could not be found. */
public record Issue(
        String gazette,
        String publisher,
        Integer year,
        Integer issue,
        Integer totalIssue,
        LocalDate published,
        List<String> sections,
        List<Notice> notices,
        List<String> warnings) {
    public Issue {
        sections = List.copyOf(sections);
        notices = List.copyOf(notices);
        warnings = List.copyOf(warnings);
    }

    /** The same issue with {@code warning} after its other warnings. */
    public Issue withWarning(String warning) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new Issue(gazette, publisher, year, issue, totalIssue, published, sections, notices, all);
    }
}
