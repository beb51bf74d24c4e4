// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax a person types, and nothing more: words (all must match), {@code "a phrase"},
 * {@code -word} to exclude, {@code OR} between two words. Every other character is literal text;
 * nothing reaches Lucene's query parser. Long queries are cut to {@link #MAX_TERMS} terms.
 */
public record UserQuery(List<List<String>> required, List<String> excluded, boolean truncated) {
    public static final int MAX_TERMS = 24;
    public static final int MAX_CHARS = 400;

    public static UserQuery parse(String input) {
        String s = input == null ? "" : input.strip();
        boolean truncated = false;
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS);
            truncated = true;
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            boolean negative = false;
            if (c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                negative = true;
                i++;
                c = s.charAt(i);
            }
            if (c == '"' || c == '“') {
                char close = c == '"' ? '"' : '”';
                int end = s.indexOf(close, i + 1);
                if (end < 0) {
                    end = s.length();
                }
                tokens.add((negative ? "-" : "") + s.substring(i + 1, end));
                quoted.add(true);
                i = Math.min(s.length(), end + 1);
                continue;
            }
            int end = i;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '\u3000') {
                end++;
            }
            tokens.add((negative ? "-" : "") + s.substring(i, end));
            quoted.add(false);
            i = end;
        }
        List<List<String>> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int terms = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (terms >= MAX_TERMS) {
                truncated = true;
                break;
            }
            String t = tokens.get(k);
            if (!quoted.get(k) && t.equals("OR")) {
                continue;
            }
            if (t.startsWith("-") && t.length() > 1) {
                excluded.add(t.substring(1));
                terms++;
                continue;
            }
            if (t.isBlank()) {
                continue;
            }
            boolean orWithPrevious = k > 0 && !quoted.get(k - 1) && tokens.get(k - 1).equals("OR") && !required.isEmpty();
            if (orWithPrevious) {
                required.get(required.size() - 1).add(t);
            } else {
                List<String> group = new ArrayList<>();
                group.add(t);
                required.add(group);
            }
            terms++;
        }
        return new UserQuery(required, excluded, truncated);
    }
}
