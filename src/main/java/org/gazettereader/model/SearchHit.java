// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result; {@code snippet} is the passage with the matched words marked; {@code words}
 * are the words to mark in the notice (a pinyin query's Han words among them). A hit in a single
 * document ({@code document}) has a null gazette and issue.
 */
public record SearchHit(String id, String docNumber, String title, String gazette, String issue, LocalDate signed,
                        float score, Snippet snippet, List<String> words, boolean document) {
    public SearchHit {
        words = words == null ? List.of() : List.copyOf(words);
        snippet = snippet == null ? Snippet.EMPTY : snippet;
    }

    /** A hit in a gazette issue. */
    public SearchHit(String id, String docNumber, String title, String gazette, String issue, LocalDate signed,
                     float score, Snippet snippet, List<String> words) {
        this(id, docNumber, title, gazette, issue, signed, score, snippet, words, false);
    }
}
