// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.List;

/**
 * One paragraph to typeset: its place in the notice, its text, style, alignment, whether its
 * first line is indented two characters, the space above it (in lines), rows for tables, and
 * whether its lines must stay on one page (a contents entry with its page number) or on the page
 * of the next paragraph's first line, and a hanging indent (null for none).
 */
public record Paragraph(int part, int block, String text, TextStyle style, Align align, boolean indent,
                        double spaceBefore, List<List<String>> rows, Integer printedPage, boolean keepTogether,
                        boolean keepWithNext, boolean breakBefore, Hanging hanging) {
    public Paragraph {
        rows = rows == null ? List.of() : rows;
    }

    public Paragraph(int part, int block, String text, TextStyle style, Align align, boolean indent,
                     double spaceBefore, List<List<String>> rows, Integer printedPage) {
        this(part, block, text, style, align, indent, spaceBefore, rows, printedPage, false, false, false, null);
    }

    /** The same paragraph, kept on one page. */
    public Paragraph keptTogether() {
        return new Paragraph(part, block, text, style, align, indent, spaceBefore, rows, printedPage, true, keepWithNext, breakBefore, hanging);
    }

    /** A title: its lines on one page, together with the first line after it. */
    public Paragraph keepTogetherWithNext() {
        return new Paragraph(part, block, text, style, align, indent, spaceBefore, rows, printedPage, true, true, breakBefore, hanging);
    }

    /** The same paragraph, never left alone at the foot of a page (headings, a signature above its date). */
    public Paragraph keptWithNext() {
        return new Paragraph(part, block, text, style, align, indent, spaceBefore, rows, printedPage, keepTogether, true, breakBefore, hanging);
    }

    /** The same paragraph at the top of a new page (an attachment in print: 附件另面编排). */
    public Paragraph startingAPage() {
        return new Paragraph(part, block, text, style, align, indent, spaceBefore, rows, printedPage, keepTogether,
                keepWithNext, true, hanging);
    }

    /** The same paragraph with a hanging indent (an item of an attachment list). */
    public Paragraph withHanging(Hanging h) {
        return new Paragraph(part, block, text, style, align, indent, spaceBefore, rows, printedPage, keepTogether,
                keepWithNext, breakBefore, h);
    }

    /** Balanced at word boundaries rather than filled: the centred titles. */
    public boolean isTitle() {
        return align == Align.CENTER && (style == TextStyle.TITLE || style == TextStyle.ATTACHMENT_TITLE);
    }

    public boolean isTable() {
        return !rows.isEmpty();
    }
}
