// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.List;

/** A short passage of a notice around the searched words, and where in it those words stand (no overlaps, in order). */
public record Snippet(String text, List<TextMatch> marks) {
    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with each mark between {@code open} and {@code close} (【】 in the terminal, {@code <b></b>} in JSON). */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (TextMatch m : marks) {
            b.append(text, pos, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            pos = m.end();
        }
        return b.append(text.substring(pos)).toString();
    }
}
