// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import org.gazettereader.model.Anchor;
import org.gazettereader.model.TextMatch;

import java.util.ArrayList;
import java.util.List;

/** Characters [start, end) of one paragraph (part, block): a search or find hit. */
public record Span(int part, int block, int start, int end) {
    public Anchor anchor() {
        return new Anchor(part, block, start);
    }

    /** Every occurrence of any of {@code words} in the paragraphs, in reading order. */
    public static List<Span> find(List<Paragraph> paragraphs, List<String> words) {
        List<Span> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (TextMatch m : TextMatch.find(p.text(), words)) {
                out.add(new Span(p.part(), p.block(), m.start(), m.end()));
            }
        }
        return out;
    }
}
