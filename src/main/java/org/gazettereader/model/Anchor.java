// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

/**
 * A place in a notice's text that survives re-pagination: part (0 the notice, k its k-th
 * attachment), block within the part (the head's lines have the negative numbers below, the
 * body's blocks count from 0) and character offset within the block. Bookmarks and reading
 * positions store these numbers, so they never change.
 */
public record Anchor(int part, int block, int offset) implements Comparable<Anchor> {
    /** The notice's title (part 0), or a page's heading. */
    public static final int TITLE = -3;
    /** The 文号 under the title (part 0), or a page's subheading. */
    public static final int DOC_NUMBER = -2;
    /** The recipients line (part 0). */
    public static final int RECIPIENTS = -1;
    /** An attachment's label (附件1, part k). */
    public static final int ATTACHMENT_LABEL = -2;
    /** An attachment's title (part k). */
    public static final int ATTACHMENT_TITLE = -1;
    public static final Anchor START = new Anchor(0, TITLE, 0);

    @Override
    public int compareTo(Anchor o) {
        int c = Integer.compare(part, o.part);
        if (c == 0) {
            c = Integer.compare(block, o.block);
        }
        return c != 0 ? c : Integer.compare(offset, o.offset);
    }
}
