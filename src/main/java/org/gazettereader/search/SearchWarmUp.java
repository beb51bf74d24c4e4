// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs searches of every shape the window sends (words, phrases, pinyin, a 文号, filters, date
 * order, facets, suggestions, a slip that gets a did-you-mean) right after a library opens, on a
 * background thread, so that the first patron after a restart does not pay for the JVM compiling
 * the search code and Lucene loading its structures on first use (the "cold" figures of
 * {@code bench search}). The queries are made from the library's own titles and 文号, never from
 * a benchmark's query set.
 */
public final class SearchWarmUp {
    /** A notice the queries are made from: its title and its 文号 (or null). */
    public record Seed(String title, String docNumber, Integer year) {
    }

    /** What was run: searches and suggestions made, and how long it took. */
    public record Result(int searches, int suggestions, long nanos, boolean cancelled) {
    }

    private SearchWarmUp() {
    }

    public static Result run(NoticeSearcher searcher, List<Seed> seeds, BooleanSupplier cancelled) throws IOException {
        long started = System.nanoTime();
        int searches = 0;
        int suggestions = 0;
        for (int round = 0; round < 2; round++) {
            int i = 0;
            for (Seed seed : seeds) {
                for (SearchRequest r : requests(seed, i++)) {
                    if (cancelled.getAsBoolean()) {
                        return new Result(searches, suggestions, System.nanoTime() - started, true);
                    }
                    searcher.search(r);
                    searches++;
                }
                String t = han(seed.title());
                if (t.length() >= 2) {
                    searcher.suggest(t.substring(0, 2), 8);
                    suggestions++;
                }
            }
        }
        return new Result(searches, suggestions, System.nanoTime() - started, false);
    }

    /** The requests one seed gives: its words alone and together, as a phrase, in pinyin, its 文号. */
    static List<SearchRequest> requests(Seed seed, int i) {
        String t = han(seed.title());
        Set<String> queries = new LinkedHashSet<>();
        if (t.length() >= 2) {
            queries.add(t.substring(t.length() / 2 - 1, t.length() / 2 + 1));
        }
        if (t.length() >= 6) {
            queries.add(t.substring(0, 2) + " " + t.substring(t.length() - 4));
            queries.add("\"" + t.substring(2, 6) + "\"");
            String spelled = Pinyin.spell(t.substring(t.length() - 4), false);
            if (spelled != null) {
                queries.add(spelled);
            }
            // One character changed: a query that finds little and asks for a did-you-mean.
            queries.add(t.substring(t.length() - 4, t.length() - 1) + "的");
        }
        if (seed.docNumber() != null) {
            queries.add(seed.docNumber());
        }
        List<SearchRequest> out = new ArrayList<>();
        int k = i;
        for (String q : queries) {
            SearchRequest r = SearchRequest.of(q);
            if (k % 3 == 1 && seed.year() != null) {
                r = r.toBuilder().year(seed.year()).build();
            }
            if (k % 4 == 2) {
                r = r.sortedByDate(true);
            }
            out.add(r);
            k++;
        }
        return out;
    }

    /** The title's Han characters only (numbers, brackets and Latin letters make no useful queries here). */
    private static String han(String title) {
        StringBuilder b = new StringBuilder();
        title.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(b::appendCodePoint);
        return b.toString();
    }
}
