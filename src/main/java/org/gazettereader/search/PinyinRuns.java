// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pinyin typed with spaces between syllables or words (wen wu bao hu, wenwu baohu): two or
 * more neighbouring words that each split into pinyin syllables become one group, their parts joined
 * by {@link #SEPARATOR}, so that the query builder can match them as one word as well as apart.
 */
final class PinyinRuns {
    /** Joins the parts of a run inside one term; it cannot be typed (a control character). */
    static final char SEPARATOR = '\u0001';

    private PinyinRuns() {
    }

    static List<List<String>> join(List<List<String>> required) {
        List<List<String>> out = new ArrayList<>(required.size());
        int i = 0;
        while (i < required.size()) {
            int end = i;
            while (end < required.size() && syllables(required.get(end))) {
                end++;
            }
            if (end - i >= 2) {
                List<String> parts = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    parts.add(required.get(k).get(0));
                }
                out.add(List.of(String.join(String.valueOf(SEPARATOR), parts)));
                i = end;
            } else {
                out.add(required.get(i));
                i++;
            }
        }
        return out;
    }

    /** A group of one word, letters only, that splits into syllables. */
    private static boolean syllables(List<String> group) {
        if (group.size() != 1) {
            return false;
        }
        String t = group.get(0);
        return t.length() <= 40 && PinyinSyllables.letters(t) && PinyinSyllables.split(t) != null;
    }
}
