// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

/**
 * One line of source text as every reader hands it to the parser. {@code page} is the printed page
 * the line came from when the source shows it (a PDF page, a page footer), else null.
 */
public record SourceLine(String text, Integer page) {
    public SourceLine {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public SourceLine withText(String newText) {
        return new SourceLine(newText, page);
    }

    public SourceLine withPage(Integer newPage) {
        return new SourceLine(text, newPage);
    }
}
