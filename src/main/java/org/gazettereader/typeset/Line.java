// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import org.gazettereader.model.Anchor;

/**
 * One typeset line (or table cell line): its text, style, position on the page (x from the left
 * edge of the text area, y of the line's top), and the characters [start, end) of its paragraph.
 */
public record Line(String text, TextStyle style, double x, double y, double width, double height, int part, int block,
                   int start, int end) {
    public boolean contains(Anchor a) {
        return a.part() == part && a.block() == block && a.offset() >= start && (a.offset() < end || end == start);
    }

    public Anchor anchor() {
        return new Anchor(part, block, start);
    }
}
