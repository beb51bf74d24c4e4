// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Snippet;
import org.gazettereader.model.TextMatch;

/**
 * Snippets around the words a person typed. Matching is on the exact characters (title and body
 * match as CJK bigram phrases, i.e. substrings), so the words are found in the passage by plain
 * search: no second analysis of long notices.
 */
public final class Snippets {
    static final int LENGTH = 120;

    private Snippets() {
    }

    /** The passage cut to about {@link #LENGTH} characters around the first word, with the words marked. */
    public static Snippet highlight(String passage, List<String> words) {
        String text = passage.replace('\n', ' ').strip();
        List<TextMatch> found = TextMatch.find(text, words);
        int start = found.isEmpty() ? 0 : Math.max(0, found.get(0).start() - LENGTH / 3);
        int end = Math.min(text.length(), start + LENGTH);
        String prefix = start > 0 ? "…" : "";
        StringBuilder b = new StringBuilder(prefix).append(text, start, end);
        if (end < text.length()) {
            b.append('…');
        }
        List<TextMatch> marks = new ArrayList<>();
        int pos = start;
        for (TextMatch m : found) {
            if (m.start() < pos || m.start() >= end) {
                continue;
            }
            int to = Math.min(m.end(), end);
            marks.add(new TextMatch(m.start() - start + prefix.length(), to - start + prefix.length()));
            pos = m.end();
        }
        return new Snippet(b.toString(), marks);
    }

    /** The literal words of a query that can stand in the text (not exclusions; 文号 in canonical form). */
    public static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        var dn = org.gazettereader.model.DocNumber.parse(query == null ? "" : query);
        if (dn.isPresent()) {
            out.add(dn.get().canonical());
            return out;
        }
        for (List<String> group : UserQuery.parse(query).required()) {
            for (String w : group) {
                out.add(org.gazettereader.model.DocNumber.parse(w).map(d -> d.canonical()).orElse(w));
            }
        }
        return out;
    }

    /**
     * The words of {@code query} to mark in a notice titled {@code title}: its literal words, plus
     * the title's Han words that a letters-only word spells in pinyin (zscq marks 知识产权).
     */
    public static List<String> words(String query, String title) {
        List<String> literal = words(query);
        List<String> out = new ArrayList<>(literal);
        if (title != null) {
            for (String w : literal) {
                if (Pinyin.isLetters(w)) {
                    for (String han : Pinyin.spelled(w, title)) {
                        if (!out.contains(han)) {
                            out.add(han);
                        }
                    }
                }
            }
        }
        return out;
    }
}
