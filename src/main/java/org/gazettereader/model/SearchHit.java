// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result; {@code snippet} is the passage with the matched words marked; {@code words}
 * are the words to mark in the notice (a pinyin query's Han words among them).
 */
public record SearchHit(String id, String docNumber, String title, String gazette, String issue, LocalDate signed,
                        float score, Snippet snippet, List<String> words) {
    public SearchHit {
        words = words == null ? List.of() : List.copyOf(words);
        snippet = snippet == null ? Snippet.EMPTY : snippet;
    }
}
