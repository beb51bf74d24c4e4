// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

/**
 * A place in a notice's text that survives re-pagination: part (0 the notice, k its k-th
 * attachment), block within the part (negative for the head: title −3, 文号 −2, recipients −1,
 * attachment label −2 and title −1) and character offset within the block.
 */
public record Anchor(int part, int block, int offset) implements Comparable<Anchor> {
    public static final Anchor START = new Anchor(0, -3, 0);

    @Override
    public int compareTo(Anchor o) {
        int c = Integer.compare(part, o.part);
        if (c == 0) {
            c = Integer.compare(block, o.block);
        }
        return c != 0 ? c : Integer.compare(offset, o.offset);
    }
}
