// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import org.gazettereader.model.Anchor;

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
            List<Span> here = new ArrayList<>();
            for (String w : words) {
                if (w == null || w.isEmpty()) {
                    continue;
                }
                for (int at = p.text().indexOf(w); at >= 0; at = p.text().indexOf(w, at + w.length())) {
                    here.add(new Span(p.part(), p.block(), at, at + w.length()));
                }
            }
            here.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.addAll(here);
        }
        return out;
    }
}
