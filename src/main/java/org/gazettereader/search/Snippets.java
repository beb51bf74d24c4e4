// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Snippets around the words a person typed. Matching is on the exact characters (title and body
 * match as CJK bigram phrases, i.e. substrings), so the words are found in the passage by plain
 * search: no second analysis of long notices.
 */
public final class Snippets {
    static final int LENGTH = 120;

    private Snippets() {
    }

    /** The passage cut to about {@link #LENGTH} characters around the first word, words in {@code <b>…</b>}. */
    public static String highlight(String passage, List<String> words) {
        String text = passage.replace('\n', ' ').strip();
        List<int[]> spans = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                spans.add(new int[] {at, at + w.length()});
            }
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
        int start = spans.isEmpty() ? 0 : Math.max(0, spans.get(0)[0] - LENGTH / 3);
        int end = Math.min(text.length(), start + LENGTH);
        StringBuilder b = new StringBuilder();
        if (start > 0) {
            b.append('…');
        }
        int pos = start;
        for (int[] s : spans) {
            if (s[0] < pos || s[0] >= end) {
                continue;
            }
            b.append(escape(text.substring(pos, s[0]))).append("<b>")
                    .append(escape(text.substring(s[0], Math.min(s[1], text.length())))).append("</b>");
            pos = s[1];
        }
        if (pos < end) {
            b.append(escape(text.substring(pos, end)));
        }
        if (end < text.length()) {
            b.append('…');
        }
        return b.toString();
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
