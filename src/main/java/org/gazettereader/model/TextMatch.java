// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters [start, end) of a text where one of the searched words stands. {@link #find} is the
 * one matcher that both search snippets and the reader's highlights use: search matches exact
 * characters (CJK bigram phrases), so the words are found by plain substring search.
 */
public record TextMatch(int start, int end) {
    /** Every occurrence of any of {@code words} in {@code text}, by position (longer first at one position). */
    public static List<TextMatch> find(String text, List<String> words) {
        List<TextMatch> out = new ArrayList<>();
        for (String w : words) {
            if (w == null || w.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                out.add(new TextMatch(at, at + w.length()));
            }
        }
        out.sort(Comparator.comparingInt(TextMatch::start).thenComparingInt(m -> -m.end()));
        return out;
    }
}
