// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.List;

/**
 * One paragraph to typeset: its place in the notice, its text, style, alignment, whether its
 * first line is indented two characters, the space above it (in lines), rows for tables, and
 * whether its lines must stay on one page (a contents entry with its page number).
 */
public record Paragraph(int part, int block, String text, TextStyle style, Align align, boolean indent,
                        double spaceBefore, List<List<String>> rows, Integer printedPage, boolean keepTogether) {
    public Paragraph {
        rows = rows == null ? List.of() : rows;
    }

    public Paragraph(int part, int block, String text, TextStyle style, Align align, boolean indent,
                     double spaceBefore, List<List<String>> rows, Integer printedPage) {
        this(part, block, text, style, align, indent, spaceBefore, rows, printedPage, false);
    }

    /** The same paragraph, kept on one page. */
    public Paragraph keptTogether() {
        return new Paragraph(part, block, text, style, align, indent, spaceBefore, rows, printedPage, true);
    }

    public boolean isTable() {
        return !rows.isEmpty();
    }
}
