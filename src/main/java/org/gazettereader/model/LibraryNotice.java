// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/**
 * A notice as the library holds it: with the gazette and issue it belongs to, or a single document
 * ({@code document}), whose gazette, year and issue are null.
 */
public record LibraryNotice(long issueId, String gazette, Integer year, Integer issue, Notice notice, boolean document) {
    /** A notice of a gazette issue. */
    public LibraryNotice(long issueId, String gazette, Integer year, Integer issue, Notice notice) {
        this(issueId, gazette, year, issue, notice, false);
    }

    /** The year to file and filter it under: the issue's year, or a document's own (its signing date's). */
    public Integer filingYear() {
        if (year != null || !document) {
            return year;
        }
        return notice.signed() == null ? null : notice.signed().getYear();
    }

    /** "2023/1", or null when year or issue are unknown. */
    public String issueKey() {
        return year == null || issue == null ? null : year + "/" + issue;
    }

    /** The notice's text in reading order: body, then each attachment's title and body. */
    public String bodyText() {
        StringBuilder b = new StringBuilder();
        for (Block block : notice.blocks()) {
            b.append(block.text()).append('\n');
        }
        for (Attachment a : notice.attachments()) {
            if (a.label() != null) {
                b.append(a.label()).append('\n');
            }
            if (a.title() != null) {
                b.append(a.title()).append('\n');
            }
            for (Block block : a.blocks()) {
                b.append(block.text()).append('\n');
            }
        }
        return b.toString();
    }
}
