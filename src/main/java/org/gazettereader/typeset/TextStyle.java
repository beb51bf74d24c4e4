// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/**
 * The kinds of text on a typeset page, after the official-document layout (GB/T 9704): the title
 * larger and bold, headings bold, everything else at body size. {@code scale} multiplies the
 * reader's chosen font size.
 */
public enum TextStyle {
    TITLE(1.4, true),
    DOC_NUMBER(1.0, false),
    BODY(1.0, false),
    HEADING1(1.0, true),
    HEADING2(1.0, true),
    HEADING3(1.0, false),
    HEADING4(1.0, false),
    ATTACHMENT_LABEL(1.0, true),
    ATTACHMENT_TITLE(1.25, true),
    TABLE_KEY(0.9, true),
    TABLE_VALUE(0.9, false);

    private final double scale;
    private final boolean bold;

    TextStyle(double scale, boolean bold) {
        this.scale = scale;
        this.bold = bold;
    }

    public double scale() {
        return scale;
    }

    public boolean bold() {
        return bold;
    }

    public static TextStyle heading(int level) {
        return switch (level) {
            case 1 -> HEADING1;
            case 2 -> HEADING2;
            case 3 -> HEADING3;
            default -> HEADING4;
        };
    }
}
