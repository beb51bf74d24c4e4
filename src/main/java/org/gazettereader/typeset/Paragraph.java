// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.List;

/**
 * One paragraph to typeset: its place in the notice, its text, style, alignment, whether its
 * first line is indented two characters, the space above it (in lines), and rows for tables.
 */
public record Paragraph(int part, int block, String text, TextStyle style, Align align, boolean indent,
                        double spaceBefore, List<List<String>> rows, Integer printedPage) {
    public Paragraph {
        rows = rows == null ? List.of() : rows;
    }

    public boolean isTable() {
        return !rows.isEmpty();
    }
}
