// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/** A notice as the library holds it: with the gazette and issue it belongs to. */
public record LibraryNotice(long issueId, String gazette, Integer year, Integer issue, Notice notice) {
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
