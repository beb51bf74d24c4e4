// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.BitSet;

/**
 * Where the words of a text begin: titles break only there (GB/T 9704 asks that a title's lines
 * keep words whole). The window and the PDF use {@link SegmentedWords}; tests may give a fixed split.
 */
public interface WordBreaks {
    /** Every character starts a word: breaks anywhere Chinese line breaking allows. */
    WordBreaks CHARACTERS = text -> {
        BitSet b = new BitSet(text.length() + 1);
        b.set(0, text.length() + 1);
        return b;
    };

    /** Bit {@code i} set: a word starts at character {@code i} (0 and {@code text.length()} are always set). */
    BitSet starts(String text);
}
