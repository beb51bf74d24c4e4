// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import org.gazettereader.model.Anchor;

import java.util.List;

/** One page: its lines in reading order, and the printed gazette page its first paragraph came from, when known. */
public record Page(int number, List<Line> lines, Integer printedPage) {
    public Page {
        lines = List.copyOf(lines);
    }

    /** The place at the top of the page. */
    public Anchor first() {
        return lines.isEmpty() ? Anchor.START : lines.get(0).anchor();
    }

    public boolean contains(Anchor a) {
        for (Line l : lines) {
            if (l.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the page, lines joined with line breaks (for copying). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(l.text());
        }
        return b.toString();
    }
}
